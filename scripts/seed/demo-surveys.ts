import { newId } from '../../cloudfunctions/modules/audit/audit';
import { participationId } from '../../cloudfunctions/modules/surveys/response-box';
import type {
  SurveyDoc,
  SurveyParticipationDoc,
  SurveyResponseDoc,
} from '../../cloudfunctions/modules/surveys/surveys.types';
import { eligibleFilter } from '../../cloudfunctions/modules/votes/eligibility';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import type { DocStore } from '../../cloudfunctions/store/types';

const DAY = 86_400_000;
/** The branch the gallery's secretary (m-006) leads. */
const DEMO_BRANCH = 'u-b-east';
const SUGGESTIONS = ['希望多组织实地参观', '党课时间安排在周末更方便', '建议增加线上学习内容'];

/**
 * An open anonymous questionnaire of the 东湖 branch, its results shown to members, with answers from a
 * few of its members (the last by id, so most of the branch still sees the form).
 */
export async function seedDemoSurveys(store: DocStore, pii: PersonalDataCipher, now: number): Promise<boolean> {
  const surveys = store.collection<SurveyDoc>('surveys');
  if ((await surveys.count({})) > 0) return false;
  const unit = await store.collection<UnitDoc>('units').get(DEMO_BRANCH);
  if (!unit) return false;
  const survey: SurveyDoc = {
    _id: 'survey-demo',
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    title: '2026 年支部组织生活满意度调查',
    description: '支委会将根据大家的意见改进明年的“三会一课”和主题党日安排，匿名填写，约需 3 分钟。',
    anonymous: true,
    resultsVisible: true,
    questions: [
      { kind: 'single', title: '您参加今年主题党日的次数', options: ['每月都参加', '半数以上', '少数几次'] },
      {
        kind: 'multiple',
        title: '您希望增加哪些学习形式（最多两项）',
        options: ['专题党课', '红色观影', '实地参观', '线上答题'],
      },
      { kind: 'rating', title: '对支部组织生活的总体满意度', options: [] },
      { kind: 'long_text', title: '您对支部工作的其他意见和建议', options: [] },
    ].map((q, i) => ({
      questionId: `q${i + 1}`,
      kind: q.kind as SurveyDoc['questions'][number]['kind'],
      title: q.title,
      required: q.kind !== 'long_text',
      options: q.options.map((text, j) => ({ optionId: `o${j + 1}`, text })),
      minChoices: q.kind === 'multiple' ? 1 : q.kind === 'single' ? 1 : 0,
      maxChoices: q.kind === 'multiple' ? 2 : 1,
      scale: q.kind === 'rating' ? 5 : 0,
    })),
    opensAt: now - 2 * DAY,
    closesAt: now + 5 * DAY,
    publishedAt: now - 2 * DAY,
    audienceCount: await store.collection('members').count(eligibleFilter({ kind: 'poll', unitId: unit._id })),
    createdBy: 'm-002',
    createdAt: now - 3 * DAY,
  };
  await surveys.insert(survey);
  const respondents = await store
    .collection<MemberDoc>('members')
    .find(eligibleFilter({ kind: 'poll', unitId: unit._id }), { sort: [['_id', -1]], limit: 6 });
  for (const [i, member] of respondents.entries()) {
    const answers: SurveyResponseDoc['answers'] = [
      { questionId: 'q1', optionIds: [`o${(i % 3) + 1}`] },
      { questionId: 'q2', optionIds: i % 2 ? ['o1', 'o3'] : ['o3'] },
      { questionId: 'q3', rating: 3 + (i % 3) },
      ...(SUGGESTIONS[i] ? [{ questionId: 'q4', text: SUGGESTIONS[i] }] : []),
    ];
    await store
      .collection<SurveyParticipationDoc>('survey_participations')
      .insert({ _id: participationId(pii, survey._id, member._id), surveyId: survey._id });
    await store
      .collection<SurveyResponseDoc>('survey_responses')
      .insert({ _id: newId('resp'), surveyId: survey._id, answers });
  }
  return true;
}
