import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { SurveyAnswerForm } from '@/features/surveys/survey-answer-form';
import { SurveyResultsView } from '@/features/surveys/survey-results';
import { useCall } from '@/lib/use-call';
import { dateTimeText } from '@/lib/format';
import '@/features/surveys/surveys.scss';

/** One questionnaire: the form while open and unanswered; then the results when the survey shows them. */
export default function SurveyPage() {
  const surveyId = useRouter().params.surveyId ?? '';
  const { state, reload, setData } = useCall('survey.detail', { surveyId }, surveyId);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(survey) => (
          <View className="survey-form">
            <View className="card survey-question">
              <Text className="survey-title">{survey.title}</Text>
              {survey.description ? <Text className="muted">{survey.description}</Text> : null}
              <Text className="survey-question__rule">
                {survey.unitName} · {survey.anonymous ? '匿名填写，结果不显示您的姓名' : '实名填写'} ·{' '}
                {dateTimeText(survey.closesAt)} 截止
              </Text>
            </View>
            {survey.state === 'open' && !survey.responded ? (
              <SurveyAnswerForm survey={survey} onDone={setData} />
            ) : (
              <View className="notice" role="status">
                {survey.responded
                  ? '您已提交本问卷，感谢参与。'
                  : survey.state === 'upcoming'
                    ? '问卷还没有开始，请到开始时间后再来填写。'
                    : '问卷已经结束。'}
              </View>
            )}
            {survey.canSeeResults ? <MemberResults surveyId={surveyId} /> : null}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}

function MemberResults({ surveyId }: { surveyId: string }) {
  const { state, reload } = useCall('survey.results', { surveyId }, surveyId);
  return (
    <CallView state={state} onRetry={reload}>
      {(results) => <SurveyResultsView results={results} />}
    </CallView>
  );
}
