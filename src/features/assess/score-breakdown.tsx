import { Text, View } from '@tarojs/components';
import { CircleProgress, Progress } from '@nutui/nutui-react-taro';
import { INDICATOR_SOURCE_UNITS, type Grade } from '@contract/assessment-labels';
import type { IndicatorScore } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { colors } from '@/theme/tokens';
import { GradeTag } from './grade-tag';

type Indicator = z.output<typeof IndicatorScore>;

const signed = (points: number) => (points > 0 ? `+${points}` : `${points}`);

/** The total in a ring, the grade and the share of the attainable score. */
export function ScoreRing({
  total,
  maxTotal,
  percent,
  grade,
  caption,
}: {
  total: number;
  maxTotal: number;
  percent: number;
  grade: Grade;
  caption: string;
}) {
  return (
    <View className="card assess-summary" data-testid="assess-summary">
      <CircleProgress
        className="assess-summary__ring"
        percent={Math.round(percent)}
        radius={52}
        strokeWidth={8}
        color={colors.primary}
      >
        <Text className="assess-summary__total" data-testid="assess-total">
          {total}
        </Text>
      </CircleProgress>
      <View className="assess-summary__text">
        <GradeTag grade={grade} />
        <Text>
          满分 {maxTotal} 分 · 得分率 {Math.round(percent)}%
        </Text>
        <Text className="assess-meta">{caption}</Text>
      </View>
    </View>
  );
}

/** One bar per indicator: points of its cap, and the record count it came from. */
export function ScoreBreakdown({ indicators }: { indicators: Indicator[] }) {
  return (
    <View className="card">
      {indicators.map((indicator) => (
        <View key={indicator.key} className="assess-bar" data-testid="assess-indicator">
          <View className="assess-line">
            <Text className="assess-line__label">{indicator.label}</Text>
            <Text className={`assess-line__value ${indicator.points < 0 ? 'assess-line__value--minus' : ''}`}>
              {indicator.deduction
                ? `${indicator.points < 0 ? `扣 ${-indicator.points}` : '未扣'} / 最多扣 ${indicator.cap} 分`
                : `${signed(indicator.points)} / ${indicator.cap} 分`}
            </Text>
          </View>
          <Progress
            percent={Math.max(0, Math.min(100, Math.round((Math.abs(indicator.points) / indicator.cap) * 100)))}
            color={indicator.deduction ? colors.gold : colors.primary}
            strokeWidth="8"
          />
          <Text className="assess-meta">
            {indicator.deduction
              ? '扣分项：只扣分，不计入满分'
              : indicator.source === 'manual'
                ? `经审核的加扣分合计 ${signed(indicator.raw)} 分`
                : `记录 ${indicator.raw} ${INDICATOR_SOURCE_UNITS[indicator.source]}`}
          </Text>
        </View>
      ))}
    </View>
  );
}
