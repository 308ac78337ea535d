import { Text, View } from '@tarojs/components';
import type { GuidanceNote } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { dateText } from '@/lib/format';
import { openPage } from '@/lib/pages';

type Note = Omit<z.output<typeof GuidanceNote>, 'memberName'>;

/** A guidance note as its member reads it: the branch's words, then each suggestion with its reason. */
export function GuidanceCard({ note }: { note: Note }) {
  return (
    <View className="card" data-testid="guidance-card">
      <Text className="assess-meta">
        {note.periodLabel}
        {note.sentAt ? ` · ${dateText(note.sentAt)}发送` : ''}
      </Text>
      <View className="assess-text">{note.message}</View>
      {note.suggestions.map((s) => (
        <View
          key={`${s.kind}-${s.id}`}
          className="assess-bar"
          role="link"
          onClick={() =>
            s.kind === 'content'
              ? openPage('studyDetail', { contentId: s.id })
              : openPage('quizTake', { start: 'exam', quizId: s.id })
          }
        >
          <Text className="assess-line__label">
            {s.kind === 'content' ? '学习：' : '考试：'}
            {s.title}
          </Text>
          <Text className="assess-meta">{s.reason}</Text>
        </View>
      ))}
    </View>
  );
}
