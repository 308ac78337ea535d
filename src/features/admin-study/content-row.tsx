import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { CONTENT_KIND_LABELS } from '@contract/labels';
import type { RouteOutput } from '@contract/contract';
import { shortDateText } from '@/lib/format';
import { contentStateTag } from './content-status';

export type ContentRow = RouteOutput<'admin.contentList'>['items'][number];

/** One line per item: title and tags, then audience, completions and the publication date. */
export function ContentRowCell({ item, onClick }: { item: ContentRow; onClick: () => void }) {
  const state = contentStateTag(item.status, item.publishAt);
  const when = item.publishAt ? `${state.label === '定时发布' ? '将于' : ''}${shortDateText(item.publishAt)}发布` : '';
  return (
    <Cell
      className="console-cell"
      data-testid="content-row"
      onClick={onClick}
      title={
        <View className="console-cell__text">
          <View className="console-cell__row">
            <Text className="console-cell__title">{item.title}</Text>
            <View className="console-cell__tags">
              <Tag type="primary" plain>
                {CONTENT_KIND_LABELS[item.kind]}
              </Tag>
              <Tag type={state.type}>{state.label}</Tag>
            </View>
          </View>
          <Text className="console-cell__meta">
            {[
              `面向${item.audienceName}`,
              `${item.completedCount} 人学完`,
              when,
              item.hasUnpublishedChanges ? '有未发布的修改' : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </View>
      }
    />
  );
}
