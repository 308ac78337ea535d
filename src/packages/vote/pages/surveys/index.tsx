import { CellGroup } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { SurveyRow } from '@/features/surveys/survey-row';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/surveys/surveys.scss';

/** The questionnaires of my branch and the units above it; the ones waiting for my answer are marked. */
export default function SurveysPage() {
  const paged = usePagedCall((skip) => call('survey.list', { skip, limit: 20 }), '');
  return (
    <PageShell>
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="目前没有需要您填写的问卷。">
          {(survey) => (
            <SurveyRow
              key={survey.surveyId}
              survey={survey}
              responded={survey.responded}
              onOpen={() => openPage('surveyDetail', { surveyId: survey.surveyId })}
            />
          )}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
