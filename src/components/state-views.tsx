import { Text, View } from '@tarojs/components';
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import { Tips, Warning } from '@nutui/icons-react-taro';
import { colors } from '@/theme/tokens';

/** The picture of a state: a line icon on a tinted round tile, not the kit's picture from a remote server. */
function StateIcon({ kind }: { kind: 'empty' | 'error' }) {
  const Icon = kind === 'error' ? Warning : Tips;
  return (
    <View className={`state__icon state__icon--${kind}`}>
      <Icon size={32} color={kind === 'error' ? colors.primary : colors.text3} />
    </View>
  );
}

/** A card-shaped placeholder while a page's data loads; `rows` roughly matches what will appear. */
export function LoadingView({ label = '正在加载…', rows = 3 }: { label?: string; rows?: number }) {
  return (
    <View className="card state-loading" aria-busy="true" aria-label={label}>
      <Skeleton rows={1} width="40%" size="large" animated className="state-loading__title" />
      <Skeleton rows={rows} animated />
      <Text className="state-loading__label">{label}</Text>
    </View>
  );
}

export function ErrorView({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="card state" role="alert">
      <StateIcon kind="error" />
      <Text className="state__text">{message}</Text>
      {onRetry ? (
        <Button type="primary" className="state__action" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

/** An empty list or record; `action` is the next step the user can take from here. */
export function EmptyView({
  message,
  hint,
  action,
}: {
  message: string;
  /** A second, quieter line: why it is empty or what happens next. */
  hint?: string;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <View className="card state">
      <StateIcon kind="empty" />
      <Text className="state__text">{message}</Text>
      {hint ? <Text className="state__hint">{hint}</Text> : null}
      {action ? (
        <Button type="primary" fill="outline" className="state__action" onClick={action.onClick}>
          {action.label}
        </Button>
      ) : null}
    </View>
  );
}
