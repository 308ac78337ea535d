import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { CheckChecked, CheckNormal } from '@nutui/icons-react-taro';
import { colors, radius } from '@/theme/tokens';

/** A whole-row tap target that is picked or not (a plan's items, an exam's questions). */
export function PickRow({
  on,
  onToggle,
  className = '',
  children,
}: PropsWithChildren<{ on: boolean; onToggle: () => void; className?: string }>) {
  const Mark = on ? CheckChecked : CheckNormal;
  return (
    <Cell
      className={`pick ${on ? 'pick--on' : ''} ${className}`}
      align="flex-start"
      radius={radius.card}
      onClick={onToggle}
      title={
        <View className="pick__row" role="checkbox" aria-checked={on}>
          <Mark className="pick__mark" size={22} color={on ? colors.primary : colors.text4} />
          <View className="pick__text">{children}</View>
        </View>
      }
    />
  );
}
