import { Text, View } from '@tarojs/components';
import { Button, Rate } from '@nutui/nutui-react-taro';
import { REVIEW_GRADES, REVIEW_GRADE_LABELS } from '@contract/review-labels';
import type { RouteOutput } from '@contract/contract';
import { minutesText } from '@/lib/format';

export type BranchYear = RouteOutput<'admin.branchRatings'>['items'][number];

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View className="review-figures__item">
      <Text className="review-figures__number">{value}</Text>
      <Text className="review-figures__label">{label}</Text>
    </View>
  );
}

/** A branch's year: its figures, 三会一课 months, 民主评议 outcome, and the stars the committee gave it. */
export function BranchYearCard({ row, onRate }: { row: BranchYear; onRate: () => void }) {
  return (
    <View className="card" data-testid="branch-year">
      <View className="review-head">
        <Text className="review-head__title">{row.unitName}</Text>
        <Button size="small" type="primary" fill={row.stars ? 'outline' : 'solid'} onClick={onRate}>
          {row.stars ? '修改评定' : '评星定级'}
        </Button>
      </View>
      <View className="review-figures">
        <Figure value={String(row.members)} label="党员" />
        <Figure
          value={row.studyMinutesPerMember === null ? '—' : minutesText(row.studyMinutesPerMember)}
          label="人均学习"
        />
        <Figure value={row.attendanceRate === null ? '—' : `${Math.round(row.attendanceRate)}%`} label="活动出勤" />
        <Figure value={`${row.meetingMonthsComplete}/${row.meetingMonthsOwed}`} label="三会一课" />
      </View>
      {row.reviewOutcome ? (
        <View className="review-counts">
          <Text className="review-counts__item">民主评议：</Text>
          {REVIEW_GRADES.map((grade) => (
            <Text key={grade} className="review-counts__item">
              {REVIEW_GRADE_LABELS[grade]} {row.reviewOutcome?.[grade] ?? 0}
            </Text>
          ))}
        </View>
      ) : (
        <Text className="review-text">民主评议结果尚未公示</Text>
      )}
      {row.stars ? (
        <View className="review-grade-row__form">
          <Rate className="review-rate" value={row.stars} count={5} readOnly />
          <Text className="review-text">{row.note}</Text>
        </View>
      ) : null}
    </View>
  );
}
