import Taro from '@tarojs/taro';
import { ErrorView, LoadingView } from '@/components/state-views';
import { htmlToBlocks } from '@/features/study/blocks';
import { useCall } from '@/lib/use-call';
import { EMPTY_NOTICE, NoticeForm } from './notice-form';

/** Changing a published notice: its fields as they are now, in the same form (its audience stays). */
export function EditNotice({ unitId, noticeId }: { unitId: string; noticeId: string }) {
  const { state, reload } = useCall('notice.detail', { noticeId });
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'error') return <ErrorView message={state.error.message} onRetry={reload} />;
  const notice = state.data;
  return (
    <NoticeForm
      unitId={unitId}
      noticeId={noticeId}
      initial={{
        ...EMPTY_NOTICE,
        title: notice.title,
        body: htmlToBlocks(notice.body),
        attachments: notice.attachments.map(({ url: _url, ...file }) => file),
        mustRead: notice.mustRead,
        deadline: notice.deadline,
        expiresAt: notice.expiresAt,
        pinned: notice.pinned,
      }}
      onDone={() => void Taro.navigateBack()}
    />
  );
}
