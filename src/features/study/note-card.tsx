import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { NOTE_STATUS_LABELS, type NoteStatus } from '@contract/labels';
import type { RouteOutput } from '@contract/contract';
import { shortDateText } from '@/lib/format';
import { colors } from '@/theme/tokens';

type Note = RouteOutput<'study.myNotes'>['items'][number];

const STATUS_TAG: Record<NoteStatus, { background: string; color: string }> = {
  pending: { background: colors.goldTint, color: colors.goldText },
  approved: { background: colors.successTint, color: colors.success },
  returned: { background: colors.primaryTint, color: colors.primary },
};

/** One 心得: what it is about, who wrote it and when, the text, and the secretary's review on my own. */
export function NoteCard({ note, mine }: { note: Note; mine: boolean }) {
  return (
    <View className="note-card" data-testid="note-card">
      <View className="note-card__head">
        <Text className="note-card__target">《{note.targetTitle}》</Text>
        {mine ? <Tag {...STATUS_TAG[note.status]}>{NOTE_STATUS_LABELS[note.status]}</Tag> : null}
      </View>
      <Text className="note-card__meta">
        {mine ? '' : `${note.authorName} · ${note.unitName} · `}
        {shortDateText(note.createdAt)}
      </Text>
      <Text className="note-card__text">{note.text}</Text>
      {note.reviewComment ? <Text className="note-card__review">书记意见：{note.reviewComment}</Text> : null}
    </View>
  );
}
