import { MEDIA_KINDS, type ContentKind } from '../../../types/labels';

/**
 * Verified study time. The client beats every HEARTBEAT_SECONDS while the page is visible (and, for media,
 * while it plays); the server credits only what is plausible:
 * - never more than the wall-clock time since the last beat, and at most MAX_BEAT_GAP_SECONDS of it (a
 *   longer gap means the page was hidden or the phone asleep: that idle time is not study);
 * - never more than the content's length in total;
 * - for media, only timeline actually played: a jump further than the player could have advanced at
 *   MAX_PLAYBACK_RATE (seeking ahead, or past the end) covers nothing, and each second counts once.
 * An article is complete at ARTICLE_COMPLETION of its estimated reading time, media at MEDIA_COMPLETION
 * of its timeline watched.
 */
export const HEARTBEAT_SECONDS = 10;
export const MAX_BEAT_GAP_SECONDS = 2 * HEARTBEAT_SECONDS + 5;
export const MAX_PLAYBACK_RATE = 2;
export const ARTICLE_COMPLETION = 0.6;
export const MEDIA_COMPLETION = 0.9;

export interface CreditContent {
  kind: ContentKind;
  estimatedMinutes: number;
  durationSeconds: number | null;
}

export interface CreditState {
  lastBeatAt: number;
  position: number;
  creditedSeconds: number;
  watched: Array<[number, number]>;
}

export interface Beat {
  now: number;
  playing: boolean;
  position?: number;
}

export interface CreditResult {
  credited: number;
  position: number;
  creditedSeconds: number;
  watched: Array<[number, number]>;
}

export function isMedia(content: CreditContent): boolean {
  return MEDIA_KINDS.includes(content.kind) && content.durationSeconds !== null;
}

/** The most study time the item can ever be credited with. */
function lengthSeconds(content: CreditContent): number {
  return isMedia(content) ? (content.durationSeconds ?? 0) : content.estimatedMinutes * 60;
}

/** Adds [from, to) to sorted, disjoint ranges, merging overlaps. */
export function addRange(ranges: Array<[number, number]>, from: number, to: number): Array<[number, number]> {
  if (to <= from) return ranges;
  const merged: Array<[number, number]> = [];
  let [start, end] = [from, to];
  for (const [a, b] of ranges) {
    if (b < start || a > end) merged.push([a, b]);
    else [start, end] = [Math.min(a, start), Math.max(b, end)];
  }
  merged.push([start, end]);
  return merged.sort((x, y) => x[0] - y[0]);
}

export const rangesLength = (ranges: Array<[number, number]>) => ranges.reduce((sum, [a, b]) => sum + (b - a), 0);

export function creditBeat(content: CreditContent, state: CreditState, beat: Beat): CreditResult {
  const unchanged = {
    credited: 0,
    position: state.position,
    creditedSeconds: state.creditedSeconds,
    watched: state.watched,
  };
  if (content.kind === 'topic') return unchanged;
  const wall = Math.min(Math.max(0, (beat.now - state.lastBeatAt) / 1000), MAX_BEAT_GAP_SECONDS);
  const room = Math.max(0, lengthSeconds(content) - state.creditedSeconds);
  if (!isMedia(content)) {
    const credited = beat.playing ? Math.floor(Math.min(wall, room)) : 0;
    return { ...unchanged, credited, creditedSeconds: state.creditedSeconds + credited };
  }
  const duration = content.durationSeconds ?? 0;
  const reported = beat.position ?? state.position;
  // A position beyond the end is a seek (or a forged beat), not playback.
  if (reported > duration + 1) return { ...unchanged, position: duration };
  const position = Math.min(reported, duration);
  const advance = position - state.position;
  const plausible = beat.playing && advance > 0 && advance <= wall * MAX_PLAYBACK_RATE + 1;
  if (!plausible) return { ...unchanged, position };
  const credited = Math.floor(Math.min(wall, advance, room));
  return {
    credited,
    position,
    creditedSeconds: state.creditedSeconds + credited,
    watched: addRange(state.watched, Math.floor(state.position), Math.floor(position)),
  };
}

/** Completion as a share of what completion needs (0–100), and whether it is reached. */
export function completionOf(
  content: CreditContent,
  progress: { creditedSeconds: number; watched: Array<[number, number]> },
): { percent: number; completed: boolean } {
  if (content.kind === 'topic') return { percent: 0, completed: false };
  const ratio = isMedia(content)
    ? rangesLength(progress.watched) / ((content.durationSeconds ?? 1) * MEDIA_COMPLETION)
    : progress.creditedSeconds / (content.estimatedMinutes * 60 * ARTICLE_COMPLETION);
  const completed = ratio >= 1;
  return { percent: completed ? 100 : Math.min(99, Math.floor(ratio * 100)), completed };
}
