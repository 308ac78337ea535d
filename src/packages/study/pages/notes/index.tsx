import { useState } from 'react';
import { Button, Tabs } from '@nutui/nutui-react-taro';
import { Edit } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { EmptyView } from '@/components/state-views';
import { NoteCard } from '@/features/study/note-card';
import { NoteSheet } from '@/features/study/note-sheet';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study-screens.scss';

type NotesView = 'mine' | 'branch';

/** My notes with their review, the notes my branch secretary chose to share (支部交流), and a new one. */
export default function NotesPage() {
  const [view, setView] = useState<NotesView>('mine');
  const [writing, setWriting] = useState(false);
  const paged = usePagedCall(
    (skip) => call(view === 'mine' ? 'study.myNotes' : 'study.branchNotes', { skip, limit: 20 }),
    view,
  );
  const recent = useCall('study.mine', { view: 'recent', limit: 20 });
  const targets =
    recent.state.status === 'ready'
      ? recent.state.data.items.map((item) => ({ targetId: item.contentId, title: item.title }))
      : [];
  return (
    <PageShell>
      <Tabs
        value={view}
        onChange={(value) => setView(value as NotesView)}
        activeType="line"
        className="study-page-tabs"
      >
        <Tabs.TabPane value="mine" title="我的心得" />
        <Tabs.TabPane value="branch" title="支部交流" />
      </Tabs>
      {targets.length > 0 ? (
        <Button
          block
          type="primary"
          icon={<Edit size={16} />}
          className="notes__write"
          onClick={() => setWriting(true)}
        >
          写学习心得
        </Button>
      ) : null}
      {view === 'mine' && targets.length === 0 && !paged.loading && paged.items.length === 0 ? (
        <EmptyView
          message="学完一篇内容后，就可以写下学习体会。"
          action={{ label: '去学习', onClick: () => openPage('study') }}
        />
      ) : (
        <PagedList
          paged={paged}
          empty={view === 'mine' ? '还没有写过心得，点上方按钮写一篇。' : '支部还没有分享的心得。'}
        >
          {(note) => <NoteCard key={note.noteId} note={note} mine={view === 'mine'} />}
        </PagedList>
      )}
      <NoteSheet
        visible={writing}
        targets={targets}
        onClose={() => setWriting(false)}
        onDone={() => {
          setView('mine');
          paged.reload();
        }}
      />
    </PageShell>
  );
}
