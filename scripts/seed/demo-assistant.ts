import type { ContentCategory } from '../../types/labels';
import { quotaId } from '../../cloudfunctions/modules/assistant/assistant.repository';
import type { QuotaDoc } from '../../cloudfunctions/modules/assistant/assistant.types';
import { rebuildPassageIndex } from '../../cloudfunctions/modules/assistant/passage-index';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import { chinaDay } from '../../cloudfunctions/modules/shared/china-time';
import { sanitizeContentHtml } from '../../cloudfunctions/modules/study/sanitize';
import { searchTerms } from '../../cloudfunctions/modules/study/search-terms';
import type { ContentDoc } from '../../cloudfunctions/modules/study/study.types';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * The study library 问一问 answers from: reference articles on joining the Party, members' rights, dues,
 * discipline, branch organisation and history (for the whole committee), and one for 东湖社区党支部 only.
 * Published before the demo's other articles, so the study home still leads with those. Then the passage
 * index is built over everything published. bench/assistant-eval/questions.json asks about these items.
 */
const DAY = 86_400_000;
const ROOT = 'u-committee';

interface LibraryArticle {
  id: string;
  category: ContentCategory;
  title: string;
  summary: string;
  tags: string[];
  body: string;
  audience?: { unitId: string; path: string[] };
}

