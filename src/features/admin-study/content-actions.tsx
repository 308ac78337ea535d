import { ActionSheet } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { call } from '@/lib/api-client';
import type { ContentRow } from './content-row';

type Action = 'edit' | 'publish' | 'takeDown';

function actionsFor(item: ContentRow): Array<{ name: string; action: Action; danger?: boolean }> {
  const live = item.status === 'published';
  return [
    { name: '编辑', action: 'edit' },
    ...(live && item.hasUnpublishedChanges ? [{ name: '发布修改', action: 'publish' as const }] : []),
    ...(!live ? [{ name: item.status === 'taken_down' ? '重新发布' : '发布', action: 'publish' as const }] : []),
    ...(live ? [{ name: '下架', action: 'takeDown' as const, danger: true }] : []),
  ];
}

/** The sheet of what can be done with one item; taking down asks first, since members lose it. */
export function ContentActions({
  item,
  onClose,
  onEdit,
  onChanged,
}: {
  item: ContentRow | null;
  onClose: () => void;
  onEdit: (item: ContentRow) => void;
  onChanged: (message: string) => void;
}) {
  const run = async (action: Action) => {
    if (!item) return;
    onClose();
    if (action === 'edit') return onEdit(item);
    if (action === 'takeDown') {
      const { confirm } = await Taro.showModal({
        title: '下架内容',
        content: `下架后党员将看不到「${item.title}」，已有的学习记录和积分保留。确定下架吗？`,
        confirmColor: '#C8161D',
      });
      if (!confirm) return;
      const result = await call('admin.contentTakeDown', { contentId: item.contentId });
      return onChanged(result.ok ? `已下架「${item.title}」` : result.error.message);
    }
    const result = await call('admin.contentPublish', { contentId: item.contentId });
    onChanged(result.ok ? `已发布「${item.title}」` : result.error.message);
  };
  const options = item ? actionsFor(item) : [];
  return (
    <ActionSheet
      visible={item !== null}
      title={item?.title}
      options={options.map((option) => ({ name: option.name, danger: option.danger ?? false }))}
      cancelText="取消"
      onCancel={onClose}
      onSelect={(_option, index) => {
        const chosen = options[index];
        if (chosen) void run(chosen.action);
      }}
    />
  );
}
