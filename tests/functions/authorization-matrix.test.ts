import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localFiles } from '../../cloudfunctions/platform/files';
import { rmSync } from 'node:fs';
import { contract, ROUTE_NAMES, type Audience, type RouteName, type Scope } from '../../types/contract';
import type { Role } from '../../types/labels';
import type { Identity } from '../../cloudfunctions/platform/identity';
import { createSessionTokens } from '../../cloudfunctions/platform/session-tokens';
import { createLocalMessaging } from '../../cloudfunctions/platform/messaging';
import { localModel } from '../../cloudfunctions/platform/models';
import { localContentSafety } from '../../cloudfunctions/platform/content-safety';
import { localSoter } from '../../cloudfunctions/platform/soter';
import { localCode2Session } from '../../cloudfunctions/platform/wx-login';
import type { Services } from '../../cloudfunctions/kernel/context';
import { dispatch } from '../../cloudfunctions/router/dispatch';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import type { DocStore } from '../../cloudfunctions/store/types';
import { wallToken } from '../../cloudfunctions/modules/wall/wall-link-token';
import { DEMO, FIXED_NOW, seededDataDir, testCipher } from '../support/demo-store';
import { addEngageFixtures } from '../support/engage-fixtures';
import { addForumFixtures } from '../support/forum-fixtures';
import { addReviewFixtures } from '../support/review-fixtures';
import { addAssessmentFixtures } from '../support/assessment-fixtures';
import { addTransferFixtures } from '../support/transfer-fixtures';
import { addPublicityFixtures } from '../support/publicity-fixtures';

/**
 * The authorisation matrix: every route of the contract × every kind of caller × a target inside and
 * outside the caller's subtree, with the expected allow/deny derived from the route's declared access.
 * A route without an example here fails the first test, so no route can skip the matrix.
 */
type Target = {
  activity: string;
  unit: string;
  member: string;
  request: string;
  emptyUnit: string;
  parent: string;
  branch: string;
  content: string;
  plan: string;
  note: string;
  question: string;
  quiz: string;
  report: string;
  draft: string;
  vote: string;
  survey: string;
  notice: string;
  wallLink: string;
  suggestion: string;
  task: string;
  forumTopic: string;
  comment: string;
  /** A 民主评议 round (the branch's, this year). */
  reviewRound: string;
  publicity: string;
  assessmentItem: string;
  guidance: string;
  /** Open transfers out of and into the target's branch. */
  transferOut: string;
  transferIn: string;
  /** A 大屏 token: a valid one inside, a forged one outside. */
  wallToken: string;
};
/** The 大屏 link the matrix's east branch issued, an hour from expiring. */
const WALL_LINK = { _id: 'wl-east', unitId: 'u-b-east', expiresAt: FIXED_NOW + 3600_000 };
const INSIDE: Target = {
  activity: 'act-east',
  unit: 'u-b-east',
  member: 'm-x-east',
  request: 'r-east',
  emptyUnit: 'u-east-empty',
  parent: 'u-gb-org',
  branch: 'u-b-east',
  content: 'c-east',
  plan: 'plan-east',
  note: 'note-east',
  question: 'q-east',
  quiz: 'quiz-east',
  report: 'rep-east',
  draft: 'qd-east',
  vote: 'vote-east',
  survey: 'survey-east',
  notice: 'nt-east',
  wallLink: 'wl-east',
  suggestion: 'sg-east',
  task: 'task-east',
  forumTopic: 'ft-east',
  comment: 'cm-east',
  reviewRound: 'u-b-east_2026',
  publicity: 'pb-east',
  assessmentItem: 'ai-east',
  guidance: 'g-east',
  transferOut: 'tr-east-out',
  transferIn: 'tr-east-in',
  wallToken: wallToken(testCipher(), WALL_LINK),
};
const OUTSIDE: Target = {
  activity: 'act-other',
  unit: 'u-x-branch',
  member: 'm-x-other',
  request: 'r-other',
  emptyUnit: 'u-x-empty',
  parent: 'u-x-committee',
  branch: 'u-x-branch',
  content: 'c-other',
  plan: 'plan-other',
  note: 'note-other',
  question: 'q-other',
  quiz: 'quiz-other',
  report: 'rep-other',
  draft: 'qd-other',
  vote: 'vote-other',
  survey: 'survey-other',
  notice: 'nt-other',
  wallLink: 'wl-other',
  suggestion: 'sg-other',
  task: 'task-other',
  forumTopic: 'ft-other',
  comment: 'cm-other',
  reviewRound: 'u-x-branch_2026',
  publicity: 'pb-other',
  assessmentItem: 'ai-other',
  guidance: 'g-other',
  transferOut: 'tr-other-out',
  transferIn: 'tr-other-in',
  wallToken: `${WALL_LINK._id}.${WALL_LINK.expiresAt}.${'A'.repeat(43)}`,
};
const CONFIRM = { method: 'fallback', reason: '测试环境' };
const CSV = Buffer.from('姓名,身份证号,所在支部,发展阶段\n张三,110105194912310020,东湖社区党支部,正式党员\n').toString(
  'base64',
);

let codeCounter = 0;
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** A one-question questionnaire, as the survey routes take it. */
const MATRIX_SURVEY = {
  title: '问卷测试',
  opensAt: FIXED_NOW,
  closesAt: FIXED_NOW + 86_400_000,
  questions: [{ kind: 'single', title: '是否同意', options: ['同意', '不同意'] }],
};

