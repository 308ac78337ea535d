import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Tabs } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PointsRanking } from '@/features/admin-study/points-ranking';
import { PointsRules } from '@/features/admin-study/points-rules';
import { useCall } from '@/lib/use-call';
import '@/features/admin-study/admin-console.scss';

/**
 * The ranking of the subtree, and the rules: org admins read them, super admins change them; branch admins
 * have no rules tab (the rules route is not theirs).
 */
export default function AdminPointsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [view, setView] = useState<'ranking' | 'rules'>('ranking');
  const me = useCall('me.card', {}).state;
  const role = me.status === 'ready' ? me.data.role : 'member';
  const readsRules = role === 'org_admin' || role === 'super_admin';
  return (
    <PageShell>
      {readsRules ? (
        <Tabs value={view} onChange={(value) => setView(value as typeof view)} activeType="line">
          <Tabs.TabPane value="ranking" title="积分排行" />
          <Tabs.TabPane value="rules" title={role === 'super_admin' ? '积分规则设置' : '积分规则'} />
        </Tabs>
      ) : null}
      {readsRules && view === 'rules' ? (
        <PointsRules editable={role === 'super_admin'} />
      ) : (
        <PointsRanking unitId={unitId} />
      )}
    </PageShell>
  );
}
