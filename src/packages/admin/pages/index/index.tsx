import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { UNIT_KIND_LABELS } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { openAdmin } from '@/features/admin/admin-links';
import { pendingTotal, usePendingWork } from '@/features/admin/pending-badge';
import { PlansFromAbove, plansShare, usePlansFromAbove } from '@/features/admin/plans-from-above';
import { exportRoster, showBranchInvite } from '@/features/admin/roster-tools';
import { useStepDown } from '@/features/admin/step-down';
import { UnitSettings } from '@/features/admin/unit-settings';
import { useWorkbench } from '@/features/admin/use-workbench';
import { WorkbenchGroup } from '@/features/admin/workbench-entries';
import { workbenchGroups } from '@/features/admin/workbench-groups';
import { count, WorkbenchHeader } from '@/features/admin/workbench-header';
import { countText, percentText } from '@/lib/format';
import '@/features/admin/workbench.scss';

/** 管理后台: the unit the admin manages (or one below it, via ?unitId=), its numbers, and every line of work. */
export default function AdminIndexPage() {
  const { state, reload } = useWorkbench(useRouter().params.unitId);
  const [settings, setSettings] = useState(false);
  const unitId = state.status === 'ready' ? state.workbench.overview.unitId : null;
  const pending = usePendingWork(unitId);
  const plans = usePlansFromAbove(unitId);
  const stepDown = useStepDown(state.status === 'ready' ? state.workbench.role : null);

  if (state.status !== 'ready') {
    return (
      <PageShell>
        {state.status === 'loading' ? (
          <LoadingView />
        ) : (
          <ErrorView message={state.error.message} onRetry={retryWhenUseful(state, reload)} />
        )}
      </PageShell>
    );
  }
  const { workbench } = state;
  const unit = workbench.overview;
  const waiting = pendingTotal(pending);
  const share = plansShare(plans);
  const groups = workbenchGroups(workbench, pending, {
    openSettings: () => setSettings(true),
    exportRoster: () => void exportRoster(unit.unitId),
    branchInvite: () => void showBranchInvite(unit.unitId),
    stepDown: stepDown.open,
  });

  return (
    <PageShell>
      <WorkbenchHeader
        workbench={workbench}
        kpis={[
          { label: '党员', ...count((unit.byStage.full ?? 0) + (unit.byStage.probationary ?? 0), '人') },
          {
            label: '发展中',
            ...count(unit.memberCount - (unit.byStage.full ?? 0) - (unit.byStage.probationary ?? 0), '人'),
          },
          { label: '上级部署完成', value: percentText(share) },
          { label: '待办', value: waiting === null ? '—' : countText(waiting), unit: '项', alert: Boolean(waiting) },
        ]}
      />
      {groups.map((group) => (
        <WorkbenchGroup
          key={group.title}
          group={group.title === '学习' && plans ? { ...group, footer: <PlansFromAbove plans={plans} /> } : group}
        />
      ))}
      {unit.childUnits.length ? (
        <View className="workbench-group" role="group" aria-label="下级组织">
          <View className="workbench-group__head">
            <Text className="workbench-group__title">下级组织</Text>
            <Text className="workbench-group__note">共 {unit.childUnitTotal} 个</Text>
          </View>
          <CellGroup divider>
            {unit.childUnits.map((child) => (
              <Cell
                key={child.unitId}
                className="workbench-child"
                clickable
                title={child.name}
                description={UNIT_KIND_LABELS[child.kind]}
                extra={`${child.memberCount} 人`}
                onClick={() => openAdmin.unit(child.unitId)}
              />
            ))}
          </CellGroup>
          {unit.childUnitTotal > unit.childUnits.length ? (
            <Text className="workbench-group__note">按名称列出前 {unit.childUnits.length} 个</Text>
          ) : null}
        </View>
      ) : null}
      <UnitSettings workbench={workbench} visible={settings} onClose={() => setSettings(false)} onChanged={reload} />
      {stepDown.sheet}
    </PageShell>
  );
}
