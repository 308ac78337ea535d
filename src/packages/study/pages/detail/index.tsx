import { useEffect, useState } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ContentDetail } from '@contract/schemas/study';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { CommentsSection } from '@/features/forum/comments-section';
import { keepForOffline, offlineCopy } from '@/features/study/offline-cache';
import { Reader } from '@/features/study/reader';
import { call } from '@/lib/api-client';
import { pageUrl } from '@/lib/pages';
import { absoluteUrl } from '@/lib/transport';
import '@/features/study/study-screens.scss';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; detail: ContentDetail; offline: boolean }
  | { status: 'error'; message: string };

/**
 * One item to study; a copy kept on the phone opens when the network does not. A citation of 问一问 opens it
 * at the quoted passage (`passage`).
 */
export default function StudyDetailPage() {
  const { params } = useRouter();
  const contentId = params.contentId ?? '';
  const passage = params.passage ? Number(params.passage) : undefined;
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
      path: pageUrl('studyDetail', { contentId }),
      ...(detail?.coverUrl ? { imageUrl: absoluteUrl(detail.coverUrl) } : {}),
    };
  });

  return (
    <PageShell>
      {loaded.status === 'loading' ? <LoadingView /> : null}
      {loaded.status === 'error' ? <ErrorView message={loaded.message} onRetry={() => void load()} /> : null}
      {loaded.status === 'ready' ? <Reader detail={loaded.detail} offline={loaded.offline} passage={passage} /> : null}
      {loaded.status === 'ready' && !loaded.offline ? (
        <CommentsSection targetKind="content" targetId={contentId} />
      ) : null}
      {loaded.status === 'ready' ? <View className="reader-room" /> : null}
    </PageShell>
  );
}
