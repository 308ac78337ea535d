import { PageShell } from '@/components/page-shell';
import { LoadingView } from '@/components/state-views';

/** The console's dashboard of a unit: figures over a month, quarter or year. */
export default function DashboardPage() {
  return (
    <PageShell>
      <LoadingView />
    </PageShell>
  );
}
