/**
 * What the gallery knows about each page: who can open it, the query it needs, and one line for the index.
 * Pages the app declares that are missing here are still photographed, for every signed-in role, without a
 * query, so a new page never drops out of the gallery unseen.
 */
export type Audience = 'guest' | 'newcomer' | 'everyone' | 'admins';

/** Ids of real demo records, found through the API for the role that opens the page. */
export interface DemoIds {
  unitId?: string;
  activityId?: string;
  contentId?: string;
  voteId?: string;
  quizId?: string;
  /** An exam whose statistics the role may read: one organised in the admin's own subtree. */
  analysedQuizId?: string;
  planId?: string;
  memberId?: string;
  attemptId?: string;
  /** A 大屏 link the admin issued for their unit. */
  wallToken?: string;
  /** The person whose development step is most urgent in the admin's subtree. */
  developingMemberId?: string;
}

export interface ScreenPage {
  /** As declared in `src/app.config.ts`, e.g. `packages/quiz/pages/board/index`. */
  path: string;
  audience: Audience;
  /** Also photographed in 长辈模式 for the member. */
  elder?: boolean;
  /** Shot on a 1920×1080 screen instead of a phone (the 大屏). */
  landscape?: true;
  what: string;
  /** The query string the page needs; null when the role has no such record to open. */
  query?: (ids: DemoIds) => string | null;
  /** A second picture of the same page in another state (e.g. a tab), named `<page>-<variant>.png`. */
  variant?: string;
}

const needs =
  (key: keyof DemoIds, param: string, extra = '') =>
  (ids: DemoIds) =>
    ids[key] ? `?${param}=${ids[key]}${extra}` : null;
const inUnit = needs('unitId', 'unitId');

