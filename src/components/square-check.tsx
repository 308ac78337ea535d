import { View } from '@tarojs/components';
import { Check } from '@nutui/icons-react-taro';
import './square-check.scss';

/** A multi-select mark: square, so a 多选 never reads as a single choice (the kit's marks are round). */
function SquareCheck({ checked }: { checked: boolean }) {
  return (
    <View className={checked ? 'square-check square-check--on' : 'square-check'}>
      {checked ? <Check color="#FFFFFF" /> : null}
    </View>
  );
}

/** Spread on a kit Checkbox: `<Checkbox {...squareMarks} … />`. */
export const squareMarks = { icon: <SquareCheck checked={false} />, activeIcon: <SquareCheck checked /> };
