import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';

/** A whole-row tap target that is picked or not (a plan's items, an exam's questions). */
export function PickRow({
  on,
  onToggle,
  className = '',
  children,
}: PropsWithChildren<{ on: boolean; onToggle: () => void; className?: string }>) {
  return (
    <View className={`pick ${on ? 'pick--on' : ''} ${className}`} onClick={onToggle}>
      <Text className="pick__mark">{on ? '✓' : '○'}</Text>
      <View className="pick__text">{children}</View>
    </View>
  );
}
