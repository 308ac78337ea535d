import { PageShell } from '../../../../components/page-shell';
import { EmptyView } from '../../../../components/state-views';

// The quiz subpackage's entry; the question banks and quiz modes arrive with the quiz issue.
export default function QuizIndexPage() {
  return (
    <PageShell>
      <EmptyView message="答题功能正在建设中，敬请期待。" />
    </PageShell>
  );
}
