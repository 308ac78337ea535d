import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { GRADE_LABELS } from '@contract/assessment-labels';
import type { GuidanceNote } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

type Note = z.output<typeof GuidanceNote>;

/** 指导建议审核: the weak indicators and suggestions the draft found; the secretary edits the words, then sends. */
export function GuidanceReview({ note, onSent }: { note: Note; onSent: (sent: Note) => void }) {
  const form = useRouteForm('admin.guidanceSend', {
    initial: { message: note.message },
    toInput: (v) => ({ guidanceId: note.guidanceId, ...v }),
    successToast: '已发送给党员',
    onDone: onSent,
  });
  const sent = note.status === 'sent';
  return (
    <View data-testid="guidance-review">
      <View className="card">
        <Text className="assess-meta">
          {note.memberName} · {note.periodLabel} · {GRADE_LABELS[note.grade]}
        </Text>
        {note.weak.map((w) => (
          <View key={w.label} className="assess-line">
            <Text className="assess-line__label">{w.label}</Text>
            <Text className="assess-line__value">
              {w.points} / {w.cap} 分
            </Text>
          </View>
        ))}
        {note.suggestions.map((s) => (
          <View key={`${s.kind}-${s.id}`} className="assess-bar">
            <Text className="assess-line__label">
              {s.kind === 'content' ? '学习：' : '考试：'}
              {s.title}
            </Text>
            <Text className="assess-meta">{s.reason}</Text>
          </View>
        ))}
      </View>
      {sent ? (
        <View className="card assess-text">{note.message}</View>
      ) : (
        <>
          <Field label="指导意见（可修改后发送）" error={form.errors.message}>
            <TextArea
              value={form.values.message}
              maxLength={800}
              autoSize
              onChange={(text) => form.set('message', text)}
            />
          </Field>
          {form.formMessage ? <View className="notice">{form.formMessage}</View> : null}
          <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
            审核无误，发送给党员
          </Button>
        </>
      )}
    </View>
  );
}
