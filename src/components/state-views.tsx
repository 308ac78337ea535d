import { Text, View } from '@tarojs/components';
import { Button, Empty, Skeleton } from '@nutui/nutui-react-taro';
import { TipsF, WarningF } from '@nutui/icons-react-taro';
import { colors } from '@/theme/tokens';

/** The illustration of a state: a kit icon rather than the kit's default picture from a remote server. */
function StateIcon({ kind }: { kind: 'empty' | 'error' }) {
  const Icon = kind === 'error' ? WarningF : TipsF;
  return <Icon size={56} color={kind === 'error' ? colors.primary : colors.text4} />;
}

export function LoadingView({ label = '正在加载…' }: { label?: string }) {
  return (
    <View className="card state-loading" aria-busy="true">
      <Text className="muted">{label}</Text>
      <Skeleton rows={3} animated />
    </View>
  );
}

export function ErrorView({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="card state" role="alert">
      <Empty image={<StateIcon kind="error" />} description={message} imageSize={56} />
      {onRetry ? (
        <Button type="primary" className="state__action" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

/** An empty list or record; `action` is the next step the user can take from here. */
export function EmptyView({ message, action }: { message: string; action?: { label: string; onClick: () => void } }) {
  return (
    <View className="card state">
      <Empty image={<StateIcon kind="empty" />} description={message} imageSize={56} />
      {action ? (
        <Button type="primary" fill="outline" className="state__action" onClick={action.onClick}>
          {action.label}
        </Button>
      ) : null}
    </View>
  );
}
