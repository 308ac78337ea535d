import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, Progress } from '@nutui/nutui-react-taro';
import type { RouteOutput } from '@contract/contract';
import { call } from '@/lib/api-client';
import { shortDateText } from '@/lib/format';
import { colors } from '@/theme/tokens';

type Plans = RouteOutput<'admin.plansFromAbove'>['items'];

/** The plans a 党委 assigned that reach this unit, read-only, with how many of its own members finished. */
export function usePlansFromAbove(unitId: string | null): Plans | null {
  const [plans, setPlans] = useState<Plans | null>(null);
  useEffect(() => {
    if (!unitId) return;
    let current = true;
    void call('admin.plansFromAbove', { unitId }).then((result) => {
      if (current) setPlans(result.ok ? result.data.items : null);
    });
    return () => {
      current = false;
    };
  }, [unitId]);
  return plans;
}

/** Completion of all plans from above together, 0–1; null when there are none. */
export function plansShare(plans: Plans | null): number | null {
  const members = plans?.reduce((sum, plan) => sum + plan.members, 0) ?? 0;
  const done = plans?.reduce((sum, plan) => sum + plan.completedMembers, 0) ?? 0;
  return members ? done / members : null;
}

export function PlansFromAbove({ plans }: { plans: Plans }) {
  if (plans.length === 0) return null;
  return (
    <View className="plans-above" data-testid="plans-from-above">
      <Text className="plans-above__title">上级部署</Text>
      {plans.map((plan) => {
        const percent = plan.members ? Math.round((plan.completedMembers / plan.members) * 100) : 0;
        return (
          <Cell
            key={plan.planId}
            className="plans-above__cell"
            title={
              <View className="plans-above__text">
                <Text className="plans-above__name">{plan.title}</Text>
                <Text className="plans-above__meta">
                  {plan.unitName}部署 · {shortDateText(plan.deadline)}截止
                </Text>
                <Progress percent={percent} color={colors.primary} background={colors.track} strokeWidth="6" />
              </View>
            }
            extra={
              <Text className="plans-above__count">
                {plan.completedMembers}/{plan.members} 人
              </Text>
            }
          />
        );
      })}
    </View>
  );
}
