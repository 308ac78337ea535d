import { useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import type { Progress } from '@contract/schemas/study';
import { call } from '@/lib/api-client';

/**
 * Verified study time from the reader's side: opens a session when the item opens and beats while the
 * page is visible. For media the player reports whether it plays and where it is; for articles being on
 * screen is the signal. The server decides what counts; this only reports honestly and shows the answer.
 */
export interface StudySession {
  progress: Progress | null;
  /** Another device or page took over; this one no longer counts. */
  superseded: boolean;
  pointsAwarded: number;
  setPlaying(playing: boolean): void;
  setPosition(seconds: number): void;
}

export function useStudySession(contentId: string, media: boolean, enabled: boolean): StudySession {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [superseded, setSuperseded] = useState(false);
  const [pointsAwarded, setPointsAwarded] = useState(0);
  const [visible, setVisible] = useState(true);
  const [every, setEvery] = useState<number | null>(null);
  const session = useRef<string | null>(null);
  const playing = useRef(!media);
  const position = useRef(0);

  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const onChange = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void call('study.open', { contentId }).then((result) => {
      if (cancelled || !result.ok) return;
      session.current = result.data.sessionId;
      setEvery(result.data.heartbeatSeconds);
      position.current = result.data.progress.position;
      setProgress(result.data.progress);
    });
    return () => {
      cancelled = true;
    };
  }, [contentId, enabled]);

  useEffect(() => {
    if (!enabled || !visible || superseded || every === null) return;
    const timer = setInterval(() => {
      const sessionId = session.current;
      if (!sessionId) return;
      void call('study.heartbeat', {
        sessionId,
        playing: media ? playing.current : true,
        ...(media ? { position: position.current } : {}),
      }).then((result) => {
        if (!result.ok) return;
        setProgress(result.data.progress);
        if (result.data.superseded) setSuperseded(true);
        if (result.data.pointsAwarded > 0) setPointsAwarded((points) => points + result.data.pointsAwarded);
      });
    }, every * 1000);
    return () => clearInterval(timer);
  }, [enabled, visible, superseded, media, every]);

  return {
    progress,
    superseded,
    pointsAwarded,
    setPlaying: (value) => (playing.current = value),
    setPosition: (seconds) => (position.current = seconds),
  };
}
