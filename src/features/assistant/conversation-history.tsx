import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import { Del } from '@nutui/icons-react-taro';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { whenText } from '@/lib/format';
import { useCall } from '@/lib/use-call';
import { colors } from '@/theme/tokens';

/** My past conversations, newest first: open one to read or continue it, or delete it for good. */
export function ConversationHistory({
  onOpen,
  onDeleted,
}: {
  onOpen: (id: string) => void;
  onDeleted: (id: string) => void;
}) {
  const list = useCall('assistant.conversations', { limit: 50 });
  if (list.state.status === 'loading') return <LoadingView />;
  if (list.state.status === 'error') return <ErrorView message={list.state.error.message} onRetry={list.reload} />;
  const { items } = list.state.data;
  if (items.length === 0) return <EmptyView message="还没有提过问题。" hint="您的提问记录只有您自己能看到。" />;

  const remove = async (id: string, title: string) => {
    const { confirm } = await Taro.showModal({
      title: '删除这段对话？',
      content: `「${title}」的问答将被删除，不能恢复。`,
      confirmText: '删除',
      confirmColor: colors.primary,
    });
    if (!confirm) return;
    const result = await call('assistant.deleteConversation', { conversationId: id });
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none' });
      return;
    }
    onDeleted(id);
    list.reload();
  };

  return (
    <>
      <CellGroup className="ask-history" data-testid="ask-history">
        {items.map((item) => (
          <Cell
            key={item.conversationId}
            className="ask-history__row"
            title={<Text className="ask-history__title">{item.title}</Text>}
            description={`${whenText(item.updatedAt)} · ${item.turnCount} 问`}
            onClick={() => onOpen(item.conversationId)}
            extra={
              <Button
                size="small"
                fill="none"
                aria-label={`删除「${item.title}」`}
                icon={<Del size={18} color={colors.text3} />}
                onClick={(event) => {
                  event.stopPropagation();
                  void remove(item.conversationId, item.title);
                }}
              />
            }
          />
        ))}
      </CellGroup>
      <View className="ask-history__note">
        <Text>提问记录只有您自己能看到；支部只统计提问次数，不看内容。</Text>
      </View>
    </>
  );
}
