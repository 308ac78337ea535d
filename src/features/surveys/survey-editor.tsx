import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, Switch, TextArea } from '@nutui/nutui-react-taro';
import type { SurveyDetail } from '@contract/schemas/surveys';
import { DateTimeField } from '@/components/date-time-field';
import { Field, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import { blankQuestion, optionsOf, QuestionEditor, type QuestionDraft } from './question-editor';

const MAX_QUESTIONS = 30;

type Values = {
  title: string;
  description: string;
  anonymous: boolean;
  resultsVisible: boolean;
  opensAt: number;
  closesAt: number;
  questions: QuestionDraft[];
};

const fresh = (): Values => ({
  title: '',
  description: '',
  anonymous: true,
  resultsVisible: false,
  opensAt: dayjs().second(0).millisecond(0).valueOf(),
  closesAt: dayjs().add(7, 'day').hour(22).minute(0).second(0).millisecond(0).valueOf(),
  questions: [blankQuestion()],
});

/** An existing draft's values for editing. */
export function valuesOf(survey: SurveyDetail): Values {
  return {
    title: survey.title,
    description: survey.description,
    anonymous: survey.anonymous,
    resultsVisible: survey.resultsVisible,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    questions: survey.questions.map((q) => ({
      kind: q.kind,
      title: q.title,
      required: q.required,
      optionLines: q.options.map((o) => o.text).join('\n'),
      minChoices: q.minChoices,
      maxChoices: q.maxChoices,
      scale: q.scale || 5,
    })),
  };
}

const toDraft = (v: Values) => ({
  ...v,
  questions: v.questions.map(({ optionLines: _lines, ...q }) => ({
    ...q,
    options: optionsOf({ ...q, optionLines: _lines }),
  })),
});

/** The questionnaire editor: what it asks, named or anonymous, who sees results, the window, the questions. */
export function SurveyEditor({
  unitId,
  survey,
  onDone,
}: {
  unitId: string;
  survey: SurveyDetail | null;
  onDone: (surveyId: string) => void;
}) {
  const route = survey ? 'admin.surveyUpdate' : 'admin.surveyCreate';
  const form = useRouteForm(route, {
    initial: survey ? valuesOf(survey) : fresh(),
    toInput: (v) =>
      (survey ? { surveyId: survey.surveyId, survey: toDraft(v) } : { unitId, survey: toDraft(v) }) as never,
    successToast: '已保存',
    onDone: (data) => onDone(data.surveyId),
  });
  const { values, set, errors } = form;
  const at = (prefix: string) =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, message]) => [key.slice(prefix.length).split('.')[0] ?? '', message]),
    );
  const setQuestion = (index: number, next: QuestionDraft | null) =>
    set(
      'questions',
      next ? values.questions.map((q, i) => (i === index ? next : q)) : values.questions.filter((_, i) => i !== index),
    );
  return (
    <View className="survey-form" data-testid="survey-editor">
      <CellGroup title="问卷内容">
        <TextField
          label="问卷标题"
          name="survey-title"
          placeholder="如：2026 年支部工作满意度调查"
          {...form.field('title')}
          error={errors['survey.title']}
        />
        <Field label="说明（可不填）" error={errors['survey.description']}>
          <TextArea
            value={values.description}
            maxLength={1000}
            placeholder="写明调查目的、填写要求"
            onChange={(t) => set('description', t)}
          />
        </Field>
        <Field label="匿名填写">
          <View className="survey-manage__actions">
            <Switch checked={values.anonymous} onChange={(on) => set('anonymous', on)} />
            <Text className="muted">{values.anonymous ? '不记录填写人' : '记录填写人姓名'}</Text>
          </View>
        </Field>
        <Field label="党员可查看结果">
          <View className="survey-manage__actions">
            <Switch checked={values.resultsVisible} onChange={(on) => set('resultsVisible', on)} />
            <Text className="muted">{values.resultsVisible ? '提交后或结束后可看' : '只有管理员可看'}</Text>
          </View>
        </Field>
        <DateTimeField
          label="开始时间"
          minuteStep={1}
          value={values.opensAt}
          onChange={(t) => set('opensAt', t)}
          error={errors['survey.opensAt']}
        />
        <DateTimeField
          label="结束时间"
          min={values.opensAt}
          value={values.closesAt}
          onChange={(t) => set('closesAt', t)}
          error={errors['survey.closesAt']}
        />
      </CellGroup>
      {values.questions.map((question, index) => (
        <QuestionEditor
          key={index}
          index={index}
          question={question}
          errors={at(`survey.questions.${index}.`)}
          onChange={(next) => setQuestion(index, next)}
          onRemove={values.questions.length > 1 ? () => setQuestion(index, null) : null}
        />
      ))}
      {errors['survey.questions'] ? <Text className="field__error">{errors['survey.questions']}</Text> : null}
      {values.questions.length < MAX_QUESTIONS ? (
        <Button
          block
          fill="outline"
          type="primary"
          onClick={() => set('questions', [...values.questions, blankQuestion()])}
        >
          添加一题
        </Button>
      ) : null}
      {form.formMessage ? <Text className="field__error">{form.formMessage}</Text> : null}
      <Button block type="primary" disabled={form.busy} onClick={() => void form.submit()}>
        {form.busy ? '正在保存…' : '保存问卷'}
      </Button>
    </View>
  );
}
