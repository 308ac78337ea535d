import { Text, View } from '@tarojs/components';
import { Cell, Switch } from '@nutui/nutui-react-taro';

/** A yes/no setting: its label and what it means on the left, the red switch at the right edge. */
export function SwitchRow({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Cell
      className="switch-row"
      align="center"
      title={
        <View className="form-switch__text">
          <Text className="form-switch__label">{label}</Text>
          <Text className="form-switch__hint">{hint}</Text>
        </View>
      }
      extra={<Switch checked={checked} aria-label={label} onChange={onChange} />}
    />
  );
}
