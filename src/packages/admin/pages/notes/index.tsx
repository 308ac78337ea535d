import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Switch, Text, View } from '@tarojs/components';
import { NOTE_STATUS_LABELS, NOTE_STATUSES, type NoteStatus } from '@contract/labels';
import { TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { dateText } from '@/features/study/format';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

/** Study notes of the subtree: approve (optionally sharing with the branch) or return with a comment. */
export default function AdminNotesPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [status, setStatus] = useState<NoteStatus>('pending');
  const paged = usePagedCall(
    (skip) => call('admin.noteQueue', { unitId, status, skip, limit: 20 }),
    `${unitId}:${status}`,
  );
  const { reload } = paged;
  return (
    <PageShell>
      <View className="tabs">
        {NOTE_STATUSES.map((s) => (
          <Text
            key={s}
            className={status === s ? 'tabs__item tabs__item--on' : 'tabs__item'}
            onClick={() => setStatus(s)}
          >
            {NOTE_STATUS_LABELS[s]}
          </Text>
        ))}
      </View>
      <PagedList paged={paged} empty="没有这类心得。">
        {(note) => (
          <View key={note.noteId} className="card">
            <Text className="study-card__title">《{note.targetTitle}》</Text>
            <View className="muted">
              {note.authorName} · {note.unitName} · {dateText(note.createdAt)}
            </View>
            <View>{note.text}</View>
            {note.reviewComment ? <View className="muted">意见：{note.reviewComment}</View> : null}
            {status === 'pending' ? <Review noteId={note.noteId} onDone={reload} /> : null}
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}

function Review({ noteId, onDone }: { noteId: string; onDone: () => void }) {
  const [comment, setComment] = useState('');
  const [share, setShare] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const decide = async (approve: boolean) => {
    const result = await call('admin.noteReview', { noteId, approve, comment, showInBranch: approve && share });
    if (!result.ok) return setError(result.error.fields?.comment ?? result.error.message);
    onDone();
  };
  return (
    <View>
      <TextField label="意见（退回时必填）" value={comment} onChange={setComment} name="note-comment" />
      <View className="row">
        <Text>通过后在支部交流中展示</Text>
        <Switch checked={share} onChange={(event) => setShare(event.detail.value)} />
      </View>
      {error ? <View className="field__error">{error}</View> : null}
      <View className="row">
        <Button className="button notes__approve" onClick={() => void decide(true)}>
          通过
        </Button>
        <Button className="button button--plain notes__return" onClick={() => void decide(false)}>
          退回修改
        </Button>
      </View>
    </View>
  );
}
