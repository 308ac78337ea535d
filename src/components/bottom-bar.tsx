import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';

/**
 * A bar fixed to the bottom of the screen for a page's main actions (put kit Buttons in it; they share
 * the width, a primary one last), clear of the home indicator. A spacer keeps the page's end visible.
 */
export function BottomBar({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  return (
    <>
      <View className="bottom-bar__spacer" />
      <View className="bottom-bar" data-testid={testId}>
        {children}
      </View>
    </>
  );
}
