import { Text, View } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import type { RouteOutput } from '@contract/contract';
import { shortDateText } from '@/lib/format';

export type QueuedNote = RouteOutput<'admin.noteQueue'>['items'][number];

/** One study note in the review queue: the piece it is about, who wrote it, the text, and 通过 / 退回. */
export function NoteReviewCell({
  note,
  onApprove,
  onReturn,
}: {
  note: QueuedNote;
  /** Absent once decided: only pending notes have actions. */
  onApprove?: () => void;
  onReturn?: () => void;
}) {
  return (
    <Cell
      className="review-cell"
      title={
        <View className="review-cell__main">
          <Text className="review-cell__title">《{note.targetTitle}》</Text>
          <Text className="review-cell__meta">
            {note.authorName} · {note.unitName} · {shortDateText(note.createdAt)}
          </Text>
          <Text className="review-cell__body">{note.text}</Text>
          {note.reviewComment ? <Text className="review-cell__meta">意见：{note.reviewComment}</Text> : null}
          {onApprove && onReturn ? (
            <View className="review-cell__actions">
              <Button size="small" fill="outline" onClick={onReturn}>
                退回修改
              </Button>
              <Button size="small" type="primary" onClick={onApprove}>
                通过
              </Button>
            </View>
          ) : null}
        </View>
      }
    />
  );
}
