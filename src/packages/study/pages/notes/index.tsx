import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { NOTE_STATUS_LABELS } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { dateText } from '@/features/study/format';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

/** My notes with their review, and the notes my branch secretary chose to share (支部交流). */
export default function NotesPage() {
  const [view, setView] = useState<'mine' | 'branch'>('mine');
  const paged = usePagedCall(
    (skip) => call(view === 'mine' ? 'study.myNotes' : 'study.branchNotes', { skip, limit: 20 }),
    view,
  );
  return (
    <PageShell>
      <View className="tabs">
        <Text className={view === 'mine' ? 'tabs__item tabs__item--on' : 'tabs__item'} onClick={() => setView('mine')}>
          我的心得
        </Text>
        <Text
          className={view === 'branch' ? 'tabs__item tabs__item--on' : 'tabs__item'}
          onClick={() => setView('branch')}
        >
          支部交流
        </Text>
      </View>
      <PagedList
        paged={paged}
        empty={view === 'mine' ? '还没有写过心得，学完一篇内容后可以写。' : '支部还没有分享的心得。'}
      >
        {(note) => (
          <View key={note.noteId} className="card">
            <View className="row">
              <Text className="study-card__title">《{note.targetTitle}》</Text>
              {view === 'mine' ? <Text className="tag">{NOTE_STATUS_LABELS[note.status]}</Text> : null}
            </View>
            <View className="muted">
              {note.authorName} · {note.unitName} · {dateText(note.createdAt)}
            </View>
            <View>{note.text}</View>
            {note.reviewComment ? <View className="field__error">书记意见：{note.reviewComment}</View> : null}
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}
