import { useRef } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { surveyActions } from '@/features/surveys/survey-actions';
import { SurveyRow } from '@/features/surveys/survey-row';
import { call } from '@/lib/api-client';
import { percentText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/surveys/surveys.scss';

/** A unit's questionnaires with how many answered; a tap offers what can be done in its state. */
export default function SurveyManagePage() {
  const unitId = useRouter().params.unitId ?? '';
  const paged = usePagedCall((skip) => call('admin.surveyList', { unitId, skip, limit: 20 }), unitId);
  // Back from the editor or the results, the list and its counts are read again.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) paged.reload();
    shown.current = true;
  });
  return (
    <PageShell>
      <View className="survey-form">
        <Button block type="primary" onClick={() => openPage('surveyForm', { unitId })}>
          新建问卷
        </Button>
        <CellGroup className="row-list">
          <PagedList paged={paged} empty="还没有问卷，点上方“新建问卷”开始。">
            {(survey) => (
              <SurveyRow
                key={survey.surveyId}
                survey={survey}
                extra={
                  survey.state === 'draft'
                    ? undefined
                    : `已收 ${survey.responses}/${survey.audience}（${percentText(survey.audience ? survey.responses / survey.audience : null)}）`
                }
                onOpen={() => void surveyActions(survey, unitId, paged.reload)}
              />
            )}
          </PagedList>
        </CellGroup>
      </View>
    </PageShell>
  );
}
