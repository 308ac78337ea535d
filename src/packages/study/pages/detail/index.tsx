import { useEffect, useState } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Button, RichText, Text, Textarea, Video, View } from '@tarojs/components';
import { CONTENT_KIND_LABELS, MEDIA_KINDS } from '@contract/labels';
import type { ContentDetail } from '@contract/schemas/study';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { ContentCard } from '@/features/study/content-card';
import { clockText, dateText } from '@/features/study/format';
import { keepForOffline, offlineCopy } from '@/features/study/offline-cache';
import { ProgressBar } from '@/features/study/progress-bar';
import { useStudySession } from '@/features/study/use-study-session';
import { call } from '@/lib/api-client';
import { absoluteImages, absoluteUrl } from '@/lib/transport';
import '@/features/study/study.scss';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; detail: ContentDetail; offline: boolean }
  | { status: 'error'; message: string };

/** Reading, watching or listening, with verified progress; favourites and 心得 on the way out. */
export default function StudyDetailPage() {
  const contentId = useRouter().params.contentId ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const load = async () => {
    setLoaded({ status: 'loading' });
    const result = await call('study.get', { contentId });
    if (result.ok) {
      keepForOffline(result.data);
      return setLoaded({ status: 'ready', detail: result.data, offline: false });
    }
    const copy = result.error.code === 'INTERNAL' ? offlineCopy(contentId) : null;
    setLoaded(
      copy ? { status: 'ready', detail: copy, offline: true } : { status: 'error', message: result.error.message },
    );
  };
  useEffect(() => {
    void load();
    // Loads again only when the item changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contentId]);
  useShareAppMessage(() => {
    const detail = loaded.status === 'ready' ? loaded.detail : null;
    return {
      title: detail?.title ?? '学习内容',
      path: `/packages/study/pages/detail/index?contentId=${contentId}`,
      ...(detail?.coverUrl ? { imageUrl: absoluteUrl(detail.coverUrl) } : {}),
    };
  });

  return (
    <PageShell>
      {loaded.status === 'loading' ? <LoadingView /> : null}
      {loaded.status === 'error' ? <ErrorView message={loaded.message} onRetry={() => void load()} /> : null}
      {loaded.status === 'ready' ? <Reader detail={loaded.detail} offline={loaded.offline} /> : null}
    </PageShell>
  );
}

function Reader({ detail, offline }: { detail: ContentDetail; offline: boolean }) {
  const media = MEDIA_KINDS.includes(detail.kind);
  const timed = detail.kind !== 'topic' && !offline;
  const session = useStudySession(detail.contentId, media, timed);
  const progress = session.progress ?? detail.progress;
  const [favorite, setFavorite] = useState(detail.favorite);

  const toggleFavorite = async () => {
    const result = await call('study.favorite', { contentId: detail.contentId, on: !favorite });
    if (result.ok) setFavorite(result.data.favorite);
  };

  return (
    <View className="reader">
      {offline ? <View className="notice">网络不可用，正在显示离线保存的内容，学习时长暂不计入。</View> : null}
      <Text className="reader__title">{detail.title}</Text>
      <View className="muted">
        {CONTENT_KIND_LABELS[detail.kind]} · {dateText(detail.publishAt)}
        {detail.author ? ` · ${detail.author}` : ''}
        {detail.source ? ` · 来源：${detail.source}` : ''}
      </View>
      <View className="row">
        <Text className="muted">约 {detail.estimatedMinutes} 分钟</Text>
        <Text className="tag study__favorite" onClick={() => void toggleFavorite()}>
          {favorite ? '★ 已收藏' : '☆ 收藏'}
        </Text>
      </View>
      {media && detail.mediaUrl ? (
        <Video
          className="reader__media"
          src={absoluteUrl(detail.mediaUrl)}
          controls
          initialTime={progress.position}
          style={detail.kind === 'audio' ? { height: '120px' } : undefined}
          onPlay={() => session.setPlaying(true)}
          onPause={() => session.setPlaying(false)}
          onEnded={() => session.setPlaying(false)}
          onTimeUpdate={(event) => session.setPosition(event.detail.currentTime)}
        />
      ) : null}
      {detail.body ? (
        <View className="card reader__body">
          <RichText nodes={absoluteImages(detail.body)} />
        </View>
      ) : null}
      {detail.kind === 'topic' ? (
        <View>
          <View className="section-title">专题内容（{detail.topicItems.length} 篇）</View>
          {detail.topicItems.map((item) => (
            <ContentCard key={item.contentId} content={item} />
          ))}
        </View>
      ) : null}
      {timed ? (
        <View className="reader__status card">
          <ProgressBar percent={progress.percent} completed={progress.completed} />
          <Text className="muted study__progress-text">
            {session.superseded
              ? '您在其他设备或页面打开了学习，本页不再计时。'
              : progress.completed
                ? `已学完${session.pointsAwarded ? `，获得 ${session.pointsAwarded} 积分` : ''}。`
                : media
                  ? `已观看 ${clockText(progress.watchedSeconds)}，看完 90% 即算学完。`
                  : `已阅读 ${clockText(progress.creditedSeconds)}，读满 ${Math.ceil(detail.estimatedMinutes * 0.6 * 60)} 秒即算学完。`}
          </Text>
        </View>
      ) : null}
      {offline ? null : <NoteForm contentId={detail.contentId} />}
    </View>
  );
}

function NoteForm({ contentId }: { contentId: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await call('study.noteSubmit', { targetKind: 'content', targetId: contentId, text });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.error.fields?.text ?? result.error.message });
    setText('');
    setOpen(false);
    setMessage({ ok: true, text: '心得已提交，支部书记审核后会通知您。' });
  };
  return (
    <View className="card">
      {message ? <View className={message.ok ? 'notice notice--ok' : 'field__error'}>{message.text}</View> : null}
      {open ? (
        <View>
          <Textarea
            className="textarea"
            name="note-text"
            value={text}
            maxlength={2000}
            placeholder="写下您的学习体会（至少 10 个字）"
            onInput={(event) => setText(event.detail.value)}
          />
          <Button className="button study__note-submit" disabled={busy} onClick={() => void submit()}>
            {busy ? '正在提交…' : '提交心得'}
          </Button>
        </View>
      ) : (
        <Button className="button button--plain study__note-open" onClick={() => setOpen(true)}>
          写学习心得
        </Button>
      )}
    </View>
  );
}
