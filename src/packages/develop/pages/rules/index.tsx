import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { IntervalEditor } from '@/features/develop/interval-editor';
import { useCall } from '@/lib/use-call';
import '@/features/develop/develop.scss';

/** 发展党员时限: the intervals of the path with their sources; a super admin corrects them. */
export default function DevelopRulesPage() {
  const rules = useCall('admin.developmentRules', {});
  const me = useCall('me.card', {}).state;
  const editable = me.status === 'ready' && me.data.role === 'super_admin';
  return (
    <PageShell>
      <CallView state={rules.state} onRetry={rules.reload}>
        {(data) => <IntervalEditor key={data.updatedAt ?? 0} rules={data} editable={editable} onSaved={rules.reload} />}
      </CallView>
    </PageShell>
  );
}
