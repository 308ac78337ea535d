import { Text, View } from '@tarojs/components';
import { Button, Cell, Tag } from '@nutui/nutui-react-taro';
import type { BindingListOutput } from '@contract/schemas/binding';
import type * as z from 'zod';
import { whenText } from '@/lib/format';

type BindingRequest = z.infer<typeof BindingListOutput>['items'][number];

/** One binding request: who asks, where and when, whether the roster matches, and 同意 / 拒绝. */
export function BindingRequestCell({
  item,
  onApprove,
  onReject,
}: {
  item: BindingRequest;
  onApprove: () => void;
  onReject: () => void;
}) {
  return (
    <Cell
      className="binding-cell"
      title={
        <View className="binding-cell__main">
          <View className="binding-cell__line">
            <Text className="binding-cell__name" data-testid="binding-name">
              {item.name}
            </Text>
            {item.candidate ? <Tag type="success">花名册已匹配</Tag> : <Tag type="warning">花名册无匹配</Tag>}
          </View>
          <Text className="binding-cell__meta">
            {item.unitName} · 手机尾号 {item.phoneLast4} · {whenText(item.createdAt)}
          </Text>
          {item.candidate ? null : <Text className="binding-cell__hint">请先核对或补录花名册，再同意绑定。</Text>}
          <View className="binding-cell__actions">
            <Button size="small" fill="outline" onClick={onReject}>
              拒绝
            </Button>
            <Button size="small" type="primary" disabled={!item.candidate} onClick={onApprove}>
              同意绑定
            </Button>
          </View>
        </View>
      }
    />
  );
}