const EXAMPLES: Record<RouteName, (t: Target) => unknown> = {
  'admin.transferStart': (t) => ({
    memberId: t.member,
    to: { outsideName: '某某市某某区委组织部' },
    letterNo: '第001号',
    validUntil: FIXED_NOW + 30 * 86_400_000,
    reason: '工作调动',
  }),
  'admin.transferAccept': (t) => ({ transferId: t.transferIn }),
  'admin.transferReturn': (t) => ({ transferId: t.transferIn, reason: '介绍信信息有误' }),
  'admin.transferCancel': (t) => ({ transferId: t.transferOut }),
  'admin.transferReceipt': (t) => ({ transferId: t.transferOut, receivedAt: FIXED_NOW - 1000 }),
  'admin.transfers': (t) => ({ unitId: t.unit, direction: 'in' }),
  'me.transfer': () => ({}),
  'admin.flowRegister': (t) => ({ memberId: t.member, place: '深圳市南山区', since: FIXED_NOW - 86_400_000 }),
  'admin.flowEnd': (t) => ({ memberId: t.member, endedOn: FIXED_NOW - 1000, reason: '已返回本地工作' }),
  'admin.flowList': (t) => ({ unitId: t.unit }),
  'admin.volunteerConfirm': (t) => ({ activityId: t.activity, memberIds: [t.member] }),
  'me.volunteer': () => ({}),
  'admin.careAdd': (t) => ({ memberId: t.member, kind: 'visit', at: FIXED_NOW - 1000, note: '走访了解生活情况' }),
  'admin.careList': (t) => ({ memberId: t.member }),
  'system.transferOverdue': () => ({}),
  'auth.devMembers': () => ({}),
  'auth.devLogin': () => ({ memberId: DEMO.member }),
  'auth.devLoginWechat': () => ({}),
  'auth.wxLogin': () => ({ code: `local:o-matrix#${(codeCounter += 1)}` }),
  'auth.refresh': () => ({}),
  'auth.signOut': () => ({}),
  'auth.bootstrap': () => ({ code: 'ABCDEFGHJKLM', name: '张三', organisationName: '某某党委' }),
  'auth.bindingStatus': () => ({}),
  'auth.bindByInvite': () => ({ code: 'ABCDEFGH' }),
  'auth.requestBinding': (t) => ({ name: '某某', phoneLast4: '1234', unitId: t.unit }),
  'auth.bindableUnits': () => ({}),
  'auth.withdrawBindingRequest': () => ({}),
  'me.card': () => ({}),
  'me.dossier': () => ({}),
  'me.updatePhone': () => ({ phone: '17000000000' }),
  'me.exportData': () => ({}),
  'admin.unitOverview': (t) => ({ unitId: t.unit }),
  'admin.pendingWork': (t) => ({ unitId: t.unit }),
  'admin.dashboard': (t) => ({ unitId: t.unit, period: 'month', anchor: '2024-05-01' }),
  'admin.monthlyReport': (t) => ({ unitId: t.unit, month: '2026-11' }),
  'admin.monthlyReportExport': (t) => ({ unitId: t.unit, month: '2026-11' }),
  'admin.unitCreate': (t) => ({ unitId: t.unit, name: '新建党小组', kind: 'group' }),
  'admin.unitRename': (t) => ({ unitId: t.unit, name: '改名后的支部' }),
  'admin.unitMove': (t) => ({ unitId: t.branch, newParentId: t.parent }),
  'admin.unitArchive': (t) => ({ unitId: t.emptyUnit }),
  'admin.memberList': (t) => ({ unitId: t.unit }),
  'admin.memberGet': (t) => ({ memberId: t.member }),
  'admin.memberCreate': (t) => ({
    unitId: t.unit,
    name: '新党员',
    gender: 'male',
    ethnicity: null,
    birthDate: null,
    education: null,
    idCard: null,
    phone: null,
    position: null,
    status: 'normal',
    joinedAt: null,
    stage: 'applicant',
    stageSince: FIXED_NOW,
  }),
  'admin.memberUpdate': (t) => ({ memberId: t.member, changes: { position: '组织委员' } }),
  'admin.memberChangeStage': (t) => ({ memberId: t.member, stage: 'activist', at: FIXED_NOW, reason: '录入有误' }),
  'admin.memberAddTraining': (t) => ({ memberId: t.member, title: '党史学习', at: FIXED_NOW, hours: 2 }),
  'admin.memberReveal': (t) => ({ memberId: t.member, field: 'phone', confirmation: CONFIRM }),
  'admin.identityChallenge': () => ({}),
  'admin.memberSetRole': (t) => ({ memberId: t.member, role: 'member', confirmation: CONFIRM }),
  'admin.memberUnbind': (t) => ({ memberId: t.member, reason: '测试解绑' }),
  'admin.superAdmins': () => ({}),
  'admin.stepDown': () => ({ role: 'org_admin', confirmation: CONFIRM }),
  'admin.inviteCreate': (t) => ({ memberId: t.member }),
  'admin.branchInviteCreate': (t) => ({ unitId: t.unit }),
  'admin.bindingList': (t) => ({ unitId: t.unit }),
  'admin.bindingDecide': (t) => ({ requestId: t.request, approve: false }),
  'admin.rosterImport': (t) => ({ unitId: t.unit, format: 'csv', file: CSV, mode: 'dry_run' }),
  'admin.rosterExport': (t) => ({ unitId: t.unit }),
  'admin.rosterTemplate': (t) => ({ unitId: t.unit }),
  'admin.auditList': (t) => ({ unitId: t.unit }),
  'system.setup': () => ({}),
  'system.pruneQuotas': () => ({}),
  'me.notices': () => ({}),
  'activity.list': () => ({ view: 'upcoming' }),
  'activity.get': (t) => ({ activityId: t.activity }),
  'activity.signUp': (t) => ({ activityId: t.activity }),
  'activity.cancel': (t) => ({ activityId: t.activity }),
  'activity.requestLeave': (t) => ({ activityId: t.activity, reason: '出差在外' }),
  'activity.checkIn': (t) => ({ token: checkinToken(t.activity) }),
  'activity.checkOut': (t) => ({ token: checkinToken(t.activity) }),
  'activity.roster': (t) => ({ activityId: t.activity }),
  'activity.minutes': (t) => ({ activityId: t.activity }),
  'activity.shareInfo': (t) => ({ activityId: t.activity }),
  'activity.groupEnter': (t) => ({ activityId: t.activity, cloudID: 'local-group:g1' }),
  'activity.subscribeReminder': (t) => ({ activityId: t.activity }),
  'admin.activityCreate': (t) => ({
    unitId: t.unit,
    type: 'theme_day',
    title: '主题党日活动',
    startAt: FIXED_NOW + 86_400_000,
    endAt: FIXED_NOW + 93_600_000,
    place: { text: '党员活动室' },
    capacity: 10,
    signupOpensAt: FIXED_NOW,
    signupClosesAt: FIXED_NOW + 3_600_000,
    cancelPolicy: 'any_time',
  }),
  'admin.activityList': (t) => ({ unitId: t.unit }),
  'admin.activitySignups': (t) => ({ activityId: t.activity }),
  'admin.activityDecide': (t) => ({ activityId: t.activity, memberId: t.member, approve: true }),
  'admin.checkinToken': (t) => ({ activityId: t.activity }),
  'admin.proxyCheckIn': (t) => ({ activityId: t.activity, memberId: t.member, reason: '手机没电' }),
  'admin.attendance': (t) => ({ activityId: t.activity }),
  'admin.attendanceExport': (t) => ({ activityId: t.activity }),
  'admin.minutesSave': (t) => ({
    activityId: t.activity,
    topic: '学习讨论',
    presenter: '张三',
    recorder: '李四',
    content: '会议内容',
  }),
  'admin.minutesGet': (t) => ({ activityId: t.activity }),
  'admin.photoUpload': (t) => ({ activityId: t.activity, name: 'photo.png', content: TINY_PNG }),
  'admin.meetingRecords': (t) => ({ unitId: t.unit, period: '2026-11' }),
  'admin.remindMissing': (t) => ({ unitId: t.unit, period: '2026-11' }),
  'admin.bindGroup': (t) => ({ unitId: t.unit, cloudID: 'local-group:g1' }),
  'system.sendReminders': () => ({}),
  'system.drainEvents': () => ({}),
  'system.reconcileAggregates': () => ({}),
  'system.reconcileStudy': () => ({}),
  'study.home': () => ({}),
  'study.list': () => ({ keyword: '学习' }),
  'study.mine': () => ({ view: 'favorites' }),
  'study.get': (t) => ({ contentId: t.content }),
  'study.open': (t) => ({ contentId: t.content }),
  'study.heartbeat': () => ({ sessionId: 'ss-none', playing: true }),
  'study.favorite': (t) => ({ contentId: t.content, on: true }),
  'study.stats': () => ({}),
  'study.plans': () => ({}),
  'study.noteSubmit': (t) => ({
    targetKind: 'content',
    targetId: t.content,
    text: '学习之后很有收获，要落实到工作中。',
  }),
  'study.myNotes': () => ({}),
  'study.branchNotes': () => ({}),
  'points.mine': () => ({}),
  'points.rules': () => ({}),
  'admin.contentSave': (t) => ({
    unitId: t.unit,
    kind: 'article',
    category: 'theory',
    title: '学习文章',
    body: '<p>正文</p>',
    estimatedMinutes: 3,
  }),
  'admin.contentGet': (t) => ({ contentId: t.content }),
  'admin.contentPublish': (t) => ({ contentId: t.content }),
  'admin.contentTakeDown': (t) => ({ contentId: t.content }),
  'admin.contentList': (t) => ({ unitId: t.unit }),
  'admin.studyUpload': () => ({ name: 'cover.png', content: TINY_PNG }),
  'admin.studyUploadChunk': () => ({
    uploadId: `up-${(codeCounter += 1)}`,
    index: 0,
    total: 1,
    name: 'a.mp3',
    content: TINY_PNG,
  }),
  'admin.planCreate': (t) => ({
    unitId: t.unit,
    title: '学习计划',
    itemIds: [t.content],
    startAt: FIXED_NOW,
    deadline: FIXED_NOW + 86_400_000,
  }),
  'admin.planList': (t) => ({ unitId: t.unit }),
  'admin.planReport': (t) => ({ planId: t.plan }),
  'admin.plansFromAbove': (t) => ({ unitId: t.unit }),
  'admin.planReportInUnit': (t) => ({ unitId: t.unit, planId: t.plan }),
  'admin.planRemind': (t) => ({ planId: t.plan }),
  'admin.planExport': (t) => ({ planId: t.plan }),
  'admin.noteQueue': (t) => ({ unitId: t.unit, status: 'pending' }),
  'admin.noteReview': (t) => ({ noteId: t.note, approve: true }),
  'admin.pointsRules': () => ({}),
  'admin.pointsRulesSave': () => ({ rules: [{ rule: 'read_article', points: 1, dailyCap: 6, enabled: true }] }),
  'admin.pointsRanking': (t) => ({ unitId: t.unit }),
  'quiz.home': () => ({}),
  'quiz.startDaily': () => ({}),
  'quiz.startExam': (t) => ({ quizId: t.quiz }),
  'quiz.startReview': () => ({}),
  'quiz.get': () => ({ attemptId: 'att-none' }),
  'quiz.answer': () => ({ attemptId: 'att-none', questionId: 'q-east', answer: [0] }),
  'quiz.submit': () => ({ attemptId: 'att-none' }),
  'quiz.result': () => ({ attemptId: 'att-none' }),
  'quiz.history': () => ({}),
  'quiz.challengeStart': () => ({}),
  'quiz.challengeAnswer': () => ({ attemptId: 'att-none', questionId: 'q-east', answer: [0] }),
  'quiz.leaderboard': (t) => ({ board: t.quiz }),
  'quiz.unitBoard': (t) => ({ quizId: t.quiz }),
  'quiz.wrongBook': () => ({}),
  'quiz.reportQuestion': (t) => ({ questionId: t.question, reason: '答案好像不对' }),
  'admin.questionSave': (t) => ({
    unitId: t.unit,
    type: 'judge',
    stem: '党的最高理想是实现共产主义。',
    answer: ['对'],
  }),
  'admin.questionGet': (t) => ({ questionId: t.question }),
  'admin.questionList': (t) => ({ unitId: t.unit }),
  'admin.questionImport': (t) => ({ unitId: t.unit, format: 'csv', file: QUESTION_CSV, mode: 'dry_run' }),
  'admin.questionExport': (t) => ({ unitId: t.unit }),
  'admin.questionTemplate': (t) => ({ unitId: t.unit }),
  'admin.questionReports': (t) => ({ unitId: t.unit, status: 'open' }),
  'admin.questionReportResolve': (t) => ({ reportId: t.report, action: 'dismiss' }),
  'admin.questionDraftsGenerate': (t) => ({ unitId: t.unit, contentId: t.content }),
  'admin.questionDrafts': (t) => ({ unitId: t.unit }),
  'admin.questionDraftUpdate': (t) => ({
    draftId: t.draft,
    stem: '党的根本宗旨是____。',
    answer: ['全心全意为人民服务'],
  }),
  'admin.questionDraftAccept': (t) => ({ draftId: t.draft }),
  'admin.questionDraftReject': (t) => ({ draftId: t.draft }),
  'study.path': () => ({}),
  'study.pathDismiss': (t) => ({ contentId: t.content }),
  'admin.quizSave': (t) => ({
    unitId: t.unit,
    kind: 'exam',
    title: '测试考试',
    draws: [{ count: 1 }],
    opensAt: FIXED_NOW,
    closesAt: FIXED_NOW + 86_400_000,
  }),
  'admin.quizList': (t) => ({ unitId: t.unit }),
  'admin.quizAnalysis': (t) => ({ quizId: t.quiz }),
  'admin.quizExport': (t) => ({ quizId: t.quiz }),
  'admin.quizFlags': (t) => ({ unitId: t.unit }),
  'admin.quizFlagDecide': (t) => ({ unitId: t.unit, attemptId: 'att-none', decision: 'confirm' }),
  'vote.list': () => ({}),
  'vote.detail': (t) => ({ voteId: t.vote }),
  'vote.cast': (t) => ({ voteId: t.vote, optionIds: ['o1'], castId: 'matrix-cast-id-0000000000' }),
  'admin.voteCreate': (t) => ({
    unitId: t.unit,
    title: '表决测试',
    options: ['同意', '不同意'],
    opensAt: FIXED_NOW,
    closesAt: FIXED_NOW + 86_400_000,
  }),
  'admin.voteList': (t) => ({ unitId: t.unit }),
  'admin.voteResults': (t) => ({ voteId: t.vote }),
  'admin.voteClose': (t) => ({ voteId: t.vote }),
  'survey.list': () => ({}),
  'survey.detail': (t) => ({ surveyId: t.survey }),
  'survey.submit': (t) => ({ surveyId: t.survey, answers: [{ questionId: 'q1', optionIds: ['o1'] }] }),
  'survey.results': (t) => ({ surveyId: t.survey }),
  'admin.surveyCreate': (t) => ({ unitId: t.unit, survey: MATRIX_SURVEY }),
  'admin.surveyUpdate': (t) => ({ surveyId: t.survey, survey: MATRIX_SURVEY }),
  'admin.surveyPublish': (t) => ({ surveyId: t.survey }),
  'admin.surveyClose': (t) => ({ surveyId: t.survey }),
  'admin.surveyList': (t) => ({ unitId: t.unit }),
  'admin.surveyResults': (t) => ({ surveyId: t.survey }),
  'admin.surveyExport': (t) => ({ surveyId: t.survey }),
  'me.home': () => ({}),
  'assistant.ask': () => ({ question: '三会一课多久开一次' }),
  'assistant.conversations': () => ({}),
  'assistant.conversation': () => ({ conversationId: 'conv-none' }),
  'assistant.deleteConversation': () => ({ conversationId: 'conv-none' }),
  'me.learningReport': (t) => ({ period: 'month', at: '2024-05', memberId: t.member }),
  'me.noticesRead': () => ({}),
  'admin.wallLinkIssue': (t) => ({ unitId: t.unit, hours: 2 }),
  'admin.wallLinks': (t) => ({ unitId: t.unit }),
  'admin.wallLinkRevoke': (t) => ({ unitId: t.unit, linkId: t.wallLink }),
  'wall.view': (t) => ({ token: t.wallToken }),
  'admin.homeBannerList': (t) => ({ unitId: t.unit }),
  'admin.homeBannerSave': (t) => ({
    unitId: t.unit,
    title: '学习专栏',
    target: { kind: 'content', id: t.content },
  }),
  'admin.homeBannerRemove': (t) => ({ unitId: t.unit, bannerId: 'banner-matrix' }),
  'notice.list': () => ({}),
  'notice.detail': (t) => ({ noticeId: t.notice }),
  'notice.confirm': (t) => ({ noticeId: t.notice }),
  'admin.noticePublish': (t) => ({
    unitId: t.unit,
    audience: { kind: 'subtree' },
    title: '关于开展主题党日的通知',
    body: '<p>请按时参加。</p>',
  }),
  'admin.noticeEdit': (t) => ({ noticeId: t.notice, title: '关于开展主题党日的通知', body: '<p>改为周五。</p>' }),
  'admin.noticeUnpublish': (t) => ({ noticeId: t.notice }),
  'admin.noticePin': (t) => ({ noticeId: t.notice, pinned: true }),
  'admin.noticeList': (t) => ({ unitId: t.unit }),
  'admin.noticeReceipts': (t) => ({ noticeId: t.notice }),
  'admin.noticeRemind': (t) => ({ noticeId: t.notice, round: 1 }),
  'admin.noticeExport': (t) => ({ noticeId: t.notice }),
  'admin.noticeUpload': (t) => ({ unitId: t.unit, name: '附件.png', content: TINY_PNG }),
  'suggestion.submit': () => ({ category: 'study', text: '建议每月组织一次专题学习', anonymous: true }),
  'suggestion.mine': () => ({}),
  'admin.suggestionList': (t) => ({ unitId: t.unit }),
  'admin.suggestionProgress': (t) => ({ suggestionId: t.suggestion }),
  'admin.suggestionReply': (t) => ({ suggestionId: t.suggestion, reply: '已安排专题学习' }),
  'task.mine': () => ({}),
  'forum.topics': () => ({}),
  'forum.topic': (t) => ({ topicId: t.forumTopic }),
  'forum.topicCreate': () => ({ title: '学习体会', text: '谈谈这周的学习体会' }),
  'forum.reply': (t) => ({ topicId: t.forumTopic, text: '同意，收获很大' }),
  'forum.deleteOwn': (t) => ({ postId: t === INSIDE ? 'fp-east' : 'fp-other' }),
  'forum.upload': () => ({ name: '照片.png', content: TINY_PNG }),
  'forum.mentionCandidates': () => ({ prefix: '张' }),
  'comments.list': (t) => ({ targetKind: 'content', targetId: t.content }),
  'comments.add': (t) => ({ targetKind: 'content', targetId: t.content, text: '很有收获' }),
  'comments.deleteOwn': (t) => ({ commentId: t.comment }),
  'admin.forumPin': (t) => ({ topicId: t.forumTopic, pinned: true }),
  'admin.forumClose': (t) => ({ topicId: t.forumTopic, closed: true }),
  'admin.forumHide': (t) => ({ topicId: t.forumTopic, reason: '与支部工作无关' }),
  'admin.commentHide': (t) => ({ commentId: t.comment, reason: '与学习内容无关' }),
  'task.submit': (t) => ({ taskId: t.task, text: '已完成学习心得' }),
  'admin.taskCreate': (t) => ({ unitId: t.unit, title: '提交学习心得', deadline: FIXED_NOW + 86_400_000 }),
  'admin.taskList': (t) => ({ unitId: t.unit }),
  'admin.taskDetail': (t) => ({ taskId: t.task }),
  'admin.taskReview': (t) => ({
    taskId: t.task,
    memberId: t === INSIDE ? 'm-x-east' : 'm-x-other',
    decision: 'accept',
  }),
  'admin.duesProfileSet': (t) => ({ memberId: t.member, category: 'salaried', amountFen: 400_000 }),
  'admin.duesMonth': (t) => ({ unitId: t.unit, month: '2026-11' }),
  'admin.duesRecordPayment': (t) => ({ memberId: t.member, method: 'cash', receiptNo: 'SJ-001', months: ['2026-11'] }),
  'admin.duesExport': (t) => ({ unitId: t.unit, year: 2026 }),
  'admin.duesPublish': (t) => ({ unitId: t.unit, month: '2026-11' }),
  'me.dues': () => ({}),
  'me.duesPay': () => ({ months: ['2026-11'] }),
  'system.duesPayResult': () => ({ outTradeNo: 'DF20261122abc' }),
  'system.mediaCheckResult': () => ({ traceId: 'trace-matrix', suggest: 'risky' }),
  'system.duesMonthly': () => ({}),
  'system.duesReconcile': () => ({}),
  'system.duesReminders': () => ({}),
  'admin.developmentRecord': (t) => ({
    memberId: t.member,
    stepKey: 'application',
    date: FIXED_NOW,
    documents: [{ name: '入党申请书', fileId: 'application.pdf' }],
  }),
  'admin.developmentUpload': (t) => ({ memberId: t.member, name: '入党申请书.png', content: TINY_PNG }),
  'admin.developmentTimeline': (t) => ({ memberId: t.member }),
  'admin.developmentDue': (t) => ({ unitId: t.unit }),
  'admin.developmentRules': () => ({}),
  'admin.developmentRulesUpdate': () => ({
    intervals: [
      {
        stepKey: 'activistReview1',
        from: 'activistDetermination',
        notBefore: { count: 6, unit: 'month' },
        within: { count: 7, unit: 'month' },
      },
    ],
  }),
  'me.developmentTimeline': () => ({}),
  'system.developmentReminders': () => ({}),
  'publicity.list': () => ({}),
  'publicity.detail': (t) => ({ publicityId: t.publicity }),
  // Inside: an item on the committee's board, whose audience holds every caller of the matrix.
  'publicity.object': (t) => ({
    publicityId: t === INSIDE ? 'pb-committee' : t.publicity,
    text: '该同志近期表现有待核实',
    phone: '',
  }),
  'admin.publicityCreate': (t) => ({
    unitId: t.unit,
    kind: 'development_candidate',
    title: '发展对象公示',
    body: '<p>拟列为发展对象</p>',
    startsAt: FIXED_NOW,
    endsAt: FIXED_NOW + 6 * 86_400_000,
  }),
  'admin.publicityUpdate': (t) => ({
    publicityId: t.publicity,
    kind: 'other',
    title: '支部公示',
    body: '<p>公示内容</p>',
    startsAt: FIXED_NOW + 86_400_000,
    endsAt: FIXED_NOW + 3 * 86_400_000,
  }),
  'admin.publicityWithdraw': (t) => ({ publicityId: t.publicity, reason: '信息有误' }),
  'admin.publicityList': (t) => ({ unitId: t.unit }),
  'admin.publicityDetail': (t) => ({ publicityId: t.publicity }),
  'admin.publicityObjections': (t) => ({ publicityId: t.publicity }),
  'admin.publicityObjectionReply': (t) => ({
    publicityId: t.publicity,
    objectionId: t === INSIDE ? 'pbo-east' : 'pbo-other',
    note: '已核实，情况属实',
  }),
  'system.publicityClose': () => ({}),
  'admin.assessmentSchemeSave': (t) => ({
    unitId: t.unit,
    name: '年度考核',
    periodKind: 'year',
    indicators: [{ key: 'study', label: '学习时长', source: 'study_minutes', weight: 0.1, cap: 30 }],
  }),
  'admin.assessmentSchemes': (t) => ({ unitId: t.unit }),
  'admin.assessmentItemAdd': (t) => ({
    memberId: t.member,
    indicatorKey: 'volunteer',
    points: 2,
    occurredAt: FIXED_NOW - 86_400_000,
    evidence: '参加社区志愿服务',
  }),
  'admin.assessmentItems': (t) => ({ unitId: t.unit }),
  'admin.assessmentItemDecide': (t) => ({ itemId: t.assessmentItem, decision: 'approve' }),
  'admin.assessmentScores': (t) => ({ unitId: t.unit, periodId: '2026' }),
  'admin.assessmentMember': (t) => ({ memberId: t.member, periodId: '2026' }),
  'admin.assessmentClose': (t) => ({ unitId: t.unit, periodId: '2025' }),
  'admin.assessmentExport': (t) => ({ unitId: t.unit, periodId: '2026' }),
  'me.assessment': () => ({}),
  'admin.honourAdd': (t) => ({
    memberId: t.member,
    kind: 'commendation',
    title: '优秀共产党员',
    level: 'street',
    awardedAt: FIXED_NOW - 86_400_000,
  }),
  'admin.honours': (t) => ({ memberId: t.member }),
  'me.honours': () => ({}),
  'showcase.list': () => ({}),
  'admin.guidanceDraft': (t) => ({ memberId: t.member, periodId: '2026' }),
  'admin.guidanceSend': (t) => ({ guidanceId: t.guidance, message: '请加强学习，按时参加组织生活。' }),
  'me.guidance': () => ({}),
  'review.current': () => ({}),
  'review.selfSubmit': (t) => ({
    roundId: t.reviewRound,
    text: '一年来认真学习党的理论，按时参加组织生活，积极参加志愿服务。',
  }),
  'review.rate': (t) => ({ roundId: t.reviewRound, grades: [{ memberId: 'm-x-east', grade: 'qualified' }] }),
  'admin.reviewRounds': (t) => ({ unitId: t.unit }),
  'admin.reviewRoundOpen': (t) => ({
    unitId: t.branch,
    year: 2026,
    deadlines: {
      self: FIXED_NOW + 86_400_000,
      rating: FIXED_NOW + 2 * 86_400_000,
      grading: FIXED_NOW + 3 * 86_400_000,
      publicity: FIXED_NOW + 4 * 86_400_000,
    },
  }),
  'admin.reviewRoundAdvance': (t) => ({ roundId: t.reviewRound }),
  'admin.reviewTally': (t) => ({ roundId: t.reviewRound }),
  'admin.reviewGrade': (t) => ({
    roundId: t.reviewRound,
    memberId: t === INSIDE ? 'm-x-east' : 'm-x-other',
    grade: 'qualified',
    reason: '按时参加组织生活',
  }),
  'admin.reviewPublish': (t) => ({ roundId: t.reviewRound }),
  'admin.reviewSummary': (t) => ({ unitId: t.unit, year: 2026 }),
  'admin.branchRating': (t) => ({ unitId: t.branch, year: 2026, stars: 4, note: '三会一课规范' }),
  'admin.branchRatings': (t) => ({ unitId: t.unit, year: 2026 }),
};
const QUESTION_CSV = Buffer.from(
  '题型,题干,选项A,选项B,答案\n单选题,党的根本宗旨是什么,全心全意为人民服务,其他,A\n',
).toString('base64');

