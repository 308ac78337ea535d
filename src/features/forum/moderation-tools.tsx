import { useState } from 'react';
import Taro from '@tarojs/taro';
import { ActionSheet } from '@nutui/nutui-react-taro';
import { call } from '@/lib/api-client';
import { ReasonDialog } from './reason-dialog';

type Topic = { topicId: string; pinned: boolean; closed: boolean; hidden: boolean };
/** What is being hidden: the topic itself (no postId) or one reply. */
export type HideTarget = { postId?: string } | null;
type Choice = 'pin' | 'close' | 'hide';

/**
 * The secretary's tools on a topic: a sheet to 置顶, 关闭 or 隐藏 it, and the reason dialog for hiding it or
 * one of its replies. Every change is audited on the server.
 */
export function ModerationTools({
  topic,
  sheetOpen,
  onSheetClose,
  hiding,
  onHide,
  onChanged,
}: {
  topic: Topic;
  sheetOpen: boolean;
  onSheetClose: () => void;
  hiding: HideTarget;
  onHide: (target: HideTarget) => void;
  onChanged: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const options: Array<{ name: string; choice: Choice; danger?: boolean }> = [
    { name: topic.pinned ? '取消置顶' : '置顶', choice: 'pin' },
    { name: topic.closed ? '重新开放回复' : '关闭话题（不再接受回复）', choice: 'close' },
    ...(topic.hidden ? [] : [{ name: '隐藏话题', choice: 'hide' as const, danger: true }]),
  ];
  const done = (message: string) => {
    void Taro.showToast({ title: message, icon: 'success' });
    onChanged();
  };
  const choose = async (choice: Choice) => {
    onSheetClose();
    if (choice === 'hide') return onHide({});
    const result =
      choice === 'pin'
        ? await call('admin.forumPin', { topicId: topic.topicId, pinned: !topic.pinned })
        : await call('admin.forumClose', { topicId: topic.topicId, closed: !topic.closed });
    if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
    done(choice === 'pin' ? (topic.pinned ? '已取消置顶' : '已置顶') : topic.closed ? '已重新开放' : '已关闭');
  };
  const hide = async (reason: string) => {
    const result = await call('admin.forumHide', { topicId: topic.topicId, postId: hiding?.postId, reason });
    if (!result.ok) return setError(result.error.fields?.reason ?? result.error.message);
    setError(null);
    onHide(null);
    done('已隐藏');
  };
  return (
    <>
      <ActionSheet
        visible={sheetOpen}
        title="管理话题"
        cancelText="取消"
        options={options.map((o) => ({ name: o.name, danger: o.danger === true }))}
        onSelect={(_item, index) => void choose(options[index]!.choice)}
        onCancel={onSheetClose}
      />
      <ReasonDialog
        visible={hiding !== null}
        title={hiding?.postId ? '隐藏这条回复' : '隐藏这个话题'}
        error={error}
        onConfirm={(reason) => void hide(reason)}
        onCancel={() => {
          setError(null);
          onHide(null);
        }}
      />
    </>
  );
}