const CATALOGUE: ScreenPage[] = [
  { path: 'pages/login/index', audience: 'guest', what: 'Demo sign-in: the list of demo members to enter as.' },
  {
    path: 'packages/account/pages/bind/index',
    audience: 'newcomer',
    what: 'A WeChat user not on the roster: invite code or a request to the branch.',
  },
  {
    path: 'pages/home/index',
    audience: 'everyone',
    elder: true,
    what: 'Home: banner, notices, entry grid, 今日待办, points and the latest study.',
  },
  {
    path: 'pages/me/index',
    audience: 'everyone',
    elder: true,
    what: '我的: member card, records, settings (长辈模式, privacy, sign-out) and the row to the dossier.',
  },
  {
    path: 'pages/quiz/index',
    audience: 'everyone',
    elder: true,
    what: '答题 home: daily quiz, reviews, challenge, open exams.',
  },
  {
    path: 'packages/quiz/pages/take/index',
    audience: 'everyone',
    what: 'An exam in progress (the demo exam).',
    query: needs('quizId', 'quizId', '&start=exam'),
  },
  {
    path: 'packages/quiz/pages/result/index',
    audience: 'everyone',
    what: 'The result of a handed-in daily quiz.',
    query: needs('attemptId', 'attemptId'),
  },
  {
    path: 'packages/quiz/pages/challenge/index',
    audience: 'everyone',
    what: '挑战答题: one question at a time until the first mistake.',
  },
  {
    path: 'packages/quiz/pages/board/index',
    audience: 'everyone',
    what: 'The challenge ranking with my rank.',
    query: () => '?board=challenge',
  },
  { path: 'packages/quiz/pages/wrongbook/index', audience: 'everyone', what: 'The wrong-answer book.' },
  { path: 'packages/quiz/pages/history/index', audience: 'everyone', what: 'My handed-in attempts.' },
  {
    path: 'pages/study/index',
    audience: 'everyone',
    elder: true,
    what: '学习 home: figures, plan items, recommended and latest.',
  },
  {
    path: 'packages/study/pages/detail/index',
    audience: 'everyone',
    what: 'Reading a demo article.',
    query: needs('contentId', 'contentId'),
  },
  { path: 'packages/study/pages/plans/index', audience: 'everyone', what: 'The study plans assigned to me.' },
  { path: 'packages/study/pages/points/index', audience: 'everyone', what: 'My points balance and awards.' },
  { path: 'packages/study/pages/notes/index', audience: 'everyone', what: 'My study notes and 支部交流.' },
  { path: 'packages/study/pages/mine/index', audience: 'everyone', what: 'My favourites and recent reading.' },
  { path: 'pages/activity/index', audience: 'everyone', elder: true, what: 'Activities open to me.' },
  {
    path: 'packages/activity/pages/detail/index',
    audience: 'everyone',
    what: 'A branch 主题党日 (the member has signed up).',
    query: needs('activityId', 'activityId'),
  },
  {
    path: 'packages/activity/pages/checkin/index',
    audience: 'everyone',
    what: 'Check-in, and 志愿服务签退 in its tab: scan or type the code.',
  },
  {
    path: 'packages/activity/pages/checkin/index',
    audience: 'everyone',
    variant: 'checkout',
    what: 'The 志愿服务签退 tab of the check-in page: the same code, and the hours it counts.',
    query: () => '?mode=out',
  },
  { path: 'packages/vote/pages/index/index', audience: 'everyone', elder: true, what: 'Votes of my branch and above.' },
  {
    path: 'packages/vote/pages/detail/index',
    audience: 'everyone',
    what: 'One open demo vote, before the ballot.',
    query: needs('voteId', 'voteId'),
  },
  {
    path: 'packages/vote/pages/surveys/index',
    audience: 'everyone',
    elder: true,
    what: '问卷 of my branch and above.',
  },
  {
    path: 'packages/vote/pages/survey/index',
    audience: 'everyone',
    what: 'The demo questionnaire: the answer form, or the results once answered.',
    query: () => '?surveyId=survey-demo',
  },
  {
    path: 'packages/vote/pages/survey-manage/index',
    audience: 'admins',
    what: '问卷 of the unit with responses.',
    query: inUnit,
  },
  {
    path: 'packages/vote/pages/survey-form/index',
    audience: 'admins',
    what: 'A new questionnaire: its questions.',
    query: inUnit,
  },
  {
    path: 'packages/vote/pages/survey-results/index',
    audience: 'admins',
    what: 'The demo questionnaire’s results as bars, text answers listed.',
    query: () => '?surveyId=survey-demo',
  },
  {
    path: 'packages/notice/pages/list/index',
    audience: 'everyone',
    elder: true,
    what: '通知公告 addressed to me, unread and must-read first; the system messages on a second tab.',
  },
  {
    path: 'packages/notice/pages/detail/index',
    audience: 'everyone',
    elder: true,
    what: 'The east branch’s must-read notice with its deadline and the 已阅 button (opening records a receipt).',
    query: () => '?noticeId=nt-demo-east',
  },
  {
    path: 'packages/notice/pages/manage/index',
    audience: 'admins',
    what: 'The notices of the admin’s subtree with read and confirm counts, and 发布通知.',
    query: inUnit,
  },
  {
    path: 'packages/notice/pages/receipts/index',
    audience: 'admins',
    what: 'A must-read notice’s receipts: the read rate, each unit, the members by state, remind and export.',
    // The secretary's own branch's notice; the org admin's subtree holds the demo member's branch.
    query: (ids) =>
      ids.unitId ? `?noticeId=${ids.unitId === 'u-b-east' ? 'nt-demo-east' : 'nt-demo-must-read'}` : null,
  },
  { path: 'packages/admin/pages/index/index', audience: 'admins', what: 'Console home of the admin’s unit.' },
  { path: 'packages/report/pages/dashboard/index', audience: 'admins', what: 'The unit’s dashboard.', query: inUnit },
  {
    path: 'packages/report/pages/monthly/index',
    audience: 'admins',
    what: 'The unit’s monthly report: key figures, changes against last month, a committee’s branches side by side.',
    query: inUnit,
  },
  {
    path: 'packages/admin/pages/members/index',
    audience: 'admins',
    what: 'The roster of the unit’s subtree.',
    query: inUnit,
  },
  {
    path: 'packages/admin/pages/member/index',
    audience: 'admins',
    what: 'One member’s record (a demo member).',
    query: needs('memberId', 'memberId'),
  },
  { path: 'packages/admin/pages/import/index', audience: 'admins', what: 'Roster import.', query: inUnit },
  { path: 'packages/admin/pages/bindings/index', audience: 'admins', what: 'Binding requests waiting.', query: inUnit },
  { path: 'packages/admin/pages/audit/index', audience: 'admins', what: 'The audit log.', query: inUnit },
  {
    path: 'packages/admin/pages/activities/index',
    audience: 'admins',
    what: 'Activities organised in the subtree.',
    query: inUnit,
  },
  {
    path: 'packages/admin/pages/activity-form/index',
    audience: 'admins',
    what: 'Publishing a new activity.',
    query: inUnit,
  },
  {
    path: 'packages/admin/pages/activity-manage/index',
    audience: 'admins',
    what: 'Managing the demo 主题党日: sign-ups and check-in code.',
    query: needs('activityId', 'activityId'),
  },
  {
    path: 'packages/admin/pages/meetings/index',
    audience: 'admins',
    what: '三会一课 by branch and month.',
    query: inUnit,
  },
  {
    path: 'packages/admin/pages/contents/index',
    audience: 'admins',
    what: 'Study content of the subtree.',
    query: inUnit,
  },
  {
    path: 'packages/admin/pages/content-form/index',
    audience: 'admins',
    what: 'Writing new study content.',
    query: inUnit,
  },
  { path: 'packages/admin/pages/plans/index', audience: 'admins', what: 'Study plans of the subtree.', query: inUnit },
  {
    path: 'packages/report/pages/plan-report/index',
    audience: 'admins',
    what: 'How far the demo plan is.',
    query: needs('planId', 'planId'),
  },
  { path: 'packages/admin/pages/notes/index', audience: 'admins', what: 'Study notes to review.', query: inUnit },
  { path: 'packages/admin/pages/points/index', audience: 'admins', what: 'Points rules and ranking.', query: inUnit },
  { path: 'packages/admin/pages/questions/index', audience: 'admins', what: 'The question bank.', query: inUnit },
  {
    path: 'packages/assistant/pages/drafts/index',
    audience: 'admins',
    what: 'AI 出题: drafts from a study item, each reviewed before it joins the bank.',
    query: inUnit,
  },
  {
    path: 'packages/assistant/pages/path/index',
    audience: 'everyone',
    elder: true,
    what: '学习路径: the next items with reasons, weak tags, today’s review.',
  },
  {
    path: 'packages/assistant/pages/ask/index',
    audience: 'everyone',
    elder: true,
    what: '问一问: a question asked in one’s own words, answered by quoting the study library with numbered sources.',
    query: () => `?question=${encodeURIComponent('预备党员的预备期有多长？')}`,
  },
  { path: 'packages/admin/pages/quizzes/index', audience: 'admins', what: 'Exams and competitions.', query: inUnit },
  {
    path: 'packages/report/pages/quiz-analysis/index',
    audience: 'admins',
    what: 'The demo exam’s statistics.',
    query: needs('analysedQuizId', 'quizId'),
  },
  {
    path: 'packages/admin/pages/quiz-flags/index',
    audience: 'admins',
    what: 'Attempts flagged for verification.',
    query: inUnit,
  },
  { path: 'packages/admin/pages/votes/index', audience: 'admins', what: 'Votes with turnout.', query: inUnit },
  {
    path: 'packages/report/pages/learning/index',
    audience: 'everyone',
    elder: true,
    what: '学习报告: figures against the period before, tag rates, strengths, weak points.',
    query: (ids) => (ids.memberId ? `?memberId=${ids.memberId}` : ''),
  },
  {
    path: 'packages/report/pages/wall/index',
    audience: 'admins',
    landscape: true,
    what: '数据大屏 on a 1920×1080 screen, opened by a link without signing in: six figures, members by stage, weekly study and attendance, 三会一课.',
    query: needs('wallToken', 'token'),
  },
  {
    path: 'packages/report/pages/wall-links/index',
    audience: 'admins',
    what: '大屏链接: issue a link for 1–72 hours, copy it, revoke it.',
    query: inUnit,
  },
  {
    path: 'packages/engage/pages/suggest/index',
    audience: 'everyone',
    elder: true,
    what: '意见建议: my suggestions with status and reply; 提建议 with the 匿名 switch and what it means.',
  },
  {
    path: 'packages/engage/pages/tasks/index',
    audience: 'everyone',
    elder: true,
    what: '我的任务 by state (待完成/已提交/已退回/已完成); open one to 提交反馈 with text and a photo.',
  },
  {
    path: 'packages/engage/pages/suggestions/index',
    audience: 'admins',
    what: '意见建议管理: this month’s count by status, the list by status, 标记处理中 and 答复.',
    query: inUnit,
  },
  {
    path: 'packages/engage/pages/task-manage/index',
    audience: 'admins',
    what: '任务管理: tasks with completion, 布置任务, review feedback (通过/退回) with completion per unit.',
    query: inUnit,
  },
  {
    path: 'packages/forum/pages/board/index',
    audience: 'everyone',
    elder: true,
    what: '交流园地: my branch’s topics, pinned first, with 新话题 / N 条新回复 marks; 发新话题 at the bottom.',
  },
  {
    path: 'packages/forum/pages/topic/index',
    audience: 'everyone',
    elder: true,
    what: 'A 交流园地 topic: the opening post, numbered replies, the reply bar with @ and images; 管理 and 隐藏 for the secretary.',
    query: () => '?topicId=ft-demo-1',
  },
  {
    path: 'packages/forum/pages/new/index',
    audience: 'everyone',
    what: '发新话题: title, text, up to three images, and members to @ (each told once).',
  },
  {
    path: 'packages/assess/pages/mine/index',
    audience: 'everyone',
    elder: true,
    what: '我的考核: the score ring and grade, a bar per indicator with its figure, the period picker, 表彰 and 指导建议.',
  },
  {
    path: 'packages/assess/pages/showcase/index',
    audience: 'everyone',
    elder: true,
    what: '先锋模范: the stories (图文 tagged 先锋模范) addressed to my organisation.',
  },
  {
    path: 'packages/assess/pages/manage/index',
    audience: 'admins',
    what: '考核管理: grade distribution, unit averages and ranking with export and 归档; 加扣分 to approve; the scheme.',
    query: inUnit,
  },
  {
    path: 'packages/assess/pages/member/index',
    audience: 'admins',
    what: 'One member’s 表彰奖惩 (处分 behind identity confirmation) and 生成指导建议 to review and send.',
    query: needs('memberId', 'memberId', '&periodId=2026'),
  },
  {
    path: 'packages/develop/pages/console/index',
    audience: 'admins',
    what: '发展党员: overdue and due steps first in big numbers, then the pipeline by stage (申请人 to 预备党员).',
    query: inUnit,
  },
  {
    path: 'packages/develop/pages/timeline/index',
    audience: 'admins',
    what: 'A person’s 发展进程: the next step with its earliest and due dates and the rule, steps done, 记录下一步.',
    query: needs('developingMemberId', 'memberId'),
  },
  {
    path: 'packages/develop/pages/mine/index',
    audience: 'everyone',
    elder: true,
    what: '我的发展进程: the steps my branch recorded and what comes next (a 正式党员 sees where the history is).',
  },
  {
    path: 'packages/develop/pages/rules/index',
    audience: 'admins',
    what: '发展党员时限: every interval with its source; a super admin changes the numbers, others read them.',
  },
  {
    path: 'packages/dues/pages/mine/index',
    audience: 'everyone',
    elder: true,
    what: '我的党费: what I owe with 立即缴纳, my category and monthly due, the year statement month by month.',
  },
  {
    path: 'packages/dues/pages/manage/index',
    audience: 'admins',
    what: '党费管理: the month’s figures, members in arrears first, 设定基数 and 记录缴费 sheets, 公示本月, 导出全年.',
    query: inUnit,
  },
  {
    path: 'packages/transfer/pages/list/index',
    audience: 'admins',
    what: '组织关系转接: counts to accept and receipts overdue, 转出/转入 with 接收, 退回, 撤销, 登记回执.',
    query: inUnit,
  },
  {
    path: 'packages/transfer/pages/start/index',
    audience: 'admins',
    what: '发起转接: the member, a branch in the system or an outside organisation, letter number and validity.',
    query: inUnit,
  },
  {
    path: 'packages/transfer/pages/flow/index',
    audience: 'admins',
    what: '流动党员: where each member away is and whom to contact there; 登记流动党员.',
    query: inUnit,
  },
  {
    path: 'packages/transfer/pages/care/index',
    audience: 'admins',
    what: '关怀记录 of a member (branch admins and above only): visits and help given; 记录关怀.',
    query: needs('memberId', 'memberId'),
  },
  {
    path: 'packages/transfer/pages/mine/index',
    audience: 'everyone',
    elder: true,
    what: '组织关系与志愿时长: my transfers and their status, my 流动党员 registration, my volunteer hours.',
  },
  {
    path: 'packages/transfer/pages/dossier/index',
    audience: 'everyone',
    elder: true,
    what: '我的档案: personal facts (masked), 发展历程, trainings, my 表彰, and rows to 发展进程 and 组织关系转接.',
  },
  {
    path: 'packages/transfer/pages/volunteer/index',
    audience: 'admins',
    what: '确认志愿时长 of a 志愿服务 activity: who checked in, from check-in to the end or the same hours each.',
    query: needs('activityId', 'activityId'),
  },
  {
    path: 'packages/publicity/pages/list/index',
    audience: 'everyone',
    elder: true,
    what: '公示栏: the 公示 of my unit and the units above it, open ones first, then those closed lately (已结束).',
  },
  {
    path: 'packages/publicity/pages/detail/index',
    audience: 'everyone',
    elder: true,
    what: 'One 公示 (the demo 发展对象公示) with the 提出异议 form and who reads an objection.',
    query: () => '?publicityId=pb-demo-open',
  },
  {
    path: 'packages/publicity/pages/manage/index',
    audience: 'admins',
    what: '公示栏管理: every 公示 of the subtree by status with its objections waiting, 发布公示.',
    query: inUnit,
  },
  {
    path: 'packages/publicity/pages/form/index',
    audience: 'admins',
    what: '发布公示: kind, title, the period picked with date wheels (at least 5 days for membership 公示), the body.',
    query: inUnit,
  },
  {
    path: 'packages/publicity/pages/item/index',
    audience: 'admins',
    what: 'One 公示 for its admins: objection counts, each objection with who raised it, 标记已处理, 撤回.',
    query: () => '?publicityId=pb-demo-open',
  },
  {
    path: 'packages/review/pages/mine/index',
    audience: 'everyone',
    elder: true,
    what: '民主评议 for a member: the phase steps, 自我评价, the anonymous 民主测评 sheet (four grades per member), my grade after 公示.',
  },
  {
    path: 'packages/review/pages/manage/index',
    audience: 'admins',
    what: '民主评议 in the console: each round with its phase and what is in (自我评价, 测评票, 已评定); 开启民主评议 with dates.',
    query: inUnit,
  },
  {
    path: 'packages/review/pages/round/index',
    audience: 'admins',
    what: 'One round (the 东湖 branch, in 民主测评): progress, the next step with a confirmation, the grade sheet once 测评 closes.',
    query: (ids) => (ids.unitId ? `?roundId=u-b-east_2026&unitId=${ids.unitId}` : null),
  },
  {
    path: 'packages/review/pages/branches/index',
    audience: 'admins',
    what: '支部评星定级: the year’s counts per grade, each branch’s figures and 三会一课 months beside its stars and note.',
    query: inUnit,
  },
];

/** The declared pages (main package, then subpackages), each with what the catalogue knows of it. */
export function screenPages(config: { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }> }) {
  const declared = [
    ...config.pages,
    ...(config.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
  ];
  return declared.flatMap((declaredPath): ScreenPage[] => {
    const described = CATALOGUE.filter((page) => page.path === declaredPath);
    if (described.length > 0) return described;
    return [{ path: declaredPath, audience: 'everyone', what: '(not described in scripts/lib/screens-pages.ts yet)' }];
  });
}

/**
 * `pages/home/index` → `home`; `packages/report/pages/plan-report/index` → `report-plan-report`; a variant adds
 * its name (`activity-checkin-checkout`).
 */
export function pictureName(pagePath: string, variant?: string): string {
  return variant ? `${pageName(pagePath)}-${variant}` : pageName(pagePath);
}

function pageName(pagePath: string): string {
  const sub = /^packages\/([^/]+)\/pages\/([^/]+)\/index$/.exec(pagePath);
  if (sub) return `${sub[1]}-${sub[2]}`;
  return pagePath
    .replace(/^pages\//, '')
    .replace(/\/index$/, '')
    .replace(/\//g, '-');
}
