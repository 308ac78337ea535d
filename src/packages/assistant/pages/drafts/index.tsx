import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, Tabs } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { FormDialog } from '@/features/admin/form-dialog';
import { ContentPicker, type PickedContent } from '@/features/assistant-drafts/content-picker';
import { DraftCard } from '@/features/assistant-drafts/draft-card';
import { DraftEditor } from '@/features/assistant-drafts/draft-editor';
import { DRAFT_STATUS_LABELS, type Draft, type DraftStatus } from '@/features/assistant-drafts/draft-values';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin-study/admin-console.scss';
import '@/features/admin-quiz/admin-quiz.scss';
import '@/features/admin/members.scss';
import '@/features/admin/workbench.scss';
import '@/features/assistant-drafts/drafts.scss';

const STATUSES: DraftStatus[] = ['pending', 'accepted', 'rejected'];

/**
 * AI 出题: pick a study item, draft questions from it, and review each draft — edit, 采纳 into the unit's
 * bank, or 舍弃. Nothing reaches the bank without 采纳.
 */
export default function QuestionDraftsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [content, setContent] = useState<PickedContent | null>(null);
  const [status, setStatus] = useState<DraftStatus>('pending');
  const [generating, setGenerating] = useState(false);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<Draft | null>(null);
  const [rejecting, setRejecting] = useState<Draft | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const paged = usePagedCall(
    (skip) =>
      call('admin.questionDrafts', {
        unitId,
        status,
        ...(content ? { contentId: content.contentId } : {}),
        skip,
        limit: 20,
      }),
    `${unitId}:${status}:${content?.contentId ?? ''}`,
  );
  const { reload } = paged;
  const toast = (title: string, icon: 'success' | 'none' = 'none') => void Taro.showToast({ title, icon });

  const generate = async () => {
    if (!content) return;
    setGenerating(true);
    const result = await call('admin.questionDraftsGenerate', { unitId, contentId: content.contentId });
    setGenerating(false);
    if (!result.ok) return toast(result.error.message);
    setNote(result.data.note || `已生成 ${result.data.drafts.length} 道草稿，请逐条审核。`);
    setStatus('pending');
    reload();
  };
  const accept = async (draft: Draft) => {
    setWorking(draft.draftId);
    const result = await call('admin.questionDraftAccept', { draftId: draft.draftId });
    setWorking(null);
    if (!result.ok) return toast(result.error.message);
    toast('已采纳，入题库', 'success');
    reload();
  };
  const reject = async (draft: Draft) => {
    const result = await call('admin.questionDraftReject', { draftId: draft.draftId });
    if (!result.ok) return toast(result.error.message);
    setRejecting(null);
    reload();
  };

  return (
    <PageShell>
      <View className="card">
        <CellGroup>
          <ContentPicker value={content} onChange={setContent} />
        </CellGroup>
        <Button
          block
          type="primary"
          className="drafts-generate"
          disabled={!content || generating}
          loading={generating}
          onClick={() => void generate()}
        >
          生成草稿
        </Button>
        <Text className="drafts-note">{note || '草稿经您审核采纳后才会进入本单位题库。'}</Text>
      </View>
      <Tabs value={status} onChange={(value) => setStatus(value as DraftStatus)} activeType="line">
        {STATUSES.map((s) => (
          <Tabs.TabPane key={s} value={s} title={DRAFT_STATUS_LABELS[s]} />
        ))}
      </Tabs>
      <PagedList
        paged={paged}
        empty={
          status === 'pending'
            ? '没有待审核的草稿，选一篇学习内容生成吧。'
            : `没有${DRAFT_STATUS_LABELS[status]}的草稿。`
        }
      >
        {(draft) => (
          <DraftCard
            key={draft.draftId}
            draft={draft}
            busy={working === draft.draftId}
            onEdit={() => setEditing(draft)}
            onAccept={() => void accept(draft)}
            onReject={() => setRejecting(draft)}
          />
        )}
      </PagedList>
      {editing ? (
        <DraftEditor
          key={editing.draftId}
          draft={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      <FormDialog
        title="舍弃这道草稿？"
        visible={rejecting !== null}
        confirmText="舍弃"
        danger
        onClose={() => setRejecting(null)}
        onConfirm={async () => {
          if (rejecting) await reject(rejecting);
          return true;
        }}
      >
        <Text>舍弃后不会进入题库，如需要可重新生成。</Text>
      </FormDialog>
    </PageShell>
  );
}
