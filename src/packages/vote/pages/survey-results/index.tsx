import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { SurveyResultsView } from '@/features/surveys/survey-results';
import { exportSurvey } from '@/features/surveys/survey-export';
import { useCall } from '@/lib/use-call';
import '@/features/surveys/surveys.scss';

/** An admin's view of a questionnaire's results at any time, with the XLSX export. */
export default function SurveyResultsPage() {
  const surveyId = useRouter().params.surveyId ?? '';
  const { state, reload } = useCall('admin.surveyResults', { surveyId }, surveyId);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(results) => (
          <View className="survey-results">
            <SurveyResultsView results={results} titled />
            <Button block type="primary" fill="outline" onClick={() => void exportSurvey(surveyId)}>
              导出 Excel
            </Button>
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
