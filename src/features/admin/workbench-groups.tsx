import {
  Articles,
  Category,
  Check,
  Clock,
  Comment,
  Edit,
  Eye,
  List,
  List2,
  Location,
  Marshalling,
  Notice,
  Order,
  QrCode,
  Save,
  Setting,
  Share,
  ShieldCheck,
  Star,
  User,
  UserAdd,
} from '@nutui/icons-react-taro';
import type { PendingWork } from '@contract/schemas/pending-work';
import { openAdmin } from './admin-links';
import type { EntryGroup } from './workbench-entries';
import type { Workbench } from './use-workbench';

/**
 * The console's entries by line of work. 积分管理 is the unit's ranking, open to every admin; the
 * deployment-wide points rules inside it are for 党委 admins (the points screen hides them otherwise).
 */
export function workbenchGroups(
  { overview }: Workbench,
  pending: PendingWork | null,
  actions: {
    openSettings: () => void;
    exportRoster: () => void;
    branchInvite: () => void;
    /** 卸任超级管理员, for a super admin while another remains; null otherwise. */
    stepDown: (() => void) | null;
  },
): EntryGroup[] {
  const unitId = overview.unitId;
  return [
    {
      title: '组织与党员',
      note: `正式 ${overview.byStage.full ?? 0} · 预备 ${overview.byStage.probationary ?? 0}`,
      entries: [
        { key: 'dashboard', label: '数据看板', Icon: Eye, onClick: () => openAdmin.dashboard(unitId) },
        { key: 'monthlyReport', label: '月度报告', Icon: Marshalling, onClick: () => openAdmin.monthlyReport(unitId) },
        { key: 'members', label: '党员名册', Icon: User, onClick: () => openAdmin.members(unitId) },
        {
          key: 'development',
          label: '发展党员',
          Icon: UserAdd,
          onClick: () => openAdmin.development(unitId),
          pending: pending?.developmentOverdue,
        },
        {
          key: 'bindings',
          label: '绑定审核',
          Icon: UserAdd,
          onClick: () => openAdmin.bindings(unitId),
          pending: pending?.bindingRequests,
        },
        { key: 'import', label: '导入花名册', Icon: Order, onClick: () => openAdmin.import(unitId) },
        {
          key: 'publicity',
          label: '公示栏',
          Icon: Notice,
          onClick: () => openAdmin.publicity(unitId),
          pending: pending?.objectionsToHandle,
        },
        { key: 'export', label: '导出花名册', Icon: Save, onClick: actions.exportRoster },
        { key: 'branch-invite', label: '支部邀请码', Icon: QrCode, onClick: actions.branchInvite },
        { key: 'audit', label: '操作日志', Icon: Clock, onClick: () => openAdmin.audit(unitId) },
        { key: 'settings', label: '单位设置', Icon: Setting, onClick: actions.openSettings },
        ...(actions.stepDown
          ? [{ key: 'step-down', label: '卸任超级管理员', Icon: ShieldCheck, onClick: actions.stepDown }]
          : []),
      ],
    },
    {
      title: '活动与三会一课',
      entries: [
        {
          key: 'activities',
          label: '活动管理',
          Icon: Location,
          onClick: () => openAdmin.activities(unitId),
          pending: pending?.leaveRequests,
        },
        { key: 'meetings', label: '三会一课', Icon: Comment, onClick: () => openAdmin.meetings(unitId) },
        { key: 'notices', label: '通知公告', Icon: Notice, onClick: () => openAdmin.notices(unitId) },
      ],
    },
    {
      title: '学习',
      entries: [
        { key: 'contents', label: '学习内容', Icon: Articles, onClick: () => openAdmin.contents(unitId) },
        { key: 'plans', label: '学习计划', Icon: List, onClick: () => openAdmin.plans(unitId) },
        {
          key: 'notes',
          label: '心得审核',
          Icon: Edit,
          onClick: () => openAdmin.notes(unitId),
          pending: pending?.notesToReview,
        },
        { key: 'points', label: '积分管理', Icon: Star, onClick: () => openAdmin.points(unitId) },
      ],
    },
    {
      title: '答题',
      entries: [
        {
          key: 'questions',
          label: '题库管理',
          Icon: List2,
          onClick: () => openAdmin.questions(unitId),
          pending: pending?.questionReports,
        },
        { key: 'quizzes', label: '考试与竞赛', Icon: Category, onClick: () => openAdmin.quizzes(unitId) },
        {
          key: 'quiz-flags',
          label: '答题待核实',
          Icon: ShieldCheck,
          onClick: () => openAdmin.quizFlags(unitId),
          pending: pending?.attemptsToVerify,
        },
      ],
    },
    {
      title: '投票',
      entries: [
        { key: 'votes', label: '投票表决', Icon: Check, onClick: () => openAdmin.votes(unitId) },
        { key: 'surveys', label: '问卷调查', Icon: Edit, onClick: () => openAdmin.surveys(unitId) },
      ],
    },
    {
      title: '意见与任务',
      entries: [
        {
          key: 'suggestions',
          label: '意见建议',
          Icon: Comment,
          onClick: () => openAdmin.suggestions(unitId),
          pending: pending?.suggestionsToAnswer,
        },
        {
          key: 'tasks',
          label: '任务管理',
          Icon: Edit,
          onClick: () => openAdmin.tasks(unitId),
          pending: pending?.taskReportsToReview,
        },
      ],
    },
    {
      title: '民主评议',
      entries: [
        { key: 'review', label: '民主评议', Icon: Check, onClick: () => openAdmin.review(unitId) },
        { key: 'branch-ratings', label: '支部评星定级', Icon: Star, onClick: () => openAdmin.branchRatings(unitId) },
      ],
    },
    {
      title: '考核与表彰',
      entries: [{ key: 'assessment', label: '考核管理', Icon: Star, onClick: () => openAdmin.assessment(unitId) }],
    },
    {
      title: '党费',
      entries: [{ key: 'dues', label: '党费管理', Icon: Order, onClick: () => openAdmin.dues(unitId) }],
    },
    {
      title: '组织关系',
      entries: [
        {
          key: 'transfers',
          label: '组织关系转接',
          Icon: Share,
          onClick: () => openAdmin.transfers(unitId),
          pending: pending?.transfersToHandle,
        },
        { key: 'flows', label: '流动党员', Icon: Location, onClick: () => openAdmin.flows(unitId) },
      ],
    },
  ];
}
