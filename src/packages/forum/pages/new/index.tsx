import { PageShell } from '@/components/page-shell';
import { TopicForm } from '@/features/forum/topic-form';
import '@/features/forum/forum.scss';

/** 发新话题 on my branch's board. */
export default function ForumNewPage() {
  return (
    <PageShell>
      <TopicForm />
    </PageShell>
  );
}
