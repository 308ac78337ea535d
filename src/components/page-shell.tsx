import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '../features/elder-mode/use-elder-mode';

/** Every page's outer frame: applies 长辈模式 so the whole page scales with one class. */
export function PageShell({ children }: PropsWithChildren) {
  const [elder] = useElderMode();
  return <View className={elder ? 'page page--elder' : 'page'}>{children}</View>;
}
