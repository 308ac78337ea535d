import type { Difficulty, QuestionType } from '../../types/labels';
import { randomKey } from '../../cloudfunctions/modules/quiz/draw';
import { stemKey } from '../../cloudfunctions/modules/quiz/grading';
import type { QuestionDoc, QuizDoc } from '../../cloudfunctions/modules/quiz/quiz.types';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * A demo question bank for `npm start`: a dozen questions of every type in the committee's bank, an exam
 * and a competition between the two general branches. Written only into a store without questions.
 */
const DAY = 86_400_000;
const ROOT = 'u-committee';

const BANK: Array<[QuestionType, string, string[], string[], string, string[], Difficulty]> = [
  [
    'single',
    '党的根本宗旨是什么？',
    ['全心全意为人民服务', '发展经济', '改革开放', '科技兴国'],
    ['A'],
    '党章总纲。',
    ['党章'],
    'easy',
  ],
  [
    'single',
    '党的组织原则是什么？',
    ['集体领导', '民主集中制', '个人负责', '少数服从多数'],
    ['B'],
    '党章第十条。',
    ['党章'],
    'medium',
  ],
  ['single', '预备党员的预备期为多长时间？', ['半年', '一年', '两年', '三年'], ['B'], '党章第七条。', ['党章'], 'easy'],
  [
    'multiple',
    '“三会一课”包括哪些？',
    ['支部党员大会', '支部委员会', '党小组会', '按时上好党课'],
    ['A', 'B', 'C', 'D'],
    '组织生活基本制度。',
    ['组织生活'],
    'medium',
  ],
  [
    'multiple',
    '党员享有下列哪些权利？',
    ['参加党的有关会议', '行使表决权、选举权', '随意发表任何言论', '提出申诉'],
    ['A', 'B', 'D'],
    '党章第四条。',
    ['党章'],
    'hard',
  ],
  [
    'multiple',
    '红船精神包括哪些方面？',
    ['首创精神', '奋斗精神', '奉献精神', '享乐精神'],
    ['A', 'B', 'C'],
    '开天辟地、敢为人先；坚定理想、百折不挠；立党为公、忠诚为民。',
    ['党史'],
    'medium',
  ],
  ['judge', '党员可以不参加党的组织生活。', [], ['错'], '每名党员都必须参加组织生活。', ['组织生活'], 'easy'],
  ['judge', '党费一般按月交纳。', [], ['对'], '也可按季度交纳，由支部统一收缴。', ['组织生活'], 'easy'],
  [
    'judge',
    '中国共产党第一次全国代表大会在北京召开。',
    [],
    ['错'],
    '在上海召开，最后一天转移到嘉兴南湖红船上。',
    ['党史'],
    'easy',
  ],
  ['blank', '中国共产党成立于哪一年？（填阿拉伯数字）', [], ['1921', '1921年'], '1921 年 7 月。', ['党史'], 'easy'],
  ['blank', '党的最高理想和最终目标是实现什么？', [], ['共产主义', '共产主义社会'], '党章总纲。', ['党章'], 'hard'],
  [
    'blank',
    '党支部一般每季度召开一次什么会议？',
    [],
    ['支部党员大会', '党员大会'],
    '“三会一课”制度。',
    ['组织生活'],
    'medium',
  ],
];

export async function seedDemoQuiz(store: DocStore, now: number): Promise<boolean> {
  const questions = store.collection<QuestionDoc>('questions');
  if ((await questions.count({})) > 0) return false;
  for (const [index, [type, stem, options, answer, explanation, tags, difficulty]] of BANK.entries()) {
    await questions.insert({
      _id: `q-demo-${index + 1}`,
      bankUnitId: ROOT,
      bankPath: [ROOT],
      type,
      stem,
      stemKey: stemKey(stem),
      randKey: randomKey(),
      options,
      answer,
      explanation,
      tags,
      difficulty,
      source: '支部学习资料',
      status: 'active',
      version: 1,
      history: [],
      createdBy: 'm-001',
      createdAt: now - DAY,
      updatedAt: now - DAY,
    });
  }
  const base: Omit<QuizDoc, '_id' | 'kind' | 'title' | 'audienceUnitIds' | 'draws'> = {
    unitId: ROOT,
    unitPath: [ROOT],
    fixedQuestionIds: [],
    opensAt: now - DAY,
    closesAt: now + 14 * DAY,
    timeLimitMinutes: 15,
    attemptLimit: 2,
    passPercent: 60,
    shuffle: true,
    reviewPolicy: 'after_submit',
    partialCredit: 'half',
    createdBy: 'm-001',
    createdAt: now - DAY,
    updatedAt: now - DAY,
  };
  const quizzes = store.collection<QuizDoc>('quizzes');
  await quizzes.insert({
    ...base,
    _id: 'quiz-demo-exam',
    kind: 'exam',
    title: '党章党规知识测试',
    audienceUnitIds: [],
    draws: [
      { tag: '党章', count: 4 },
      { tag: '组织生活', count: 3 },
    ],
  });
  await quizzes.insert({
    ...base,
    _id: 'quiz-demo-competition',
    kind: 'competition',
    title: '党史知识竞赛',
    audienceUnitIds: ['u-gb-org', 'u-gb-com'],
    draws: [{ count: 8 }],
    attemptLimit: 1,
    reviewPolicy: 'after_close',
  });
  return true;
}
