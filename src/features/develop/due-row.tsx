import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { STAGE_LABELS } from '@contract/labels';
import type { DueItem } from '@contract/schemas/development';
import { StepStateTag } from './step-state-tag';
import { stepDateText } from './step-dates';

/** One person in the pipeline: who, their next step and its date; tapping opens their timeline. */
export function DueRow({ item, onOpen }: { item: DueItem; onOpen: () => void }) {
  return (
    <Cell clickable onClick={onOpen}>
      <View className="develop-row" data-testid="develop-due-row">
        <View className="develop-row__line">
          <Text className="develop-row__name">{item.name}</Text>
          <Text className="develop-row__stage">{STAGE_LABELS[item.stage]}</Text>
          <StepStateTag state={item.state} />
        </View>
        <Text className="develop-row__step">下一步：{item.label}</Text>
        <Text className="develop-row__meta">
          {item.unitName} · {stepDateText(item)}
        </Text>
      </View>
    </Cell>
  );
}