const LIBRARY: LibraryArticle[] = [
  {
    id: 'c-lib-1',
    category: 'constitution',
    title: '发展党员的基本程序',
    summary: '从递交入党申请书到预备党员转正，发展党员要经过的五个阶段。',
    tags: ['发展党员', '入党程序'],
    body: `<h2>递交入党申请书</h2><p>年满十八岁、承认党的纲领和章程的中国工人、农民、军人、知识分子和其他社会阶层的先进分子，可以向工作、学习所在单位的党组织递交入党申请书。党组织应当在收到申请书后一个月内派人同申请人谈话。</p>
<h2>确定入党积极分子</h2><p>在入党申请人中，经党员推荐、群团组织推优等方式产生人选，由支部委员会研究决定，确定为入党积极分子，并指定一至两名正式党员作培养联系人。</p>
<h2>确定发展对象</h2><p>经过一年以上培养教育和考察、基本具备党员条件的入党积极分子，在听取党小组、培养联系人、党员和群众意见的基础上，支部委员会讨论同意并报上级党委备案后，可列为发展对象。发展对象要有两名正式党员作入党介绍人，并接受政治审查和集中培训。</p>
<h2>接收预备党员</h2><p>支部大会讨论接收预备党员，有表决权的到会人数必须超过应到会有表决权人数的半数，赞成人数超过应到会有表决权人数的半数，才能通过。上级党委审批后，预备党员面向党旗进行入党宣誓。</p>
<h2>预备党员转正</h2><p>预备党员的预备期为一年，从支部大会通过其为预备党员之日算起。预备期满，支部大会讨论其能否转为正式党员；需要继续考察的，可以延长预备期，但不能超过一年。</p>`,
  },
  {
    id: 'c-lib-2',
    category: 'constitution',
    title: '党员享有的八项权利',
    summary: '党章规定的党员权利：参加会议、讨论政策、提出建议、批评监督、选举表决、申辩、保留意见、申诉控告。',
    tags: ['党章', '党员权利'],
    body: `<h2>学习与讨论</h2><p>党员有权参加党的有关会议，阅读党的有关文件，接受党的教育和培训；在党的会议上和党报党刊上，参加关于党的政策问题的讨论。</p>
<h2>建议与监督</h2><p>党员有权对党的工作提出建议和倡议；在党的会议上有根据地批评党的任何组织和任何党员，向党负责地揭发、检举党的任何组织和任何党员违法乱纪的事实。</p>
<h2>选举与申辩</h2><p>党员行使表决权、选举权，有被选举权。在党组织讨论决定对党员的党纪处分或作出鉴定时，本人有权参加和进行申辩，其他党员可以为他作证和辩护。</p>
<h2>保留意见与申诉</h2><p>对党的决议和政策如有不同意见，在坚决执行的前提下，可以声明保留，并且可以把自己的意见向党的上级组织直至中央提出。党员有权向党的上级组织直至中央提出请求、申诉和控告。预备党员除了没有表决权、选举权和被选举权以外，享有同正式党员一样的权利。</p>`,
  },
  {
    id: 'c-lib-3',
    category: 'practice',
    title: '组织生活会与民主评议党员',
    summary: '组织生活会每年至少一次，开展批评和自我批评；民主评议党员按优秀、合格、基本合格、不合格评定。',
    tags: ['组织生活会', '民主评议', '组织生活'],
    body: `<h2>组织生活会</h2><p>党支部一般每年召开一次组织生活会，一般安排在第四季度，也可以根据工作需要随时召开。会前要广泛征求意见，党员之间开展谈心谈话；会上党员对照检查，开展批评和自我批评，明确整改方向。</p>
<h2>民主评议党员</h2><p>民主评议党员一般每年开展一次，通常结合组织生活会进行。程序包括个人自评、党员互评、民主测评，支部委员会综合评议后提出评定意见。</p>
<h2>评定等次</h2><p>评议结果一般分为优秀、合格、基本合格、不合格四个等次。对评为基本合格的党员，支部要帮助其限期改正；对不合格党员，按照有关规定稳妥慎重地作出组织处置。</p>`,
  },
  {
    id: 'c-lib-4',
    category: 'practice',
    title: '主题党日怎么开',
    summary: '主题党日每月固定一天开展，把学习、议事、交纳党费和志愿服务结合起来。',
    tags: ['主题党日', '组织生活'],
    body: `<h2>时间安排</h2><p>党支部每月相对固定一天开展主题党日活动，提前通知党员，因故不能参加的要向支部请假。</p>
<h2>主要内容</h2><ul><li>集中学习党的理论和上级精神</li><li>重温入党誓词，交纳党费</li><li>讨论支部事务，开展民主议事</li><li>组织志愿服务，为群众办实事</li></ul>
<h2>注意事项</h2><p>主题党日要主题鲜明、形式多样，避免搞形式主义。活动情况要如实记录，并纳入党员积分管理。</p>`,
  },
  {
    id: 'c-lib-5',
    category: 'practice',
    title: '党费交纳比例一览',
    summary: '按月工资收入分档交纳党费的比例，离退休党员和学生党员的标准。',
    tags: ['党费', '交纳比例'],
    body: `<h2>在职党员</h2><table><tr><th>每月工资收入（税后）</th><th>交纳比例</th></tr><tr><td>3000元以下（含3000元）</td><td>0.5%</td></tr><tr><td>3000元以上至5000元（含5000元）</td><td>1%</td></tr><tr><td>5000元以上至10000元（含10000元）</td><td>1.5%</td></tr><tr><td>10000元以上</td><td>2%</td></tr></table>
<h2>离退休党员</h2><p>离退休干部职工党员，每月以实得离退休费总额为计算基数，5000元以下（含5000元）的按0.5%交纳党费，5000元以上的按1%交纳。</p>
<h2>其他党员</h2><p>农民党员每月交纳党费0.2元至1元。学生党员、下岗失业的党员、依靠抚恤或救济生活的党员，每月交纳党费0.2元。自愿多交党费不限。</p>`,
  },
  {
    id: 'c-lib-6',
    category: 'constitution',
    title: '党支部的设置与换届',
    summary: '什么情况下成立党支部、设支部委员会，委员会的人数与任期。',
    tags: ['党支部', '换届选举', '基层党建'],
    body: `<h2>成立党支部</h2><p>企业、农村、机关、学校、社区等基层单位，凡是有正式党员三人以上的，都应当成立党的基层组织。正式党员不足三人的单位，可以与邻近单位的党员联合成立党支部。</p>
<h2>支部委员会</h2><p>有正式党员七人以上的党支部，设立支部委员会。支部委员会由三至五人组成，一般不超过七人，设书记和组织委员、宣传委员、纪检委员等，必要时可以设副书记。正式党员不足七人的党支部，不设支部委员会，设书记一人，必要时设副书记一人。</p>
<h2>任期与换届</h2><p>党支部委员会每届任期三年或者五年。任期届满应当按期进行换届选举，选举采用无记名投票方式，候选人数多于应选人数。</p>`,
  },
  {
    id: 'c-lib-7',
    category: 'constitution',
    title: '党的纪律与纪律处分',
    summary: '六项纪律的内容，党纪处分的五种，以及留党察看的期限。',
    tags: ['党的纪律', '纪律处分', '党章'],
    body: `<h2>六项纪律</h2><p>党的纪律主要包括政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。其中政治纪律是最根本、最重要的纪律。</p>
<h2>纪律处分的种类</h2><p>对党员的纪律处分有五种：警告、严重警告、撤销党内职务、留党察看、开除党籍。</p>
<h2>留党察看</h2><p>留党察看最长不超过两年。党员在留党察看期间没有表决权、选举权和被选举权。察看期满确已改正错误的，恢复其党员的权利；坚持错误不改的，应当开除党籍。</p>`,
  },
  {
    id: 'c-lib-8',
    category: 'theory',
    title: '党的根本宗旨和群众路线',
    summary: '全心全意为人民服务的根本宗旨，一切为了群众、一切依靠群众的群众路线。',
    tags: ['根本宗旨', '群众路线', '初心使命'],
    body: `<h2>根本宗旨</h2><p>党的根本宗旨是全心全意为人民服务。党除了工人阶级和最广大人民群众的利益，没有自己特殊的利益。</p>
<h2>初心和使命</h2><p>中国共产党人的初心和使命，就是为中国人民谋幸福，为中华民族谋复兴。</p>
<h2>群众路线</h2><p>党的群众路线是一切为了群众，一切依靠群众，从群众中来，到群众中去，把党的正确主张变为群众的自觉行动。党员要经常倾听群众意见，及时反映群众的要求。</p>`,
  },
  {
    id: 'c-lib-9',
    category: 'history',
    title: '党史上的三次重要会议',
    summary: '中共一大、遵义会议、十一届三中全会的时间、地点和历史意义。',
    tags: ['党史', '重要会议'],
    body: `<h2>中共一大</h2><p>1921年7月，中国共产党第一次全国代表大会在上海召开，最后一天的会议转移到浙江嘉兴南湖的一条游船上举行。大会宣告了中国共产党的正式成立。</p>
<h2>遵义会议</h2><p>1935年1月，中共中央政治局在贵州遵义召开扩大会议，集中解决当时具有决定意义的军事和组织问题，在极其危急的关头挽救了党、挽救了红军、挽救了中国革命，是党的历史上一个生死攸关的转折点。</p>
<h2>十一届三中全会</h2><p>1978年12月召开的党的十一届三中全会，重新确立了解放思想、实事求是的思想路线，作出把党和国家工作中心转移到经济建设上来、实行改革开放的历史性决策。</p>`,
  },
  {
    id: 'c-lib-10',
    category: 'practice',
    title: '谈心谈话和党员教育培训',
    summary: '支部谈心谈话的要求，党员每年参加集中学习培训的学时。',
    tags: ['谈心谈话', '教育培训'],
    body: `<h2>谈心谈话</h2><p>党支部委员之间、支部委员和党员之间、党员和党员之间，每年谈心谈话一般不少于一次。谈心谈话要坦诚相见、交流思想，党员有思想波动或遇到困难时要及时谈。</p>
<h2>教育培训学时</h2><p>基层党组织书记和班子成员每年至少参加一次集中轮训，党员每年参加集中学习培训的时间一般不少于32学时。</p>
<h2>流动党员和老党员</h2><p>对流动党员可以通过网络平台组织学习；对年老体弱、行动不便的党员，党支部可以送学上门。</p>`,
  },
  {
    id: 'c-lib-11',
    category: 'history',
    title: '党旗党徽的式样和使用',
    summary: '党旗党徽的构成与含义，使用党旗党徽的要求。',
    tags: ['党旗', '党徽'],
    body: `<h2>式样与含义</h2><p>中国共产党党徽为镰刀和锤头组成的图案，象征工人阶级和农民阶级的利益。党旗为旗面缀有金黄色党徽图案的红旗，象征革命。</p>
<h2>使用要求</h2><p>党旗党徽是中国共产党的象征和标志，党员应当维护其尊严。举行入党宣誓、重温入党誓词等活动时，可以悬挂党旗。不得将党旗党徽用于商标、商业广告或者商业活动。</p>`,
  },
  {
    id: 'c-lib-east',
    category: 'practice',
    title: '东湖社区党员网格联系户制度',
    summary: '东湖社区党支部党员分片联系居民的做法。',
    tags: ['网格', '联系群众'],
    audience: { unitId: 'u-b-east', path: ['u-committee', 'u-gb-com', 'u-b-east'] },
    body: `<h2>联系户安排</h2><p>东湖社区党支部把社区划成八个网格，每名在职党员联系网格内十户居民，每月至少上门走访一次，了解居民的困难和诉求。</p>
<h2>反馈办理</h2><p>走访中收集的问题，在每月的主题党日上汇总讨论，能办的当月办结，不能办的向社区居委会反映并跟踪办理结果。</p>`,
  },
];

