import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { SUGGESTION_CATEGORY_LABELS, SUGGESTION_STATUS_LABELS, type SuggestionStatus } from '@contract/engage-labels';
import { dateTimeText } from '@/lib/format';
import type { ReactNode } from 'react';

const TAG_TYPE: Record<SuggestionStatus, 'warning' | 'primary' | 'success'> = {
  received: 'warning',
  in_progress: 'primary',
  answered: 'success',
};

interface SuggestionLike {
  category: keyof typeof SUGGESTION_CATEGORY_LABELS;
  status: SuggestionStatus;
  text: string;
  anonymous: boolean;
  reply: string | null;
  repliedAt: number | null;
  createdAt: number;
}

/** One suggestion: its category and status, the text, who (for admins), and the reply once there is one. */
export function SuggestionCard({ item, who, actions }: { item: SuggestionLike; who?: string; actions?: ReactNode }) {
  return (
    <Cell>
      <View className="engage-card" data-testid="suggestion-card">
        <View className="engage-card__line">
          <Tag type={TAG_TYPE[item.status]}>{SUGGESTION_STATUS_LABELS[item.status]}</Tag>
          <Text className="engage-card__title">{SUGGESTION_CATEGORY_LABELS[item.category]}</Text>
        </View>
        <Text className="engage-card__text">{item.text}</Text>
        <Text className="engage-card__meta">
          {who ?? (item.anonymous ? '匿名提交' : '署名提交')} · {dateTimeText(item.createdAt)}
        </Text>
        {item.reply ? (
          <View className="engage-card__reply">
            <Text>答复：{item.reply}</Text>
          </View>
        ) : null}
        {actions ? <View className="engage-card__actions">{actions}</View> : null}
      </View>
    </Cell>
  );
}
