import { Button, Text, View } from '@tarojs/components';

export function LoadingView({ label = '正在加载…' }: { label?: string }) {
  return (
    <View className="card" aria-busy="true">
      <Text className="muted">{label}</Text>
      <View className="skeleton-line" />
      <View className="skeleton-line" />
      <View className="skeleton-line" />
    </View>
  );
}

export function ErrorView({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="card state" role="alert">
      <Text className="state__text">{message}</Text>
      {onRetry ? (
        <Button className="button" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

export function EmptyView({ message }: { message: string }) {
  return (
    <View className="card state">
      <Text className="state__text muted">{message}</Text>
    </View>
  );
}
