import { Text, View } from '@tarojs/components';
import { Checkbox, Radio, Rate, TextArea } from '@nutui/nutui-react-taro';
import type { SurveyAnswer, SurveyQuestion } from '@contract/schemas/surveys';
import { TEXT_ANSWER_LIMITS } from '@contract/survey-labels';
import { squareMarks } from '@/components/square-check';

/** One question of the answer form, with the kit control its kind takes and its rule said above it. */
export function SurveyQuestionField({
  index,
  question,
  answer,
  error,
  onChange,
}: {
  index: number;
  question: SurveyQuestion;
  answer: SurveyAnswer | undefined;
  error?: string;
  onChange: (answer: SurveyAnswer) => void;
}) {
  const { questionId } = question;
  const rule =
    question.kind === 'multiple'
      ? `多选，${question.minChoices > 1 ? `至少 ${question.minChoices} 项，` : ''}最多 ${question.maxChoices} 项`
      : question.kind === 'single'
        ? '单选'
        : question.kind === 'rating'
          ? `评分 1–${question.scale}`
          : `不超过 ${TEXT_ANSWER_LIMITS[question.kind]} 字`;
  return (
    <View className="card survey-question" data-testid="survey-question">
      <Text className="survey-question__title">
        {question.required ? <Text className="survey-question__required">*</Text> : null}
        {index + 1}. {question.title}
      </Text>
      <Text className="survey-question__rule">
        {rule}
        {question.required ? '' : '（选填）'}
      </Text>
      {question.kind === 'single' ? (
        <Radio.Group
          className="survey-question__options"
          value={answer?.optionIds?.[0] ?? ''}
          onChange={(value) => onChange({ questionId, optionIds: [String(value)] })}
        >
          {question.options.map((option) => (
            <Radio key={option.optionId} value={option.optionId} className="survey-question__option">
              {option.text}
            </Radio>
          ))}
        </Radio.Group>
      ) : null}
      {question.kind === 'multiple' ? (
        <Checkbox.Group
          className="survey-question__options"
          value={answer?.optionIds ?? []}
          max={question.maxChoices}
          onChange={(value: string[]) => onChange({ questionId, optionIds: value })}
        >
          {question.options.map((option) => (
            <Checkbox
              {...squareMarks}
              key={option.optionId}
              value={option.optionId}
              className="survey-question__option"
              label={option.text}
            />
          ))}
        </Checkbox.Group>
      ) : null}
      {question.kind === 'rating' ? (
        <Rate
          className="survey-question__rating"
          count={question.scale}
          value={answer?.rating ?? 0}
          onChange={(value) => onChange({ questionId, rating: value })}
        />
      ) : null}
      {question.kind === 'short_text' || question.kind === 'long_text' ? (
        <TextArea
          className="survey-question__text"
          value={answer?.text ?? ''}
          maxLength={TEXT_ANSWER_LIMITS[question.kind]}
          showCount
          rows={question.kind === 'long_text' ? 4 : 2}
          placeholder="请输入您的回答"
          onChange={(value) => onChange({ questionId, text: value })}
        />
      ) : null}
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}
