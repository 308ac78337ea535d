import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SurveyAnswer, SurveyDetail } from '@contract/schemas/surveys';
import { useRouteForm } from '@/lib/use-route-form';
import { SurveyQuestionField } from './survey-question-field';

/**
 * The answer form: every question with its control; the server's per-question refusals show on the
 * questions. A response cannot be changed, so sending asks first.
 */
export function SurveyAnswerForm({ survey, onDone }: { survey: SurveyDetail; onDone: (next: SurveyDetail) => void }) {
  const form = useRouteForm('survey.submit', {
    initial: {} as Record<string, SurveyAnswer | undefined>,
    toInput: (values) => ({
      surveyId: survey.surveyId,
      answers: Object.values(values).filter((a): a is SurveyAnswer => a !== undefined),
    }),
    successToast: '已提交',
    onDone,
  });
  const send = async () => {
    const { confirm } = await Taro.showModal({
      title: '提交问卷',
      content: survey.anonymous ? '本问卷为匿名问卷，提交后不能修改。确定提交吗？' : '提交后不能修改，确定提交吗？',
    });
    if (confirm) await form.submit();
  };
  return (
    <View className="survey-form" data-testid="survey-form">
      {survey.questions.map((question, index) => (
        <SurveyQuestionField
          key={question.questionId}
          index={index}
          question={question}
          answer={form.values[question.questionId]}
          error={form.errors[question.questionId]}
          onChange={(answer) => form.set(question.questionId, answer)}
        />
      ))}
      {form.formMessage ? <Text className="field__error">{form.formMessage}</Text> : null}
      <Button block type="primary" className="survey-form__submit" disabled={form.busy} onClick={send}>
        {form.busy ? '正在提交…' : '提交问卷'}
      </Button>
    </View>
  );
}
