import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '../features/elder-mode/use-elder-mode';
import { PrivacyPopup } from '../features/privacy/privacy-popup';

/**
 * Every page's outer frame: applies 长辈模式 so the whole page scales with one class, and holds the
 * privacy popup WeChat may ask for on any page that reads a location, a file or the clipboard.
 */
export function PageShell({ children }: PropsWithChildren) {
  const [elder] = useElderMode();
  return (
    <View className={elder ? 'page page--elder' : 'page'}>
      {children}
      <PrivacyPopup />
    </View>
  );
}