function checkinToken(activityId: string): string {
  const window = Math.floor(FIXED_NOW / 10_000);
  return `${activityId}.${window}.${testCipher().mac('checkin', `${activityId}.${window}`)}`;
}

type CallerKind = 'anonymous' | 'wechat' | 'system' | Role;
const CALLERS: CallerKind[] = ['anonymous', 'wechat', 'system', 'member', 'branch_admin', 'org_admin', 'super_admin'];
const RANK: Record<Role, number> = { member: 0, branch_admin: 1, org_admin: 2, super_admin: 3 };
const AUTH_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'OUT_OF_SCOPE', 'NOT_BOUND'];

/** What the route's declared access says should happen. */
function expected(route: RouteName, caller: CallerKind, inside: boolean): string {
  const access = contract[route].access;
  const isMember = !['anonymous', 'wechat', 'system'].includes(caller);
  switch (access.role) {
    case 'public':
      return 'allow';
    case 'system':
      return caller === 'system' ? 'allow' : 'FORBIDDEN';
    case 'link':
      // The link grants the read, whoever holds it; a forged one is refused to everyone.
      return inside ? 'allow' : 'FORBIDDEN';
    case 'wechat':
      return isMember || caller === 'wechat' ? 'allow' : 'UNAUTHENTICATED';
    case 'member':
      if (!isMember) return caller === 'wechat' ? 'NOT_BOUND' : 'UNAUTHENTICATED';
      // Outside the audience only an admin whose scope holds the object (the super admin's holds all) gets in.
      if (!namesObject(route) || inside) return 'allow';
      return caller === 'super_admin' && !access.audienceOnly ? 'allow' : 'FORBIDDEN';
    default:
      if (caller === 'wechat') return 'NOT_BOUND';
      if (!isMember) return 'UNAUTHENTICATED';
      if (RANK[caller as Role] < RANK[access.role]) return 'FORBIDDEN';
      if (access.scope === 'none' || inside || caller === 'super_admin') return 'allow';
      return 'OUT_OF_SCOPE';
  }
}

