import { Text, View } from '@tarojs/components';
import { Button, Popup, TextArea } from '@nutui/nutui-react-taro';
import type { DevelopmentTimeline, NextStep } from '@contract/schemas/development';
import { DateTimeField } from '@/components/date-time-field';
import { Field } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';

const startOfToday = () => new Date(new Date().setHours(0, 0, 0, 0)).getTime();

/** The 正式党员 of the person's unit, to name as 谈话人, 培养联系人 or 入党介绍人. */
function ContactPicker({
  unitId,
  exclude,
  picked,
  onChange,
  error,
  need,
}: {
  unitId: string;
  exclude: string;
  picked: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  need: NonNullable<NextStep['contacts']>;
}) {
  const members = useCall('admin.memberList', { unitId, stage: 'full', status: 'normal', limit: 100 }, unitId);
  const toggle = (id: string) => onChange(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  const count = need.min === need.max ? `${need.min} 名` : `${need.min}–${need.max} 名`;
  return (
    <Field label={`${need.label}（选 ${count}）`} error={error}>
      {members.state.status === 'loading' ? <Text className="develop-step__meta">正在加载党员…</Text> : null}
      {members.state.status === 'error' ? <Text className="notice">{members.state.error.message}</Text> : null}
      {members.state.status === 'ready'
        ? members.state.data.items
            .filter((m) => m.memberId !== exclude)
            .map((m) => (
              <PickRow key={m.memberId} on={picked.includes(m.memberId)} onToggle={() => toggle(m.memberId)}>
                <Text>{m.name}</Text>
              </PickRow>
            ))
        : null}
    </Field>
  );
}

/** 记录下一步: the day it was taken, the documents on file, the people named, a note. */
function RecordForm({ timeline, next, onDone }: { timeline: DevelopmentTimeline; next: NextStep; onDone: () => void }) {
  const form = useRouteForm('admin.developmentRecord', {
    initial: { date: startOfToday(), documents: [] as string[], contactIds: [] as string[], note: '' },
    toInput: (v) => ({
      memberId: timeline.memberId,
      stepKey: next.stepKey,
      date: v.date,
      documents: v.documents.map((name) => ({ name })),
      contactIds: v.contactIds,
      note: v.note,
    }),
    successToast: '已记录',
    onDone,
  });
  const { values, set, errors } = form;
  const toggleDocument = (name: string) =>
    set(
      'documents',
      values.documents.includes(name) ? values.documents.filter((d) => d !== name) : [...values.documents, name],
    );
  return (
    <View className="sheet develop-sheet" data-testid="develop-record-form">
      <Text className="develop-sheet__title">记录：{next.label}</Text>
      <DateTimeField
        label={next.label.includes('公示') ? '公示开始日期' : '办理日期'}
        precision="date"
        value={values.date}
        max={startOfToday()}
        onChange={(at) => set('date', at)}
        error={errors.date}
        testId="develop-date"
      />
      {next.documents.length > 0 ? (
        <Field label="材料已备齐（逐项勾选）" error={errors.documents}>
          {next.documents.map((name) => (
            <PickRow key={name} on={values.documents.includes(name)} onToggle={() => toggleDocument(name)}>
              <Text>{name}</Text>
            </PickRow>
          ))}
        </Field>
      ) : null}
      {next.contacts ? (
        <ContactPicker
          unitId={timeline.unitId}
          exclude={timeline.memberId}
          picked={values.contactIds}
          onChange={(ids) => set('contactIds', ids)}
          error={errors.contactIds}
          need={next.contacts}
        />
      ) : null}
      <Field label="备注（可不填）" error={errors.note}>
        <TextArea
          value={values.note}
          maxLength={200}
          placeholder="如：会议地点、谈话要点"
          onChange={(t) => set('note', t)}
        />
      </Field>
      {form.formError ? (
        <View className="notice" data-testid="develop-refusal">
          {form.formError.message}
        </View>
      ) : null}
      <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
        确认记录
      </Button>
    </View>
  );
}

/** The bottom sheet around the form; a fresh form each time it opens. */
export function RecordStepSheet({
  timeline,
  open,
  onClose,
  onDone,
}: {
  timeline: DevelopmentTimeline;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const next = timeline.next;
  return (
    <Popup visible={open && next !== null} position="bottom" round closeable title="记录下一步" onClose={onClose}>
      {open && next ? <RecordForm timeline={timeline} next={next} onDone={onDone} /> : null}
    </Popup>
  );
}
