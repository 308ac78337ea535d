import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button, Cell, CellGroup, InputNumber } from '@nutui/nutui-react-taro';
import type { DevelopmentRulesOutput } from '@contract/schemas/development';
import { SectionHeader } from '@/components/section-header';
import { dateTimeText } from '@/lib/format';
import { useRouteForm } from '@/lib/use-route-form';

type Step = DevelopmentRulesOutput['steps'][number];
type Interval = Step['intervals'][number];
type Span = NonNullable<Interval['notBefore']>;
type Side = 'notBefore' | 'within';

const SIDE_LABELS: Record<Side, string> = { notBefore: '满多久后可办理', within: '多久内须完成' };
const unitText = (span: Span) => (span.unit === 'month' ? '个月' : '天');
const keyOf = (step: Step, interval: Interval, side: Side) => `${step.stepKey}|${interval.from}|${side}`;
const spanOf = (interval: Interval, side: Side) =>
  interval[side] ?? interval[side === 'notBefore' ? 'defaultNotBefore' : 'defaultWithin'];

function countsOf(steps: Step[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const step of steps)
    for (const interval of step.intervals)
      for (const side of ['notBefore', 'within'] as const) {
        const span = interval[side];
        if (span) counts[keyOf(step, interval, side)] = span.count;
      }
  return counts;
}

/**
 * 发展党员时限设置: every interval of the path with its source; a super admin changes the numbers (the unit
 * stays that of the rule) and saves after a confirmation; everyone else reads them.
 */
export function IntervalEditor({
  rules,
  editable,
  onSaved,
}: {
  rules: DevelopmentRulesOutput;
  editable: boolean;
  onSaved: () => void;
}) {
  const steps = rules.steps.filter((step) => step.intervals.length > 0);
  const form = useRouteForm('admin.developmentRulesUpdate', {
    initial: { counts: countsOf(steps) },
    toInput: ({ counts }) => ({
      intervals: steps.flatMap((step) =>
        step.intervals
          .filter((interval) =>
            (['notBefore', 'within'] as const).some((side) => {
              const span = interval[side];
              return span && counts[keyOf(step, interval, side)] !== span.count;
            }),
          )
          .map((interval) => {
            const side = (s: Side) => {
              const span = interval[s];
              return span ? { count: counts[keyOf(step, interval, s)] ?? span.count, unit: span.unit } : null;
            };
            return { stepKey: step.stepKey, from: interval.from, notBefore: side('notBefore'), within: side('within') };
          }),
      ),
    }),
    successToast: '时限已保存',
    onDone: onSaved,
  });
  const save = async () => {
    const { confirm } = await Taro.showModal({
      title: '保存发展党员时限？',
      content: '修改对本系统所有组织生效，并记入操作日志。',
      confirmText: '保存',
      cancelText: '再看看',
    });
    if (confirm) await form.submit();
  };
  return (
    <View data-testid="develop-intervals">
      {rules.updatedAt !== null ? (
        <Text className="develop-step__meta develop-intervals__updated">
          {rules.updatedByName} 于 {dateTimeText(rules.updatedAt)} 修改过
        </Text>
      ) : null}
      {steps.map((step) => (
        <View key={step.stepKey}>
          <SectionHeader title={step.label} />
          <CellGroup>
            {step.intervals.map((interval) =>
              (['notBefore', 'within'] as const).map((side) => {
                const span = interval[side];
                if (!span) return null;
                const key = keyOf(step, interval, side);
                const fallback = spanOf(interval, side);
                return (
                  <Cell
                    key={key}
                    title={
                      <View className="develop-interval">
                        <View className="develop-material__text">
                          <Text className="develop-interval__label develop-interval__label--wraps">
                            {interval.fromLabel}后{SIDE_LABELS[side]}
                          </Text>
                          <Text className="develop-material__file">
                            依据：{interval.source}
                            {fallback && fallback.count !== span.count
                              ? `（默认 ${fallback.count}${unitText(fallback)}）`
                              : ''}
                          </Text>
                        </View>
                        {editable ? (
                          <InputNumber
                            value={form.values.counts[key] ?? span.count}
                            min={1}
                            max={60}
                            onChange={(count) => form.set('counts', { ...form.values.counts, [key]: Number(count) })}
                          />
                        ) : null}
                        <Text className="develop-interval__label">
                          {editable ? unitText(span) : `${span.count}${unitText(span)}`}
                        </Text>
                      </View>
                    }
                  />
                );
              }),
            )}
          </CellGroup>
        </View>
      ))}
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      {editable ? (
        <Button block type="primary" disabled={!form.dirty} loading={form.busy} onClick={() => void save()}>
          保存修改
        </Button>
      ) : null}
    </View>
  );
}
