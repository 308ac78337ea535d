import { Text, View } from '@tarojs/components';
import { REVIEW_GRADES, REVIEW_GRADE_LABELS } from '@contract/review-labels';
import type { RouteOutput } from '@contract/contract';

/** The report upward: counts per grade over the branches that have published, and how many have. */
export function ReviewSummaryCard({ summary }: { summary: RouteOutput<'admin.reviewSummary'> }) {
  const published = summary.branches.filter((b) => b.outcome).length;
  return (
    <View className="card" data-testid="review-summary">
      <View className="review-head">
        <Text className="review-head__title">{summary.year}年度民主评议汇总</Text>
      </View>
      <Text className="review-text">
        {summary.branches.length
          ? `${summary.branches.length} 个支部开展评议，已公示 ${published} 个`
          : '本年度还没有支部开展民主评议'}
      </Text>
      <View className="review-figures">
        {REVIEW_GRADES.map((grade) => (
          <View key={grade} className="review-figures__item">
            <Text className="review-figures__number">{summary.total[grade]}</Text>
            <Text className="review-figures__label">{REVIEW_GRADE_LABELS[grade]}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
