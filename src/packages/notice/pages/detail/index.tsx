import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { NoticeReader } from '@/features/notices/notice-reader';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import '@/features/notices/notices.scss';

/** One notice; opening it records my read receipt, and a must-read one asks me to confirm 已阅. */
export default function NoticeDetailPage() {
  const noticeId = useRouter().params.noticeId ?? '';
  const { state, reload, setData } = useCall('notice.detail', { noticeId });
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    setConfirming(true);
    const result = await call('notice.confirm', { noticeId });
    setConfirming(false);
    if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
    setData(result.data);
    void Taro.showToast({ title: '已确认阅读', icon: 'success' });
  };

  return (
    <PageShell>
      {state.status === 'loading' ? <LoadingView /> : null}
      {state.status === 'error' ? <ErrorView message={state.error.message} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <NoticeReader notice={state.data} confirming={confirming} onConfirm={() => void confirm()} />
      ) : null}
    </PageShell>
  );
}
