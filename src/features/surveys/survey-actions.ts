import Taro from '@tarojs/taro';
import type { SurveyState } from '@contract/schemas/surveys';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { exportSurvey } from './survey-export';

/**
 * What an admin may do with a questionnaire in its state, offered as an action sheet: edit or publish a
 * draft; see results, export or end an open one (ending asks first).
 */
export async function surveyActions(
  survey: { surveyId: string; title: string; state: SurveyState },
  unitId: string,
  onChanged: () => void,
) {
  const actions: Array<[string, () => Promise<void> | void]> = [];
  const { surveyId } = survey;
  if (survey.state === 'draft' || survey.state === 'upcoming')
    actions.push(['编辑题目', () => openPage('surveyForm', { unitId, surveyId })]);
  if (survey.state === 'draft') actions.push(['发布', () => run('admin.surveyPublish', surveyId, '已发布', onChanged)]);
  if (survey.state !== 'draft') {
    actions.push(['查看结果', () => openPage('surveyResults', { surveyId })]);
    actions.push(['导出 Excel', () => exportSurvey(surveyId)]);
  }
  if (survey.state === 'open')
    actions.push([
      '提前结束',
      async () => {
        const { confirm } = await Taro.showModal({
          title: '提前结束',
          content: `结束后不能再提交「${survey.title}」，确定吗？`,
        });
        if (confirm) await run('admin.surveyClose', surveyId, '已结束', onChanged);
      },
    ]);
  const picked = await Taro.showActionSheet({ itemList: actions.map(([label]) => label) }).catch(() => null);
  if (picked) await actions[picked.tapIndex]?.[1]();
}

async function run(
  route: 'admin.surveyPublish' | 'admin.surveyClose',
  surveyId: string,
  done: string,
  onChanged: () => void,
) {
  const result = await call(route, { surveyId });
  if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
  void Taro.showToast({ title: done, icon: 'success' });
  onChanged();
}
