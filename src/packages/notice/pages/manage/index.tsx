import { useRef, useState } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { AdminNoticeRow } from '@/features/notices/admin-notice-row';
import { EditNotice } from '@/features/notices/edit-notice';
import { EMPTY_NOTICE, NoticeForm } from '@/features/notices/notice-form';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin-study/content-editor.scss';
import '@/features/notices/notices.scss';

/** The notices of a unit's subtree with their read counts, and 发布通知. */
export default function NoticeManagePage() {
  const params = useRouter().params;
  const unitId = params.unitId ?? '';
  const [writing, setWriting] = useState(false);
  const [round, setRound] = useState(0);
  const paged = usePagedCall((skip) => call('admin.noticeList', { unitId, skip, limit: 20 }), String(round));
  // Back from a notice's receipts (a reminder, an edit, a withdrawal), the counts are read again.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) paged.reload();
    shown.current = true;
  });

  if (params.noticeId)
    return (
      <PageShell>
        <EditNotice unitId={unitId} noticeId={params.noticeId} />
      </PageShell>
    );
  if (writing)
    return (
      <PageShell>
        <NoticeForm
          unitId={unitId}
          initial={EMPTY_NOTICE}
          onDone={() => {
            setWriting(false);
            setRound((n) => n + 1);
          }}
        />
      </PageShell>
    );
  return (
    <PageShell>
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="还没有发布过通知公告，点下方“发布通知”开始。">
          {(notice) => (
            <AdminNoticeRow
              key={notice.noticeId}
              notice={notice}
              onOpen={() => openPage('noticeReceipts', { noticeId: notice.noticeId })}
            />
          )}
        </PagedList>
      </CellGroup>
      <BottomBar>
        <Button type="primary" block onClick={() => setWriting(true)}>
          发布通知
        </Button>
      </BottomBar>
    </PageShell>
  );
}