/** The member caller belongs to the east branch, like every inside target: in their audience. */
const MEMBER_OF: Record<Role, string> = {
  member: 'm-x-east',
  branch_admin: DEMO.eastBranchAdmin,
  org_admin: DEMO.orgAdmin,
  super_admin: DEMO.superAdmin,
};

function identityOf(caller: CallerKind): Identity {
  if (caller === 'anonymous') return { kind: 'anonymous' };
  if (caller === 'wechat') return { kind: 'wechatSession', openid: 'o-unbound', signedInAt: FIXED_NOW };
  if (caller === 'system') return { kind: 'system' };
  return { kind: 'session', memberId: MEMBER_OF[caller], generation: 0, signedInAt: FIXED_NOW };
}

/** A second committee outside everyone's subtree but the super admin's, and targets inside and outside. */
async function addFixtures(store: DocStore): Promise<void> {
  const units = store.collection<any>('units');
  const members = store.collection<any>('members');
  const requests = store.collection<any>('binding_requests');
  await units.insert({ _id: 'u-x-committee', name: '另一党委', kind: 'committee', parentId: null, path: [] });
  await units.insert({
    _id: 'u-x-branch',
    name: '另一支部',
    kind: 'branch',
    parentId: 'u-x-committee',
    path: ['u-x-committee'],
  });
  await units.insert({
    _id: 'u-x-empty',
    name: '空党小组',
    kind: 'group',
    parentId: 'u-x-branch',
    path: ['u-x-committee', 'u-x-branch'],
  });
  await units.insert({
    _id: 'u-east-empty',
    name: '东湖空小组',
    kind: 'group',
    parentId: 'u-b-east',
    path: ['u-committee', 'u-gb-com', 'u-b-east'],
  });
  const template = await members.get(DEMO.member);
  for (const [id, unitPath] of [
    ['m-x-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['m-x-other', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    const { phoneHash: _p, idCardHash: _i, ...rest } = template;
    await members.insert({
      ...rest,
      _id: id,
      name: `目标${id}`,
      unitId: unitPath.at(-1),
      unitPath: [...unitPath],
      phone: null,
      idCard: null,
      demo: false,
    });
  }
  const activities = store.collection<any>('activities');
  for (const [id, unitId, organiserPath] of [
    ['act-east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['act-other', 'u-x-branch', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    await activities.insert({
      _id: id,
      type: 'party_lecture',
      title: '专题党课',
      description: '',
      startAt: FIXED_NOW - 600_000,
      endAt: FIXED_NOW + 3_600_000,
      place: { text: '会议室' },
      organiserUnitId: unitId,
      organiserPath: [...organiserPath],
      // Open to all inside; the other committee's is for its own subtree only, so outside the audience.
      openToAll: id === 'act-east',
      capacity: 5,
      signupOpensAt: FIXED_NOW - 86_400_000,
      signupClosesAt: FIXED_NOW + 1_000,
      cancelPolicy: 'any_time',
      approvalRequired: false,
      showRoster: true,
      extraFields: [],
      expectedMemberIds: [],
      confirmedCount: 0,
      waitlistCount: 0,
      createdBy: 'm-001',
      createdAt: FIXED_NOW,
    });
  }
  for (const [id, unitId, unitPath] of [
    ['r-east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['r-other', 'u-x-branch', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    await requests.insert({
      _id: id,
      openid: `o-${id}`,
      name: '申请人',
      phoneLast4: '0000',
      unitId,
      unitPath: [...unitPath],
      status: 'pending',
      createdAt: FIXED_NOW,
    });
  }
}

/** Study content, a plan and a note inside the east branch and in the other committee. */
async function addStudyFixtures(store: DocStore): Promise<void> {
  for (const [suffix, unitId, unitPath, memberId] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east'], 'm-x-east'],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch'], 'm-x-other'],
  ] as const) {
    await store.collection<any>('contents').insert({
      _id: `c-${suffix}`,
      kind: 'article',
      category: 'theory',
      title: '学习文章',
      summary: '',
      coverFileId: null,
      body: '<p>正文</p>',
      media: null,
      durationSeconds: null,
      topicItemIds: [],
      tags: [],
      source: '',
      author: '',
      estimatedMinutes: 3,
      audienceUnitId: unitId,
      audiencePath: [...unitPath],
      status: 'published',
      publishAt: FIXED_NOW - 1000,
      terms: ['学', '习', '学习'],
      completedCount: 0,
      createdBy: 'm-001',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
    });
    await store.collection<any>('plans').insert({
      _id: `plan-${suffix}`,
      title: '学习计划',
      unitId,
      unitPath: [...unitPath],
      itemIds: [`c-${suffix}`],
      quizIds: [],
      startAt: FIXED_NOW - 1000,
      deadline: FIXED_NOW + 86_400_000,
      createdBy: 'm-001',
      createdAt: FIXED_NOW,
    });
    await store.collection<any>('notes').insert({
      _id: `note-${suffix}`,
      memberId,
      authorName: '目标',
      unitId,
      unitPath: [...unitPath],
      targetKind: 'content',
      targetId: `c-${suffix}`,
      targetTitle: '学习文章',
      text: '学习之后很有收获，要落实到工作中。',
      status: 'pending',
      showInBranch: false,
      reviewComment: null,
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
    });
  }
}

