import type { ContentCategory } from '../../types/labels';
import { sanitizeContentHtml } from '../../cloudfunctions/modules/study/sanitize';
import { searchTerms } from '../../cloudfunctions/modules/study/search-terms';
import { planBrief, studyViews, unitPlansId, viewKey } from '../../cloudfunctions/modules/study/study-views';
import type { ContentDoc, PlanDoc } from '../../cloudfunctions/modules/study/study.types';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * Demo study content for `npm start`: articles in every category (headings, lists, a table), a topic
 * collecting three of them, and a plan for the whole committee. Written only into a store without content.
 */
const DAY = 86_400_000;
const ROOT = 'u-committee';

const ARTICLES: Array<{
  id: string;
  category: ContentCategory;
  title: string;
  summary: string;
  tags: string[];
  body: string;
}> = [
  {
    id: 'c-demo-1',
    category: 'constitution',
    title: '党员的八项义务',
    summary: '逐条学习党章规定的党员义务，对照检查自身。',
    tags: ['党章', '党员义务'],
    body: '<h2>党章第三条</h2><p>党员必须履行下列义务：</p><ol><li>认真学习马克思列宁主义、毛泽东思想、邓小平理论……</li><li>贯彻执行党的基本路线和各项方针、政策……</li><li>坚持党和人民的利益高于一切……</li></ol><p>每一名党员都要经常对照检查，做到知行合一。</p>',
  },
  {
    id: 'c-demo-2',
    category: 'theory',
    title: '“三会一课”制度怎么落实',
    summary: '支部党员大会、支部委员会、党小组会和党课的频次与要求。',
    tags: ['三会一课', '组织生活'],
    body: '<h2>基本要求</h2><table><tr><th>会议</th><th>频次</th></tr><tr><td>支部党员大会</td><td>一般每季度一次</td></tr><tr><td>支部委员会</td><td>一般每月一次</td></tr><tr><td>党小组会</td><td>一般每月一次</td></tr><tr><td>党课</td><td>每季度至少一次</td></tr></table><p>会议要有记录，做到有计划、有主题、有实效。</p>',
  },
  {
    id: 'c-demo-3',
    category: 'history',
    title: '红船精神的时代内涵',
    summary: '开天辟地、敢为人先的首创精神，坚定理想、百折不挠的奋斗精神。',
    tags: ['党史', '红船精神'],
    body: '<h2>三个方面</h2><ul><li>开天辟地、敢为人先的首创精神</li><li>坚定理想、百折不挠的奋斗精神</li><li>立党为公、忠诚为民的奉献精神</li></ul>',
  },
  {
    id: 'c-demo-4',
    category: 'practice',
    title: '如何按时足额交纳党费',
    summary: '党费交纳标准、方式和时间的常见问题解答。',
    tags: ['党费', '组织生活'],
    body: '<h2>交纳标准</h2><p>在职党员以每月工资收入为基数，按规定比例交纳。</p><h2>交纳方式</h2><p>一般按月交纳，也可按季度交纳，由党支部统一收缴。</p>',
  },
  {
    id: 'c-demo-5',
    category: 'news',
    title: '基层党组织建设工作要点',
    summary: '本年度基层党建工作的重点任务。',
    tags: ['基层党建'],
    body: '<p>围绕标准化规范化建设，推进支部建设提质增效。</p><ul><li>健全组织体系</li><li>严格组织生活</li><li>加强党员教育管理</li></ul>',
  },
];

export async function seedDemoStudy(store: DocStore, now: number): Promise<boolean> {
  const contents = store.collection<ContentDoc>('contents');
  if ((await contents.count({})) > 0) return false;
  const base = (index: number) => ({
    coverFileId: null,
    media: null,
    durationSeconds: null,
    source: '支部学习资料',
    author: '',
    estimatedMinutes: 3,
    audienceUnitId: ROOT,
    audiencePath: [ROOT],
    status: 'published' as const,
    publishAt: now - (index + 1) * DAY,
    completedCount: 0,
    createdBy: 'm-001',
    createdAt: now - (index + 1) * DAY,
    updatedAt: now - (index + 1) * DAY,
  });
  for (const [index, article] of ARTICLES.entries()) {
    await contents.insert({
      _id: article.id,
      kind: 'article',
      category: article.category,
      title: article.title,
      summary: article.summary,
      body: await sanitizeContentHtml(article.body),
      topicItemIds: [],
      tags: article.tags,
      terms: searchTerms(article.title, article.summary, ...article.tags),
      ...base(index),
    });
  }
  await contents.insert({
    _id: 'c-demo-topic',
    kind: 'topic',
    category: 'constitution',
    title: '专题：严格党的组织生活',
    summary: '党章义务、三会一课、党费交纳，一次学全。',
    body: '',
    topicItemIds: ['c-demo-1', 'c-demo-2', 'c-demo-4'],
    tags: ['组织生活'],
    terms: searchTerms('专题：严格党的组织生活', '党章义务、三会一课、党费交纳，一次学全。', '组织生活'),
    ...base(0),
    estimatedMinutes: 9,
  });
  const plan: PlanDoc = {
    _id: 'plan-demo',
    title: '本月集中学习',
    unitId: ROOT,
    unitPath: [ROOT],
    itemIds: ['c-demo-1', 'c-demo-2', 'c-demo-3'],
    quizIds: [],
    startAt: now - DAY,
    deadline: now + 30 * DAY,
    createdBy: 'm-001',
    createdAt: now - DAY,
  };
  await store.collection<PlanDoc>('plans').insert(plan);
  // What assigning it through the route would have written for the study home.
  await studyViews(store).insert({
    _id: unitPlansId(ROOT),
    kind: 'unitPlans',
    plans: { [viewKey(plan._id)]: planBrief(plan) },
  });
  return true;
}
