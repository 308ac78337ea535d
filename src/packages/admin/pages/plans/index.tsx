import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { openAdmin } from '@/features/admin/admin-links';
import { PlanForm } from '@/features/admin-study/plan-form';
import { call } from '@/lib/api-client';
import { shortDateText } from '@/lib/format';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin-study/admin-console.scss';

/** Plans assigned in the unit's subtree; assign a new one from published content. */
export default function AdminPlansPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [creating, setCreating] = useState(false);
  const paged = usePagedCall((skip) => call('admin.planList', { unitId, skip, limit: 20 }), unitId);
  const { reload } = paged;
  return (
    <PageShell>
      <Button block type="primary" fill={creating ? 'outline' : 'solid'} onClick={() => setCreating(!creating)}>
        {creating ? '收起' : '布置学习计划'}
      </Button>
      {creating ? (
        <PlanForm
          unitId={unitId}
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
      <View className="console-section">已布置的计划</View>
      <View className="console-group">
        <CellGroup>
          <PagedList paged={paged} empty="还没有布置学习计划。">
            {(plan) => (
              <Cell
                key={plan.planId}
                className="console-cell"
                clickable
                onClick={() => openAdmin.planReport(plan.planId)}
                extra={<ArrowRight size={14} aria-label="查看完成情况" />}
                title={
                  <View className="console-cell__text">
                    <Text className="console-cell__title">{plan.title}</Text>
                    <Text className="console-cell__meta">
                      {plan.unitName} · {plan.itemCount} 项 · {shortDateText(plan.startAt)} 至{' '}
                      {shortDateText(plan.deadline)}
                    </Text>
                  </View>
                }
              />
            )}
          </PagedList>
        </CellGroup>
      </View>
    </PageShell>
  );
}
