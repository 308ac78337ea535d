import { Text, View } from '@tarojs/components';
import { Button, CircleProgress, Tag } from '@nutui/nutui-react-taro';
import { Clock, Order } from '@nutui/icons-react-taro';
import { CONTENT_KIND_LABELS } from '@contract/labels';
import type { RouteOutput } from '@contract/contract';
import { shortDateText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';
import { daysLeft } from './format';
import { KIND_TAG } from './kind-tag';

export type Plan = RouteOutput<'study.plans'>['items'][number];

/** The plan to work on now: the unfinished one due first. */
export function currentPlan(plans: Plan[]): Plan | null {
  const open = plans.filter((plan) => !plan.completed).sort((a, b) => a.deadline - b.deadline);
  return open[0] ?? null;
}

function DeadlineText({ deadline }: { deadline: number }) {
  const left = daysLeft(deadline);
  return (
    <View className="plan-hero__deadline">
      <Clock size={14} color={colors.text3} />
      <Text>{shortDateText(deadline)}截止</Text>
      <Text className={left < 0 ? 'plan-hero__late' : 'plan-hero__left'}>
        {left < 0 ? ' · 已过期' : left === 0 ? ' · 今天截止' : ` · 还剩 ${left} 天`}
      </Text>
    </View>
  );
}

/** 我的学习计划 on the study home: the plan's title, deadline, progress ring and its next item. */
export function PlanHero({ plan }: { plan: Plan }) {
  const next = plan.items.find((item) => !item.completed) ?? null;
  const percent = Math.round((plan.done / Math.max(1, plan.itemCount)) * 100);
  return (
    <View className="plan-hero" data-testid="plan-hero">
      <View className="plan-hero__head" onClick={() => openPage('studyPlans')}>
        <View className="plan-hero__label">
          <Order size={16} color={colors.primary} />
          <Text>我的学习计划</Text>
        </View>
        <Tag background={colors.goldTint} color={colors.goldText}>
          进行中
        </Tag>
      </View>
      <View className="plan-hero__body" onClick={() => openPage('studyPlans')}>
        <View className="plan-hero__text">
          <Text className="plan-hero__title">{plan.title}</Text>
          <DeadlineText deadline={plan.deadline} />
        </View>
        <CircleProgress percent={percent} radius={34} strokeWidth={6} color={colors.primary} background={colors.track}>
          <View className="plan-hero__ring">
            <Text className="plan-hero__done">{plan.done}</Text>
            <Text className="plan-hero__count">/{plan.itemCount}</Text>
          </View>
        </CircleProgress>
      </View>
      {next ? (
        <View className="plan-hero__next">
          <Text className="plan-hero__next-label">下一项</Text>
          <Tag {...KIND_TAG[next.kind]}>{CONTENT_KIND_LABELS[next.kind]}</Tag>
          <Text className="plan-hero__next-title">{next.title}</Text>
          <Button
            type="primary"
            size="small"
            className="plan-hero__go"
            onClick={() => openPage('studyDetail', { contentId: next.contentId })}
          >
            继续学习
          </Button>
        </View>
      ) : (
        <View className="plan-hero__next">
          <Text className="plan-hero__next-label">学习内容已学完，还有考试待完成</Text>
          <Button type="primary" size="small" className="plan-hero__go" onClick={() => openPage('studyPlans')}>
            去看看
          </Button>
        </View>
      )}
    </View>
  );
}
