import { PageShell } from '../../../../components/page-shell';
import { EmptyView } from '../../../../components/state-views';

// The activity subpackage's entry; sign-up and check-in arrive with the activities issue.
export default function ActivityIndexPage() {
  return (
    <PageShell>
      <EmptyView message="活动报名功能正在建设中，敬请期待。" />
    </PageShell>
  );
}
