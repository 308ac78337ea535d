import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Switch } from '@nutui/nutui-react-taro';
import {
  PARTIAL_CREDIT_LABELS,
  PARTIAL_CREDITS,
  QUIZ_KIND_LABELS,
  QUIZ_KINDS,
  REVIEW_POLICIES,
  REVIEW_POLICY_LABELS,
  type PartialCredit,
  type QuizKind,
  type ReviewPolicy,
} from '@contract/labels';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, Field, TextField } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { StepperField } from '@/features/admin-study/stepper-field';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';
import { DrawEditor } from './draw-editor';
import { QuestionPicker } from './question-picker';
import { initialQuiz, quizInput } from './quiz-values';

const POLICY_NOTES: Partial<Record<ReviewPolicy, string>> = {
  never:
    '党员看不到答案、解析和每题对错，错题也不进入错题本；选定的题目从此不再出现在每日答题、挑战答题和公布答案更早的考试中。',
  after_close:
    '结束前党员看不到答案、解析和每题对错，错题在结束后才进入错题本；选定的题目在结束前不出现在每日答题、挑战答题和公布答案更早的考试中。',
};

function SwitchRow({ label, on, onChange }: { label: string; on: boolean; onChange: (on: boolean) => void }) {
  return <Cell title={label} extra={<Switch checked={on} onChange={onChange} />} />;
}

/** Compose an exam or competition: windows picked on wheels, numbers on steppers, questions picked or drawn. */
export function QuizForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const overview = useCall('admin.unitOverview', { unitId }, unitId);
  const form = useRouteForm('admin.quizSave', {
    initial: initialQuiz(),
    toInput: (v) => quizInput(unitId, v),
    successToast: '已发布',
    onDone,
  });
  const { values, set, errors } = form;
  const units = overview.state.status === 'ready' ? overview.state.data.childUnits : [];
  const toggleUnit = (id: string) =>
    set('audience', values.audience.includes(id) ? values.audience.filter((a) => a !== id) : [...values.audience, id]);
  return (
    <View data-testid="quiz-form">
      <View className="console-group">
        <CellGroup>
          <ChoiceField<QuizKind>
            label="类型"
            value={values.kind}
            options={QUIZ_KINDS.map((k) => ({ value: k, label: QUIZ_KIND_LABELS[k] }))}
            onChange={(kind) => set('kind', kind)}
          />
          <TextField
            label="标题"
            value={values.title}
            onChange={(t) => set('title', t)}
            error={errors.title}
            name="quiz-title"
          />
          <DateTimeField
            label="开始时间"
            value={values.opensAt}
            onChange={(at) => set('opensAt', at)}
            error={errors.opensAt}
          />
          <DateTimeField
            label="结束时间"
            value={values.closesAt}
            min={values.opensAt}
            onChange={(at) => set('closesAt', at)}
            error={errors.closesAt}
          />
        </CellGroup>
      </View>
      <View className="console-group">
        <CellGroup>
          <SwitchRow label="限时作答" on={values.limited} onChange={(on) => set('limited', on)} />
          {values.limited ? (
            <StepperField
              label="限时"
              value={values.minutes}
              min={1}
              max={300}
              step={5}
              unit="分钟"
              onChange={(m) => set('minutes', m)}
              error={errors.timeLimitMinutes}
            />
          ) : null}
          <StepperField
            label="每人可答次数"
            value={values.attempts}
            min={1}
            max={10}
            unit="次"
            onChange={(n) => set('attempts', n)}
            error={errors.attemptLimit}
          />
          <StepperField
            label="及格分（百分制）"
            value={values.pass}
            min={0}
            max={100}
            step={5}
            unit="分"
            onChange={(n) => set('pass', n)}
            error={errors.passPercent}
          />
          <ChoiceField<ReviewPolicy>
            label="答案公布"
            value={values.policy}
            options={REVIEW_POLICIES.map((p) => ({ value: p, label: REVIEW_POLICY_LABELS[p] }))}
            onChange={(p) => set('policy', p)}
          />
          {POLICY_NOTES[values.policy] ? <Cell description={POLICY_NOTES[values.policy]} /> : null}
          <ChoiceField<PartialCredit>
            label="多选题少选"
            value={values.partial}
            options={PARTIAL_CREDITS.map((p) => ({ value: p, label: PARTIAL_CREDIT_LABELS[p] }))}
            onChange={(p) => set('partial', p)}
          />
          <SwitchRow label="题目和选项乱序" on={values.shuffle} onChange={(on) => set('shuffle', on)} />
        </CellGroup>
      </View>
      {values.kind === 'competition' ? (
        <Field label="参赛单位（不选为本单位全体）" error={errors.audienceUnitIds}>
          {units.map((u) => (
            <PickRow key={u.unitId} on={values.audience.includes(u.unitId)} onToggle={() => toggleUnit(u.unitId)}>
              <Text>{u.name}</Text>
            </PickRow>
          ))}
        </Field>
      ) : null}
      <View className="console-section">固定题目（已选 {values.fixed.length} 道）</View>
      <QuestionPicker unitId={unitId} picked={values.fixed} onChange={(ids) => set('fixed', ids)} />
      <View className="console-section">随机抽题（从本单位及上级题库）</View>
      {errors.draws || errors.fixedQuestionIds ? (
        <View className="console-error">{errors.draws ?? errors.fixedQuestionIds}</View>
      ) : null}
      <DrawEditor draws={values.draws} onChange={(draws) => set('draws', draws)} />
      {form.formMessage ? <View className="console-error">{form.formMessage}</View> : null}
      <View className="console-actions">
        <Button block type="primary" loading={form.busy} disabled={form.busy} onClick={() => void form.submit()}>
          发布
        </Button>
      </View>
    </View>
  );
}
