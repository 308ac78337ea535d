import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { ConfigProvider } from '@nutui/nutui-react-taro';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { PrivacyPopup } from '@/features/privacy/privacy-popup';
import { pageThemes } from '@/theme/theme-variables';

/**
 * Every page's outer frame and the theme's root. The provider sits here rather than around the app:
 * in the mini-program each page is its own view, so variables set above the pages would never reach
 * them. 长辈模式 swaps the theme's variables (type scale, tap targets, contrast), not page classes.
 * In the mini-program it also holds the privacy popup WeChat may ask for on any page that reads a location, a
 * file or the clipboard; the browser never asks, and its first screen does without the popup's code.
 */
export function PageShell({ children }: PropsWithChildren) {
  const [elder] = useElderMode();
  const mode = elder ? 'elder' : 'standard';
  return (
    <ConfigProvider theme={pageThemes[mode]} className="page-theme">
      <View className="page" data-testid="page" data-theme={mode}>
        {children}
        {process.env.TARO_ENV === 'weapp' ? <PrivacyPopup /> : null}
      </View>
    </ConfigProvider>
  );
}