export async function seedDemoAssistant(store: DocStore, now: number): Promise<boolean> {
  const contents = store.collection<ContentDoc>('contents');
  if (await contents.get(LIBRARY[0]!.id)) return false;
  for (const [index, article] of LIBRARY.entries()) {
    const at = now - (10 + index) * DAY;
    const audience = article.audience ?? { unitId: ROOT, path: [ROOT] };
    await contents.insert({
      _id: article.id,
      kind: 'article',
      category: article.category,
      title: article.title,
      summary: article.summary,
      coverFileId: null,
      body: await sanitizeContentHtml(article.body.replace(/\n/g, '')),
      media: null,
      durationSeconds: null,
      topicItemIds: [],
      tags: article.tags,
      source: '支部学习资料',
      author: '',
      estimatedMinutes: 4,
      audienceUnitId: audience.unitId,
      audiencePath: audience.path,
      status: 'published',
      publishAt: at,
      terms: searchTerms(article.title, article.summary, ...article.tags),
      completedCount: 0,
      createdBy: 'm-001',
      createdAt: at,
      updatedAt: at,
    });
  }
  await rebuildPassageIndex(store);
  return true;
}

/**
 * A few days of 问一问 use this month in the 东湖 branch, as the daily counters record it (how many questions,
 * never what): the console's 问一问 figure then has something to show. Days before today only, so nobody's
 * allowance today is spent; the aggregates are built from these counters by the demo's backfill.
 */
export async function seedDemoAssistantUsage(store: DocStore, now: number): Promise<boolean> {
  const quota = store.collection<QuotaDoc>('assistant_quota');
  if ((await quota.count({})) > 0) return false;
  const members = await store
    .collection<MemberDoc>('members')
    .find({ unitId: 'u-b-east', status: 'normal' }, { sort: [['_id', 1]], limit: 4 });
  const month = chinaDay(now).slice(0, 7);
  for (const [index, member] of members.entries())
    for (let back = 1; back <= index + 2; back += 1) {
      const day = chinaDay(now - back * DAY);
      if (!day.startsWith(month)) continue;
      await quota.insert({ _id: quotaId(member._id, day), memberId: member._id, day, used: 1 + ((index + back) % 3) });
    }
  return true;
}
