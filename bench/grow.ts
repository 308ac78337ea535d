import type { ActivityDoc } from '../cloudfunctions/modules/activities/activities.types';
import { randomKey } from '../cloudfunctions/modules/quiz/draw';
import { stemKey } from '../cloudfunctions/modules/quiz/grading';
import type { QuestionDoc } from '../cloudfunctions/modules/quiz/quiz.types';
import type { DocStore } from '../cloudfunctions/store/types';
import { seedSyntheticMembers } from '../scripts/seed/synthetic-members';
import { BOARD, seedHistogram, syntheticBest } from './board';

type AnyDoc = { _id: string } & Record<string, unknown>;
export const ANSWERS_PER_MEMBER = 10;
/** One question in the organisation's bank per twenty members: 5,000 at 100,000. */
export const MEMBERS_PER_QUESTION = 20;
const QUESTIONS = ['q-demo-1', 'q-demo-2', 'q-demo-3', 'q-demo-4', 'q-demo-5'];

/**
 * Grows the organisation from `from` to `to` synthetic members: each with a best on the demo competition,
 * ten graded answers (two handed-in attempts of five), and one activity per ten members, so a step of the
 * scale curve holds members, answers and activities in the proportions of the issue (100,000 : 1,000,000 : 10,000).
 */
export async function growOrganisation(store: DocStore, from: number, to: number, now: number): Promise<void> {
  await seedSyntheticMembers(store, to, now, from);
  const writes: Array<Promise<unknown>> = [];
  const flush = async () => {
    await Promise.all(writes);
    writes.length = 0;
  };
  const push = async (write: Promise<unknown>) => {
    writes.push(write);
    if (writes.length >= 500) await flush();
  };
  for (let i = from; i < to; i += 1) {
    const unitPath = ['u-committee', 'u-gb-com', `u-syn-${Math.floor(i / 50)}`];
    await push(
      store.collection<ReturnType<typeof syntheticBest>>('quiz_scores').insert(syntheticBest(i, unitPath, now)),
    );
    for (let n = 1; n <= ANSWERS_PER_MEMBER / QUESTIONS.length; n += 1)
      await push(
        store.collection<AnyDoc>('attempts').insert({
          _id: `${BOARD}_s-${i}_${n}`,
          memberId: `s-${i}`,
          quizId: BOARD,
          mode: 'competition',
          status: 'submitted',
          questionIds: QUESTIONS,
          results: Object.fromEntries(
            QUESTIONS.map((q, k) => [
              q,
              { given: [k % 4], correct: (i + k) % 3 !== 0, score: (i + k) % 3 !== 0 ? 1 : 0 },
            ]),
          ),
          submittedAt: now,
        }),
      );
    if (i % 10 === 0)
      await push(store.collection<ActivityDoc>('activities').insert(syntheticActivity(i / 10, unitPath, now)));
  }
  for (let q = Math.ceil(from / MEMBERS_PER_QUESTION); q < Math.ceil(to / MEMBERS_PER_QUESTION); q += 1)
    await push(store.collection<QuestionDoc>('questions').insert(syntheticQuestion(q, now)));
  await flush();
  await seedHistogram(store, to);
}

function syntheticQuestion(index: number, now: number): QuestionDoc {
  const stem = `第${index + 1}题：党的基层组织应当做到哪一项？`;
  return {
    _id: `q-syn-${index}`,
    bankUnitId: 'u-committee',
    bankPath: ['u-committee'],
    type: 'single',
    stem,
    stemKey: stemKey(stem),
    randKey: randomKey(),
    options: ['密切联系群众', '脱离群众', '只抓业务', '不开组织生活会'],
    answer: ['A'],
    explanation: '党章规定。',
    tags: [`知识点${index % 50}`],
    difficulty: (['easy', 'medium', 'hard'] as const)[index % 3] ?? 'easy',
    source: '基准测试',
    status: 'active',
    version: 1,
    history: [],
    createdBy: 'm-001',
    createdAt: now,
    updatedAt: now,
  };
}

function syntheticActivity(index: number, organiserPath: string[], now: number): ActivityDoc {
  return {
    _id: `act-syn-${index}`,
    type: 'theme_day',
    title: `主题党日活动 ${index + 1}`,
    description: '',
    startAt: now + 86_400_000,
    endAt: now + 90_000_000,
    place: { text: '党群服务中心' },
    organiserUnitId: organiserPath.at(-1) ?? 'u-gb-com',
    organiserPath,
    openToAll: true,
    capacity: 50,
    signupOpensAt: now - 86_400_000,
    signupClosesAt: now + 43_200_000,
    cancelPolicy: 'any_time',
    approvalRequired: false,
    showRoster: true,
    extraFields: [],
    expectedMemberIds: [],
    confirmedCount: 0,
    waitlistCount: 0,
    createdBy: 'm-002',
    createdAt: now,
  };
}
