import { Text, View } from '@tarojs/components';
import { Button, Cell, Progress, Tag } from '@nutui/nutui-react-taro';
import { CONTENT_KIND_LABELS } from '@contract/labels';
import { shortDateText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';
import { daysLeft } from './format';
import { KIND_TAG } from './kind-tag';
import type { Plan } from './plan-hero';
import { StudyState } from './study-state';

function PlanStatus({ plan }: { plan: Plan }) {
  if (plan.completed)
    return (
      <Tag background={colors.successTint} color={colors.success}>
        已完成
      </Tag>
    );
  const left = daysLeft(plan.deadline);
  if (left < 0)
    return (
      <Tag background={colors.primaryTint} color={colors.primary}>
        已过期
      </Tag>
    );
  return (
    <Tag background={colors.goldTint} color={colors.goldText}>
      {left === 0 ? '今天截止' : `还剩 ${left} 天`}
    </Tag>
  );
}

/** One plan assigned to me: how far I am, the deadline, and every item and exam with its state. */
export function PlanCard({ plan }: { plan: Plan }) {
  const percent = Math.round((plan.done / Math.max(1, plan.itemCount)) * 100);
  return (
    <View className="plan-card" data-testid="plan-card" aria-label={plan.title}>
      <View className="plan-card__head">
        <Text className="plan-card__title">{plan.title}</Text>
        <PlanStatus plan={plan} />
      </View>
      <Text className="plan-card__meta">
        {plan.unitName} · {shortDateText(plan.deadline)}截止
      </Text>
      <View className="plan-card__progress">
        <View className="plan-card__bar">
          <Progress
            percent={percent}
            color={plan.completed ? colors.success : colors.primary}
            background={colors.track}
            strokeWidth="8"
          />
        </View>
        <Text className="plan-card__count">
          已完成 {plan.done} / {plan.itemCount}
        </Text>
      </View>
      <View className="plan-card__items">
        {plan.items.map((item) => (
          <Cell
            key={item.contentId}
            className="plan-row"
            align="center"
            onClick={() => openPage('studyDetail', { contentId: item.contentId })}
            title={
              <View className="plan-row__title">
                <Tag {...KIND_TAG[item.kind]}>{CONTENT_KIND_LABELS[item.kind]}</Tag>
                <Text className="plan-row__text">{item.title}</Text>
              </View>
            }
            extra={<StudyState percent={item.percent} completed={item.completed} />}
          />
        ))}
        {plan.quizzes.map((quiz) => (
          <Cell
            key={quiz.quizId}
            className="plan-row"
            align="center"
            title={
              <View className="plan-row__title">
                <Tag background={colors.primaryTint} color={colors.primary}>
                  考试
                </Tag>
                <Text className="plan-row__text">{quiz.title}</Text>
              </View>
            }
            extra={
              quiz.passed ? (
                <Text className="study-state study-state--done">已通过</Text>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  fill="outline"
                  onClick={() => openPage('quizTake', { start: 'exam', quizId: quiz.quizId })}
                >
                  去考试
                </Button>
              )
            }
          />
        ))}
      </View>
    </View>
  );
}
