import Taro from '@tarojs/taro';

/**
 * Every page of the app by name, with the query each one reads. Screens navigate with `openPage('voteDetail',
 * { voteId })` rather than by string, so a moved page or a renamed parameter is a type error, not a blank
 * screen. Tab pages are opened with `switchTab` (WeChat refuses `navigateTo` for them).
 */
interface PageQueries {
  home: void;
  study: void;
  quiz: void;
  activity: void;
  me: void;
  login: { ended?: string };
  bind: void;
  quizTake: { attemptId: string } | { start: 'daily' | 'review' } | { start: 'exam'; quizId: string };
  quizResult: { attemptId: string };
  quizChallenge: void;
  quizBoard: { board?: string };
  quizWrongbook: void;
  quizHistory: void;
  studyDetail: { contentId: string; passage?: string };
  studyPlans: void;
  studyPoints: void;
  studyNotes: void;
  studyMine: { view?: 'favorites' | 'recent' };
  activityDetail: { activityId: string; shareTicket?: string };
  activityCheckin: void;
  voteIndex: void;
  voteDetail: { voteId: string };
  surveyList: void;
  surveyDetail: { surveyId: string };
  surveyManage: { unitId: string };
  surveyForm: { unitId: string; surveyId?: string };
  surveyResults: { surveyId: string };
  noticeList: { tab?: 'system' };
  noticeDetail: { noticeId: string };
  noticeManage: { unitId: string; noticeId?: string };
  noticeReceipts: { noticeId: string };
  admin: { unitId?: string };
  adminDashboard: { unitId: string };
  adminMembers: { unitId: string };
  adminMember: { memberId: string };
  adminImport: { unitId: string };
  adminBindings: { unitId: string };
  adminAudit: { unitId: string };
  adminActivities: { unitId: string };
  adminActivityForm: { unitId: string; activityId?: string };
  adminActivityManage: { activityId: string };
  adminMeetings: { unitId: string };
  adminContents: { unitId: string };
  adminContentForm: { unitId: string; contentId?: string };
  adminPlans: { unitId: string };
  adminPlanReport: { planId: string };
  adminNotes: { unitId: string };
  adminPoints: { unitId: string };
  adminQuestions: { unitId: string };
  adminQuizzes: { unitId: string };
  adminQuizAnalysis: { quizId: string };
  adminQuizFlags: { unitId: string };
  adminVotes: { unitId: string };
  assistantDrafts: { unitId: string };
  studyPath: void;
  /** `question`: asked as the page opens (a link that asks about something). */
  assistantAsk: { question?: string };
  reportMonthly: { unitId: string; month?: string };
  reportLearning: { memberId?: string };
  /** The meeting room's 大屏, opened without signing in by the link's token. */
  reportWall: { token: string };
  reportWallLinks: { unitId: string };
  engageSuggest: void;
  engageTasks: void;
  engageSuggestions: { unitId: string };
  engageTaskManage: { unitId: string };
  forumBoard: void;
  forumTopic: { topicId: string };
  forumNew: void;
  assessMine: void;
  assessShowcase: void;
  assessManage: { unitId: string };
  assessMember: { memberId: string; periodId: string };
  developConsole: { unitId: string };
  developTimeline: { memberId: string };
  developMine: void;
  developRules: void;
  duesMine: void;
  duesManage: { unitId: string };
  transferList: { unitId: string };
  transferStart: { unitId: string; memberId?: string };
  transferFlow: { unitId: string };
  transferCare: { memberId: string };
  transferMine: void;
  myDossier: void;
  transferVolunteer: { activityId: string };
  reviewMine: void;
  reviewManage: { unitId: string };
  reviewRound: { roundId: string; unitId: string };
  reviewBranches: { unitId: string };
  publicityList: void;
  publicityDetail: { publicityId: string };
  publicityManage: { unitId: string };
  publicityForm: { unitId: string; publicityId?: string };
  publicityItem: { publicityId: string };
}

export type PageName = keyof PageQueries;

