import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import type { MonthlyReport } from '@contract/schemas/report';
import { FigureCard } from '@/features/dashboard/figure-card';
import { countText, dateText } from '@/lib/format';
import { rateText } from './report-text';

/** Study plans due this month and how many of the members they reach completed them. */
export function ReportPlans({ plans }: { plans: MonthlyReport['plans'] }) {
  return (
    <FigureCard
      title="学习计划完成情况"
      note="本月到期、本单位党员需要完成的学习计划（最多 5 个），按状态正常的党员统计。"
    >
      {plans.length === 0 ? (
        <Text className="report-plans__empty">本月没有到期的学习计划。</Text>
      ) : (
        plans.map((plan) => (
          <View
            key={plan.planId}
            className="report-plans__row"
            data-testid="report-plan"
            aria-label={`${plan.title} 完成 ${plan.completedMembers}/${plan.members} 人`}
          >
            <View className="report-plans__head">
              <Text className="report-plans__title">{plan.title}</Text>
              <Text className="report-plans__rate">{rateText(plan.completionRate)}</Text>
            </View>
            <Progress percent={plan.completionRate ?? 0} showText={false} />
            <Text className="report-plans__meta">
              {`截止 ${dateText(plan.deadline)} · 完成 ${countText(plan.completedMembers)}/${countText(plan.members)} 人`}
            </Text>
          </View>
        ))
      )}
    </FigureCard>
  );
}