/** A question, an exam and a report in each committee's banks. */
async function addQuizFixtures(store: DocStore): Promise<void> {
  for (const [suffix, unitId, unitPath] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    await store.collection<any>('questions').insert({
      _id: `q-${suffix}`,
      bankUnitId: unitId,
      bankPath: [...unitPath],
      type: 'single',
      stem: '党的根本宗旨是什么？',
      stemKey: '党的根本宗旨是什么',
      options: ['全心全意为人民服务', '其他'],
      answer: ['A'],
      explanation: '',
      tags: [],
      difficulty: 'easy',
      source: '',
      status: 'active',
      version: 1,
      history: [],
      createdBy: 'm-001',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
    });
    await store.collection<any>('quizzes').insert({
      _id: `quiz-${suffix}`,
      kind: 'exam',
      title: '测试考试',
      unitId,
      unitPath: [...unitPath],
      audienceUnitIds: [],
      fixedQuestionIds: [`q-${suffix}`],
      draws: [],
      opensAt: FIXED_NOW - 1000,
      closesAt: FIXED_NOW + 86_400_000,
      timeLimitMinutes: null,
      attemptLimit: 100,
      passPercent: 60,
      shuffle: true,
      reviewPolicy: 'after_submit',
      partialCredit: 'half',
      createdBy: 'm-001',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
    });
    await store.collection<any>('question_reports').insert({
      _id: `rep-${suffix}`,
      questionId: `q-${suffix}`,
      bankPath: [...unitPath],
      memberId: 'm-x-east',
      reporterName: '目标',
      reason: '答案不对',
      status: 'open',
      createdAt: FIXED_NOW,
    });
  }
}

