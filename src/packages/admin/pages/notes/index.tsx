import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { CellGroup, Switch, Tabs } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { NOTE_STATUS_LABELS, NOTE_STATUSES, type NoteStatus } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { FormDialog } from '@/features/admin/form-dialog';
import { NoteReviewCell, type QueuedNote } from '@/features/admin/note-review-cell';
import { ReasonDialog } from '@/features/admin/reason-dialog';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';
import '@/features/admin/workbench.scss';

/** What an empty tab means, and what the reviewer may do next. */
const NOTES_EMPTY: Record<NoteStatus, string> = {
  pending: '待审核的心得都处理完了。党员提交新心得后会出现在这里。',
  approved: '还没有通过的心得。在「待审核」里审核后会出现在这里。',
  returned: '没有退回的心得。',
};

/** Study notes of the subtree: approve (optionally shown to the branch) or return with a comment. */
export default function AdminNotesPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [status, setStatus] = useState<NoteStatus>('pending');
  const [approving, setApproving] = useState<QueuedNote | null>(null);
  const [returning, setReturning] = useState<QueuedNote | null>(null);
  const [share, setShare] = useState(true);
  const paged = usePagedCall(
    (skip) => call('admin.noteQueue', { unitId, status, skip, limit: 20 }),
    `${unitId}:${status}`,
  );
  const review = async (noteId: string, approve: boolean, comment = '') => {
    const result = await call('admin.noteReview', { noteId, approve, comment, showInBranch: approve && share });
    if (!result.ok) return result.error.fields?.comment ?? result.error.message;
    void Taro.showToast({ title: approve ? '已通过' : '已退回', icon: 'success' });
    paged.reload();
    return null;
  };
  const [approveError, setApproveError] = useState<string | null>(null);

  return (
    <PageShell>
      <Tabs value={status} onChange={(value) => setStatus(value as NoteStatus)} activeType="simple">
        {NOTE_STATUSES.map((s) => (
          <Tabs.TabPane key={s} value={s} title={NOTE_STATUS_LABELS[s]} />
        ))}
      </Tabs>
      <CellGroup className="review-list">
        <PagedList paged={paged} empty={NOTES_EMPTY[status]}>
          {(note) => (
            <NoteReviewCell
              key={note.noteId}
              note={note}
              onApprove={status === 'pending' ? () => setApproving(note) : undefined}
              onReturn={status === 'pending' ? () => setReturning(note) : undefined}
            />
          )}
        </PagedList>
      </CellGroup>
      <FormDialog
        title="通过这篇心得"
        visible={approving !== null}
        error={approveError}
        confirmText="通过"
        onClose={() => {
          setApproving(null);
          setApproveError(null);
        }}
        onConfirm={async () => {
          const refused = approving ? await review(approving.noteId, true) : null;
          setApproveError(refused);
          if (refused === null) setApproving(null);
          return refused === null;
        }}
      >
        <View className="review-share">
          <Text>在支部交流中展示</Text>
          <Switch checked={share} onChange={setShare} />
        </View>
      </FormDialog>
      <ReasonDialog
        title="退回修改"
        visible={returning !== null}
        prompt={returning ? `退回 ${returning.authorName} 的心得，意见会告知本人。` : undefined}
        placeholder="请写明修改意见"
        confirmText="确认退回"
        onClose={() => setReturning(null)}
        onSubmit={async (comment) => {
          const refused = returning ? await review(returning.noteId, false, comment) : null;
          if (refused === null) setReturning(null);
          return refused;
        }}
      />
    </PageShell>
  );
}
