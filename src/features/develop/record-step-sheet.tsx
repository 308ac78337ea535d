import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button, InputNumber, Popup, TextArea } from '@nutui/nutui-react-taro';
import type { DevelopmentTimeline, NextStep } from '@contract/schemas/development';
import { DateTimeField } from '@/components/date-time-field';
import { Field } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';
import { type Materials, MaterialUpload } from './material-upload';

type Decision = DevelopmentTimeline['decisions'][number];
/** What the sheet records: the next step on the path, or one of the branch's decisions. */
export type Recording = { kind: 'next'; step: NextStep } | { kind: 'decision'; step: Decision };

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

/** Ending the path cannot be undone here: asked once more before it is sent. */
async function confirmed(step: Decision | NextStep): Promise<boolean> {
  if (!('ends' in step) || !step.ends) return true;
  const { confirm } = await Taro.showModal({
    title: `确认${step.label}？`,
    content: '记录后发展流程结束，不能再记录其他步骤。',
    confirmText: '确认取消',
    cancelText: '再想想',
  });
  return confirm;
}

/** 记录: the day it was taken, each document's file, the people named, a note (a decision's reason). */
function RecordForm({
  timeline,
  recording,
  onDone,
}: {
  timeline: DevelopmentTimeline;
  recording: Recording;
  onDone: () => void;
}) {
  const next = recording.step;
  const decision = recording.kind === 'decision' ? recording.step : null;
  const contacts = recording.kind === 'next' ? recording.step.contacts : null;
  const form = useRouteForm('admin.developmentRecord', {
    initial: {
      date: startOfToday(),
      materials: {} as Materials,
      contactIds: [] as string[],
      note: '',
      extensionMonths: decision?.extension?.minMonths ?? 0,
    },
    toInput: (v) => ({
      memberId: timeline.memberId,
      stepKey: next.stepKey,
      date: v.date,
      documents: Object.entries(v.materials).map(([name, file]) => ({ name, fileId: file.fileId })),
      contactIds: v.contactIds,
      note: v.note,
      ...(decision?.extension ? { extensionMonths: v.extensionMonths } : {}),
    }),
    successToast: '已记录',
    onDone,
  });
  const { values, set, errors } = form;
  const submit = async () => {
    if (await confirmed(next)) await form.submit();
  };
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
      {decision?.extension ? (
        <Field label="延长预备期（月）" error={errors.extensionMonths}>
          <InputNumber
            value={values.extensionMonths}
            min={decision.extension.minMonths}
            max={decision.extension.maxMonths}
            onChange={(months) => set('extensionMonths', Number(months))}
          />
        </Field>
      ) : null}
      {next.documents.length > 0 ? (
        <MaterialUpload
          memberId={timeline.memberId}
          documents={next.documents}
          value={values.materials}
          onChange={(materials) => set('materials', materials)}
          error={errors.documents}
        />
      ) : null}
      {contacts ? (
        <ContactPicker
          unitId={timeline.unitId}
          exclude={timeline.memberId}
          picked={values.contactIds}
          onChange={(ids) => set('contactIds', ids)}
          error={errors.contactIds}
          need={contacts}
        />
      ) : null}
      <Field label={decision ? '原因（必填）' : '备注（可不填）'} error={errors.note}>
        <TextArea
          value={values.note}
          maxLength={200}
          placeholder={decision ? '如：支部大会认为需要继续考察的方面' : '如：会议地点、谈话要点'}
          onChange={(t) => set('note', t)}
        />
      </Field>
      {form.formError ? (
        <View className="notice" data-testid="develop-refusal">
          {form.formError.message}
        </View>
      ) : null}
      <Button block type="primary" loading={form.busy} onClick={() => void submit()}>
        确认记录
      </Button>
    </View>
  );
}

/** The bottom sheet around the form; a fresh form each time it opens. */
export function RecordStepSheet({
  timeline,
  recording,
  onClose,
  onDone,
}: {
  timeline: DevelopmentTimeline;
  recording: Recording | null;
  onClose: () => void;
  onDone: () => void;
}) {
  return (
    <Popup
      visible={recording !== null}
      position="bottom"
      round
      closeable
      title={recording?.kind === 'decision' ? recording.step.label : '记录下一步'}
      onClose={onClose}
    >
      {recording ? <RecordForm timeline={timeline} recording={recording} onDone={onDone} /> : null}
    </Popup>
  );
}