/** A pending question draft for each committee's bank. */
async function addDraftFixtures(store: DocStore): Promise<void> {
  for (const [suffix, unitId, unitPath] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    await store.collection<any>('question_drafts').insert({
      _id: `qd-${suffix}`,
      bankUnitId: unitId,
      bankPath: [...unitPath],
      contentId: `c-${suffix}`,
      contentTitle: '学习文章',
      type: 'blank',
      stem: '党的根本宗旨是____。',
      options: [],
      answer: ['全心全意为人民服务'],
      explanation: '原文：「党的根本宗旨是全心全意为人民服务」',
      tags: [],
      difficulty: 'medium',
      passage: '党的根本宗旨是全心全意为人民服务。',
      passageRef: '第 1 段',
      origin: 'rules',
      status: 'pending',
      questionId: null,
      version: 1,
      createdBy: 'm-001',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
    });
  }
}

/**
 * A must-read notice in each committee. The east one names its addressees (every caller but the other
 * committee's member), so the audience-only confirm lets in each of them; the other is for its own subtree.
 */
async function addNoticeFixtures(store: DocStore): Promise<void> {
  for (const [suffix, unitId, unitPath, audience] of [
    [
      'east',
      'u-b-east',
      ['u-committee', 'u-gb-com', 'u-b-east'],
      { kind: 'members', memberIds: ['m-x-east', DEMO.eastBranchAdmin, DEMO.orgAdmin, DEMO.superAdmin] },
    ],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch'], { kind: 'subtree' }],
  ] as const) {
    await store.collection<any>('bulletins').insert({
      _id: `nt-${suffix}`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      audience,
      title: '关于开展主题党日的通知',
      body: '<p>请按时参加。</p>',
      attachments: [],
      mustRead: true,
      deadline: null,
      expiresAt: null,
      pinned: false,
      withdrawn: false,
      publishedAt: FIXED_NOW - 1000,
      editedAt: null,
      audienceCount: 0,
      readCount: 0,
      confirmedCount: 0,
      units: {},
      remindRound: 0,
      createdBy: 'm-001',
    });
  }
}

