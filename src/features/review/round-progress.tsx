import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { REVIEW_GRADES, REVIEW_GRADE_LABELS, REVIEW_PHASE_LABELS } from '@contract/review-labels';
import type { RouteOutput } from '@contract/contract';
import { dateText } from '@/lib/format';
import { deadlineOf } from './review-labels';

export type RoundCard = RouteOutput<'admin.reviewRounds'>['items'][number];

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View className="review-figures__item">
      <Text className="review-figures__number">{value}</Text>
      <Text className="review-figures__label">{label}</Text>
    </View>
  );
}

/** A round in the console: phase, the planned end of this phase, and what is in (never who rated). */
export function RoundProgress({ round, onClick }: { round: RoundCard; onClick?: () => void }) {
  const deadline = deadlineOf(round.phase, round.deadlines);
  return (
    <View className="card" data-testid="review-round-card" onClick={onClick} role={onClick ? 'button' : undefined}>
      <View className="review-head">
        <Text className="review-head__title">
          {round.unitName} · {round.year}年度
        </Text>
        <Tag type="primary" plain>
          {REVIEW_PHASE_LABELS[round.phase]}
        </Tag>
      </View>
      {deadline ? <Text className="review-text">本阶段计划于{dateText(deadline)}结束</Text> : null}
      <View className="review-figures">
        <Figure value={`${round.selfSubmitted}/${round.underReview}`} label="自我评价" />
        <Figure value={`${round.sheets}/${round.raters}`} label="测评票" />
        <Figure value={`${round.graded}/${round.underReview}`} label="已评定" />
      </View>
      {round.outcome ? (
        <View className="review-counts" data-testid="review-outcome-counts">
          {REVIEW_GRADES.map((grade) => (
            <Text key={grade} className="review-counts__item">
              {REVIEW_GRADE_LABELS[grade]} {round.outcome?.[grade] ?? 0} 人
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
