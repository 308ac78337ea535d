import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../types/errors';
import { STAGE_LABELS, STAGES, UNIT_KIND_LABELS } from '../../../../../types/labels';
import type { UnitOverview } from '../../../../../types/schemas/members';
import { PageShell } from '../../../../components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '../../../../components/state-views';
import { call } from '../../../../lib/api-client';
import './index.scss';

type OverviewState =
  { status: 'loading' } | { status: 'ready'; overview: UnitOverview } | { status: 'error'; error: ApiError };

/** Console home: the unit the admin manages (or one below it, via ?unitId=), with its member counts. */
export default function AdminIndexPage() {
  const router = useRouter();
  const [state, setState] = useState<OverviewState>({ status: 'loading' });

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    let unitId = router.params.unitId;
    if (!unitId) {
      const me = await call('me.card', {});
      if (!me.ok) {
        setState({ status: 'error', error: me.error });
        return;
      }
      unitId = me.data.unitId;
    }
    const result = await call('admin.unitOverview', { unitId });
    setState(result.ok ? { status: 'ready', overview: result.data } : { status: 'error', error: result.error });
  }, [router.params.unitId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageShell>
      {state.status === 'loading' ? <LoadingView /> : null}
      {state.status === 'error' ? <ErrorView message={state.error.message} onRetry={() => void load()} /> : null}
      {state.status === 'ready' ? (
        <View>
          <View className="title">
            {state.overview.unitName}
            <Text className="muted">（{UNIT_KIND_LABELS[state.overview.kind]}）</Text>
          </View>
          <View className="card">
            <View className="admin__total">党员及发展对象共 {state.overview.memberCount} 人</View>
            {STAGES.map((stage) => (
              <View className="admin__row" key={stage}>
                <Text>{STAGE_LABELS[stage]}</Text>
                <Text>{state.overview.byStage[stage] ?? 0} 人</Text>
              </View>
            ))}
          </View>
          <View className="title">下级组织</View>
          {state.overview.childUnits.length === 0 ? <EmptyView message="没有下级组织。" /> : null}
          {state.overview.childUnits.map((child) => (
            <View
              className="card admin__row"
              key={child.unitId}
              onClick={() => void Taro.navigateTo({ url: `/packages/admin/pages/index/index?unitId=${child.unitId}` })}
            >
              <Text>
                {child.name}（{UNIT_KIND_LABELS[child.kind]}）
              </Text>
              <Text>{child.memberCount} 人 ›</Text>
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  );
}