/** An open vote in each committee. */
async function addVoteFixtures(store: DocStore): Promise<void> {
  for (const [suffix, unitId, unitPath] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    await store.collection<any>('votes').insert({
      _id: `vote-${suffix}`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      kind: 'poll',
      title: '意见征集',
      description: '',
      options: [
        { optionId: 'o1', text: '同意' },
        { optionId: 'o2', text: '不同意' },
      ],
      maxChoices: 1,
      opensAt: FIXED_NOW - 1000,
      closesAt: FIXED_NOW + 86_400_000,
      resultPolicy: 'after_vote',
      eligibleCount: 5,
      createdBy: 'm-001',
      createdAt: FIXED_NOW,
    });
  }
}

/** A published questionnaire in each committee that has closed, its results shown to members. */
async function addSurveyFixtures(store: DocStore): Promise<void> {
  for (const [suffix, unitId, unitPath] of [
    ['east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['other', 'u-x-branch', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    await store.collection<any>('surveys').insert({
      _id: `survey-${suffix}`,
      unitId,
      unitPath: [...unitPath],
      unitName: '支部',
      title: '问卷',
      description: '',
      anonymous: true,
      resultsVisible: true,
      questions: [
        {
          questionId: 'q1',
          kind: 'single',
          title: '是否同意',
          required: true,
          options: [
            { optionId: 'o1', text: '同意' },
            { optionId: 'o2', text: '不同意' },
          ],
          minChoices: 1,
          maxChoices: 1,
          scale: 0,
        },
      ],
      opensAt: FIXED_NOW - 86_400_000,
      closesAt: FIXED_NOW - 1000,
      publishedAt: FIXED_NOW - 86_400_000,
      audienceCount: 5,
      createdBy: 'm-001',
      createdAt: FIXED_NOW - 86_400_000,
    });
  }
}

/** The east branch's 大屏 link, and one of the other committee's. */
async function addWallFixtures(store: DocStore): Promise<void> {
  const links = store.collection<any>('wall_links');
  for (const [id, unitId, unitPath] of [
    ['wl-east', 'u-b-east', ['u-committee', 'u-gb-com', 'u-b-east']],
    ['wl-other', 'u-x-branch', ['u-x-committee', 'u-x-branch']],
  ] as const) {
    await links.insert({
      ...(id === WALL_LINK._id ? WALL_LINK : { _id: id, unitId, expiresAt: WALL_LINK.expiresAt }),
      unitPath,
      createdAt: FIXED_NOW,
      createdBy: 'm-001',
      createdByName: '测试管理员',
      revokedAt: null,
    });
  }
}

test('every route of the contract has an example in the matrix', () => {
  expect(Object.keys(EXAMPLES).sort()).toEqual([...ROUTE_NAMES].sort());
});

/** Whether the router resolves an object the input names: an admin scope, or a member route's audience. */
function namesObject(route: RouteName): boolean {
  const access = contract[route].access;
  if ('scope' in access) return access.scope !== 'none';
  if (access.role === 'link') return true;
  return access.role === 'member' && access.audience !== undefined && access.audience !== 'own';
}

/** The input fields naming a record by id (`memberId`, `activityId`, …). */
function idFields(route: RouteName): string[] {
  const input = contract[route].input as unknown as { shape?: Record<string, unknown> };
  return Object.keys(input.shape ?? {}).filter((key) => key.endsWith('Id'));
}

/** Routes whose ids name no object to check, and why. */
const NAMES_NO_OBJECT: Partial<Record<RouteName, string>> = {
  'auth.devLogin': 'the demo login (AUTH_MODE=dev only) names whom to sign in as',
  'auth.requestBinding': 'an unbound WeChat user names the branch they ask to join',
  'admin.studyUploadChunk': "the upload id is the caller's own upload, checked by who created it",
};

/**
 * Ids besides the declared object, and why the router need not resolve them: a second object the service
 * checks against the caller's subtree (tested in the module's suite), a filter inside the checked object,
 * or no record at all.
 */
const OTHER_IDS: Partial<Record<RouteName, Record<string, string>>> = {
  'system.mediaCheckResult': { traceId: 'WeChat’s trace id for an image check, sent by the platform (system only)' },
  'admin.assessmentScores': { periodId: 'a period such as 2026 or 2026-Q3, not a record' },
  'admin.assessmentMember': { periodId: 'a period such as 2026 or 2026-Q3, not a record' },
  'admin.assessmentClose': { periodId: 'a period such as 2026 or 2026-Q3, not a record' },
  'admin.assessmentExport': { periodId: 'a period such as 2026 or 2026-Q3, not a record' },
  'admin.guidanceDraft': { periodId: 'a period such as 2026 or 2026-Q3, not a record' },
  'me.assessment': { periodId: 'a period such as 2026 or 2026-Q3, not a record' },
  'admin.reviewGrade': { memberId: "a member on the checked round's roster: the service finds them in it" },
  'admin.publicityObjectionReply': { objectionId: 'an objection to the checked item: the service finds it by item' },
  'admin.forumHide': { postId: 'a reply in the checked topic: the service finds it by topic' },
  'admin.taskReview': { memberId: "an assignee of the checked task: the service finds the member's copy by task" },
  'admin.planReportInUnit': { planId: 'the plan: the service checks it is assigned to the unit or above it' },
  'admin.unitMove': { newParentId: 'the new parent: the service checks it is in scope' },
  'admin.memberSetRole': { adminUnitId: 'the unit the role is for: the service checks it is in scope' },
  'admin.stepDown': { adminUnitId: 'the unit the role is for: the service checks it is in scope' },
  'admin.contentSave': { coverFileId: 'a stored file, not a record' },
  'admin.quizFlagDecide': { attemptId: 'the flagged attempt: the service checks the unit reviews it' },
  'admin.questionDraftsGenerate': {
    contentId: "the item to draft from: the service checks the bank's unit reads it or the caller manages it",
  },
  'admin.questionDrafts': { contentId: "a filter among the checked unit's drafts" },
  'quiz.leaderboard': { unitId: "a unit's ranking within the board the audience check covers" },
  'vote.cast': { castId: 'a random id the device draws per ballot, not a record' },
  'admin.homeBannerSave': {
    bannerId: "the banner to change: the service finds it among the unit's own",
    coverFileId: 'a stored file, not a record',
  },
  'admin.wallLinkRevoke': { linkId: "the link to revoke: the service finds it among the unit's own" },
  'admin.homeBannerRemove': { bannerId: "the banner to remove: the service finds it among the unit's own" },
  'activity.checkIn': {
    activityId: 'with a typed code: the service checks in only a member expected at or confirmed for it',
  },
  'activity.checkOut': {
    activityId: 'with a typed code: the service checks out only a member who checked in to it',
  },
};

