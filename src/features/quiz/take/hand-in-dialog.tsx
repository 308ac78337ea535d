import { Dialog } from '@nutui/nutui-react-taro';

/** Asks before hand-in, saying how many questions are still blank. */
export function HandInDialog({
  visible,
  unanswered,
  onConfirm,
  onCancel,
}: {
  visible: boolean;
  unanswered: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      visible={visible}
      title="确定交卷吗？"
      content={
        unanswered
          ? `还有 ${unanswered} 道题未作答，未作答的题不得分。交卷后不能再修改。`
          : '所有题目都已作答。交卷后不能再修改。'
      }
      confirmText="交卷"
      cancelText={unanswered ? '继续作答' : '再检查一下'}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
