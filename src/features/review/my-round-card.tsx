import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { REVIEW_GRADES, REVIEW_GRADE_LABELS, REVIEW_PHASE_LABELS } from '@contract/review-labels';
import type { RouteOutput } from '@contract/contract';
import { dateText } from '@/lib/format';
import { PhaseSteps } from './phase-steps';
import { deadlineOf } from './review-labels';

type Round = NonNullable<RouteOutput<'review.current'>['round']>;

/** The round at a glance: year, branch, phase steps and the date this phase should be done by. */
export function MyRoundCard({ round }: { round: Round }) {
  const deadline = deadlineOf(round.phase, round.deadlines);
  return (
    <View className="card" data-testid="review-round">
      <View className="review-head">
        <Text className="review-head__title">{round.year}年度民主评议党员</Text>
        <Tag type="primary" plain>
          {REVIEW_PHASE_LABELS[round.phase]}
        </Tag>
      </View>
      <Text className="review-text">
        {round.unitName}
        {deadline ? ` · 本阶段计划于${dateText(deadline)}结束` : ''}
      </Text>
      <PhaseSteps phase={round.phase} />
    </View>
  );
}

/** After 公示: my grade, large, and the branch's counts per grade. */
export function MyOutcomeCard({ round }: { round: Round }) {
  return (
    <View className="card" data-testid="review-outcome">
      <Text className="review-text">我的评议等次</Text>
      <Text className="review-figures__number">{round.myGrade ? REVIEW_GRADE_LABELS[round.myGrade] : '—'}</Text>
      {round.outcome ? (
        <View className="review-figures">
          {REVIEW_GRADES.map((grade) => (
            <View key={grade} className="review-figures__item">
              <Text className="review-figures__number">{round.outcome?.[grade] ?? 0}</Text>
              <Text className="review-figures__label">{REVIEW_GRADE_LABELS[grade]}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