/** The input field each declared scope or audience reads. */
const SCOPE_FIELD: Record<Exclude<Scope, 'none'>, string> = {
  unit: 'unitId',
  member: 'memberId',
  bindingRequest: 'requestId',
  activity: 'activityId',
  content: 'contentId',
  plan: 'planId',
  note: 'noteId',
  question: 'questionId',
  quiz: 'quizId',
  questionReport: 'reportId',
  vote: 'voteId',
  survey: 'surveyId',
  notice: 'noticeId',
  questionDraft: 'draftId',
  suggestion: 'suggestionId',
  task: 'taskId',
  forumTopic: 'topicId',
  comment: 'commentId',
  reviewRound: 'roundId',
  publicity: 'publicityId',
  assessmentItem: 'itemId',
  guidance: 'guidanceId',
  transferFrom: 'transferId',
  transferTo: 'transferId',
};
const AUDIENCE_FIELD: Record<Exclude<Audience, 'own'>, string> = {
  activity: 'activityId',
  content: 'contentId',
  quiz: 'quizId',
  board: 'board',
  question: 'questionId',
  vote: 'voteId',
  survey: 'surveyId',
  notice: 'noticeId',
  noteTarget: 'targetId',
  forumTopic: 'topicId',
  commentTarget: 'targetId',
  reviewRound: 'roundId',
  publicity: 'publicityId',
  member: 'memberId',
};

/** The id fields the router checks for a route, from its declared access. */
function checkedFields(route: RouteName): string[] {
  const access = contract[route].access;
  if ('scope' in access) {
    const fields = access.scope === 'none' ? [] : [SCOPE_FIELD[access.scope]];
    if (access.actsOnMember) fields.push('memberId');
    if (access.edits) fields.push(SCOPE_FIELD[access.edits]);
    return fields;
  }
  if (access.role !== 'member' || !access.audience) return [];
  // The caller's own records are read by owner in the service, every id of them.
  return access.audience === 'own' ? idFields(route) : [AUDIENCE_FIELD[access.audience]];
}

describe('every id a route takes is declared, so the router checks it (no route can skip)', () => {
  const naming = ROUTE_NAMES.filter((route) => idFields(route).length > 0 && !(route in NAMES_NO_OBJECT));
  test.each(naming)('%s', (route) => {
    const covered = [...checkedFields(route), ...Object.keys(OTHER_IDS[route] ?? {})];
    expect(idFields(route).filter((field) => !covered.includes(field))).toEqual([]);
  });
});

/**
 * The store every route's cases start from: the demo organisation and every module's fixtures, seeded once and
 * copied for each route (opening a copy takes milliseconds; seeding took most of this file's time).
 */
let templateDir: string;
beforeAll(async () => {
  const { store, dataDir } = await seededDataDir();
  await addFixtures(store);
  await addStudyFixtures(store);
  await addQuizFixtures(store);
  await addVoteFixtures(store);
  await addSurveyFixtures(store);
  await addNoticeFixtures(store);
  await addDraftFixtures(store);
  await addWallFixtures(store);
  await addEngageFixtures(store, FIXED_NOW);
  await addForumFixtures(store, FIXED_NOW);
  await addReviewFixtures(store, FIXED_NOW);
  await addAssessmentFixtures(store, FIXED_NOW);
  await addTransferFixtures(store, FIXED_NOW);
  await addPublicityFixtures(store, FIXED_NOW);
  await store.close();
  templateDir = dataDir;
});
afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

async function copyOfMatrixStore(): Promise<{ store: DocStore; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-matrix-'));
  cpSync(templateDir, dataDir, { recursive: true });
  return { dataDir, store: await openEmbeddedStore(path.join(dataDir, 'db')) };
}

describe.each(ROUTE_NAMES)('%s', (route) => {
  let store: DocStore;
  let dataDir: string;
  let services: Services;

  beforeAll(async () => {
    ({ store, dataDir } = await copyOfMatrixStore());
    services = {
      store,
      platform: {
        sessions: createSessionTokens('matrix-secret-matrix-secret-matrix-00', 3600_000),
        devLogin: true,
        wxLogin: localCode2Session(),
        files: localFiles(mkdtempSync(path.join(os.tmpdir(), 'zhdj-files-'))),
        soter: localSoter,
        contentSafety: localContentSafety,
        models: localModel,
        ...createLocalMessaging(() => FIXED_NOW),
      },
      pii: testCipher(),
      clock: () => FIXED_NOW,
      log: () => {},
    };
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const scoped = namesObject(route);
  const access = contract[route].access;
  const edits = 'edits' in access ? access.edits : undefined;
  const cases = CALLERS.flatMap(
    (caller) =>
      (scoped
        ? [
            [caller, true],
            [caller, false],
          ]
        : [[caller, true]]) as Array<[CallerKind, boolean]>,
  );

  test.each(cases)('caller %s, target inside subtree: %s', async (caller, inside) => {
    const result = await dispatch(
      'http',
      { route, input: EXAMPLES[route](inside ? INSIDE : OUTSIDE) },
      identityOf(caller),
      services,
    );
    const outcome = result.ok ? 'allow' : result.error.code;
    const want = expected(route, caller, inside);
    if (want === 'allow') {
      // Allowed callers may still fail for business reasons, but never for authorisation or a bad example.
      expect([...AUTH_ERRORS, 'VALIDATION_FAILED']).not.toContain(outcome);
    } else {
      expect(outcome).toBe(want);
    }
  });

  // A create-or-update route naming an existing object: in a unit of their own, still not someone else's object.
  if (edits)
    test.each(['branch_admin', 'org_admin'] as const)(
      'caller %s, editing an object outside their subtree',
      async (caller) => {
        const input = { ...(EXAMPLES[route](INSIDE) as object), [SCOPE_FIELD[edits]]: OUTSIDE[edits] };
        const result = await dispatch('http', { route, input }, identityOf(caller), services);
        expect(result.ok ? 'allow' : result.error.code).toBe('OUT_OF_SCOPE');
      },
    );
});