const PATHS: Record<PageName, string> = {
  home: '/pages/home/index',
  study: '/pages/study/index',
  quiz: '/pages/quiz/index',
  activity: '/pages/activity/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  bind: '/packages/account/pages/bind/index',
  quizTake: '/packages/quiz/pages/take/index',
  quizResult: '/packages/quiz/pages/result/index',
  quizChallenge: '/packages/quiz/pages/challenge/index',
  quizBoard: '/packages/quiz/pages/board/index',
  quizWrongbook: '/packages/quiz/pages/wrongbook/index',
  quizHistory: '/packages/quiz/pages/history/index',
  studyDetail: '/packages/study/pages/detail/index',
  studyPlans: '/packages/study/pages/plans/index',
  studyPoints: '/packages/study/pages/points/index',
  studyNotes: '/packages/study/pages/notes/index',
  studyMine: '/packages/study/pages/mine/index',
  activityDetail: '/packages/activity/pages/detail/index',
  activityCheckin: '/packages/activity/pages/checkin/index',
  voteIndex: '/packages/vote/pages/index/index',
  voteDetail: '/packages/vote/pages/detail/index',
  surveyList: '/packages/vote/pages/surveys/index',
  surveyDetail: '/packages/vote/pages/survey/index',
  surveyManage: '/packages/vote/pages/survey-manage/index',
  surveyForm: '/packages/vote/pages/survey-form/index',
  surveyResults: '/packages/vote/pages/survey-results/index',
  noticeList: '/packages/notice/pages/list/index',
  noticeDetail: '/packages/notice/pages/detail/index',
  noticeManage: '/packages/notice/pages/manage/index',
  noticeReceipts: '/packages/notice/pages/receipts/index',
  admin: '/packages/admin/pages/index/index',
  adminDashboard: '/packages/report/pages/dashboard/index',
  adminMembers: '/packages/admin/pages/members/index',
  adminMember: '/packages/admin/pages/member/index',
  adminImport: '/packages/admin/pages/import/index',
  adminBindings: '/packages/admin/pages/bindings/index',
  adminAudit: '/packages/admin/pages/audit/index',
  adminActivities: '/packages/admin/pages/activities/index',
  adminActivityForm: '/packages/admin/pages/activity-form/index',
  adminActivityManage: '/packages/admin/pages/activity-manage/index',
  adminMeetings: '/packages/admin/pages/meetings/index',
  adminContents: '/packages/admin/pages/contents/index',
  adminContentForm: '/packages/admin/pages/content-form/index',
  adminPlans: '/packages/admin/pages/plans/index',
  adminPlanReport: '/packages/report/pages/plan-report/index',
  adminNotes: '/packages/admin/pages/notes/index',
  adminPoints: '/packages/admin/pages/points/index',
  adminQuestions: '/packages/admin/pages/questions/index',
  adminQuizzes: '/packages/admin/pages/quizzes/index',
  adminQuizAnalysis: '/packages/report/pages/quiz-analysis/index',
  adminQuizFlags: '/packages/admin/pages/quiz-flags/index',
  adminVotes: '/packages/admin/pages/votes/index',
  assistantDrafts: '/packages/assistant/pages/drafts/index',
  studyPath: '/packages/assistant/pages/path/index',
  assistantAsk: '/packages/assistant/pages/ask/index',
  reportMonthly: '/packages/report/pages/monthly/index',
  reportLearning: '/packages/report/pages/learning/index',
  reportWall: '/packages/report/pages/wall/index',
  reportWallLinks: '/packages/report/pages/wall-links/index',
  engageSuggest: '/packages/engage/pages/suggest/index',
  engageTasks: '/packages/engage/pages/tasks/index',
  engageSuggestions: '/packages/engage/pages/suggestions/index',
  engageTaskManage: '/packages/engage/pages/task-manage/index',
  forumBoard: '/packages/forum/pages/board/index',
  forumTopic: '/packages/forum/pages/topic/index',
  forumNew: '/packages/forum/pages/new/index',
  assessMine: '/packages/assess/pages/mine/index',
  assessShowcase: '/packages/assess/pages/showcase/index',
  assessManage: '/packages/assess/pages/manage/index',
  assessMember: '/packages/assess/pages/member/index',
  developConsole: '/packages/develop/pages/console/index',
  developTimeline: '/packages/develop/pages/timeline/index',
  developMine: '/packages/develop/pages/mine/index',
  developRules: '/packages/develop/pages/rules/index',
  duesMine: '/packages/dues/pages/mine/index',
  duesManage: '/packages/dues/pages/manage/index',
  transferList: '/packages/transfer/pages/list/index',
  transferStart: '/packages/transfer/pages/start/index',
  transferFlow: '/packages/transfer/pages/flow/index',
  transferCare: '/packages/transfer/pages/care/index',
  transferMine: '/packages/transfer/pages/mine/index',
  myDossier: '/packages/transfer/pages/dossier/index',
  transferVolunteer: '/packages/transfer/pages/volunteer/index',
  reviewMine: '/packages/review/pages/mine/index',
  reviewManage: '/packages/review/pages/manage/index',
  reviewRound: '/packages/review/pages/round/index',
  reviewBranches: '/packages/review/pages/branches/index',
  publicityList: '/packages/publicity/pages/list/index',
  publicityDetail: '/packages/publicity/pages/detail/index',
  publicityManage: '/packages/publicity/pages/manage/index',
  publicityForm: '/packages/publicity/pages/form/index',
  publicityItem: '/packages/publicity/pages/item/index',
};

/** The pages of the tab bar, in its order (src/app.config.ts lists the same paths). */
export const TAB_PAGES = ['home', 'study', 'quiz', 'activity', 'me'] as const satisfies readonly PageName[];

type QueryArgs<P extends PageName> = PageQueries[P] extends void
  ? []
  : Partial<PageQueries[P]> extends PageQueries[P]
    ? [query?: PageQueries[P]]
    : [query: PageQueries[P]];

/** The URL of a page with its query, for the places that need the string (share paths, redirects). */
export function pageUrl<P extends PageName>(page: P, ...[query]: QueryArgs<P>): string {
  const pairs = Object.entries((query ?? {}) as Record<string, string | undefined>).filter(
    (pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '',
  );
  const search = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return search ? `${PATHS[page]}?${search}` : PATHS[page];
}

function isTab(page: PageName): boolean {
  return (TAB_PAGES as readonly PageName[]).includes(page);
}

/** Opens a page on top of the current one; a tab page is switched to instead. */
export function openPage<P extends PageName>(page: P, ...query: QueryArgs<P>): void {
  if (isTab(page)) void Taro.switchTab({ url: PATHS[page] });
  else void Taro.navigateTo({ url: pageUrl(page, ...query) });
}

/** Replaces the current page (after a form is done, or when a screen sends the user elsewhere). */
export function replacePage<P extends PageName>(page: P, ...query: QueryArgs<P>): void {
  if (isTab(page)) void Taro.switchTab({ url: PATHS[page] });
  else void Taro.redirectTo({ url: pageUrl(page, ...query) });
}

/** Leaves every page behind and opens this one (sign-in, sign-out, binding done). */
export function restartAt<P extends PageName>(page: P, ...query: QueryArgs<P>): void {
  void Taro.reLaunch({ url: pageUrl(page, ...query) });
}
