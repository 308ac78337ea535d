import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { ArrowRight } from '@nutui/icons-react-taro';

/** A section's title with the short red bar, and an optional "更多 ›" (or other) action on the right. */
export function SectionHeader({
  title,
  action,
  extra,
}: {
  title: string;
  action?: { label?: string; onClick: () => void };
  /** Shown on the right instead of an action, e.g. a count. */
  extra?: ReactNode;
}) {
  return (
    <View className="section-header">
      <View className="section-header__bar" />
      <Text className="section-header__title">{title}</Text>
      {action ? (
        <View className="section-header__action" role="button" onClick={action.onClick}>
          <Text>{action.label ?? '更多'}</Text>
          <ArrowRight size={12} />
        </View>
      ) : extra ? (
        <View className="section-header__extra">{extra}</View>
      ) : null}
    </View>
  );
}
