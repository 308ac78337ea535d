import Taro, { useRouter } from '@tarojs/taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { SurveyEditor } from '@/features/surveys/survey-editor';
import { useCall } from '@/lib/use-call';
import '@/features/surveys/surveys.scss';

/** Drafting a new questionnaire, or changing one before it opens; saving returns to the list. */
export default function SurveyFormPage() {
  const { unitId = '', surveyId } = useRouter().params;
  const done = () => void Taro.navigateBack();
  return (
    <PageShell>
      {surveyId ? (
        <Existing unitId={unitId} surveyId={surveyId} onDone={done} />
      ) : (
        <SurveyEditor unitId={unitId} survey={null} onDone={done} />
      )}
    </PageShell>
  );
}

function Existing({ unitId, surveyId, onDone }: { unitId: string; surveyId: string; onDone: () => void }) {
  const { state, reload } = useCall('admin.surveyResults', { surveyId }, surveyId);
  return (
    <CallView state={state} onRetry={reload}>
      {(results) => <SurveyEditor unitId={unitId} survey={results.survey} onDone={onDone} />}
    </CallView>
  );
}
