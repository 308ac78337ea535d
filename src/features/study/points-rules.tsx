import { Text } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { POINT_RULE_LABELS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { useCall } from '@/lib/use-call';

/** How points are earned, one rule a row: what to do on the left, 每次 +N · 每日最多 M on the right. */
export function PointsRules() {
  const { state, reload } = useCall('points.rules', {});
  return (
    <CallView state={state} onRetry={reload}>
      {({ rules }) => (
        <CellGroup className="points-rules" data-testid="points-rules">
          {rules.map((rule) => (
            <Cell
              key={rule.rule}
              className="points-rule"
              align="center"
              title={<Text className="points-rule__label">{POINT_RULE_LABELS[rule.rule]}</Text>}
              extra={
                <Text className="points-rule__value">
                  每次 +{rule.points}
                  {rule.dailyCap > 0 ? ` · 每日最多 ${rule.dailyCap}` : ''}
                </Text>
              }
            />
          ))}
        </CellGroup>
      )}
    </CallView>
  );
}
