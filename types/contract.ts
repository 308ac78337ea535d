/**
 * The route table: every call the app can make, what it takes, what it returns and who may make it.
 * Client and server both derive their types from here; the server also validates with these schemas.
 */
import * as z from 'zod';
import {
  ActivityCreateInput,
  ActivityDetail,
  ActivityIdInput,
  ActivityListInput,
  ActivityListOutput,
  AdminActivityListInput,
  Attendance,
  BindGroupInput,
  CheckInInput,
  CheckInOutput,
  CheckOutOutput,
  CheckinTokenOutput,
  Created,
  DecideSignupInput,
  GroupContext,
  GroupEnterInput,
  LeaveInput,
  MeetingRecords,
  MeetingRecordsInput,
  Minutes,
  MinutesInput,
  NoticesOutput,
  PhotoUploadInput,
  PhotoUploadOutput,
  ProxyCheckInInput,
  ReminderOutput,
  RemindMissingOutput,
  RosterOutput,
  SendRemindersOutput,
  ShareInfo,
  SignupListOutput,
  SignupStatusOutput,
  SignUpInput,
} from './schemas/activities';
import { AuditListInput, AuditListOutput } from './schemas/audit';
import { DevLoginInput, DevMembersOutput, Session, WxLoginInput, WxSession } from './schemas/auth';
import {
  BindableUnits,
  BindByInviteInput,
  BindingDecideInput,
  BindingListInput,
  BindingListOutput,
  BindingRequestInput,
  BindingState,
  BindingStatus,
  BranchInviteInput,
  InviteCreateInput,
  InviteOutput,
  UnbindInput,
} from './schemas/binding';
import { Empty } from './schemas/common';
import {
  AddTrainingInput,
  Dossier,
  IdentityChallengeOutput,
  MemberCreateInput,
  MemberIdInput,
  MemberListInput,
  MemberListOutput,
  MemberUpdateInput,
  OwnDataExport,
  RevealInput,
  RevealOutput,
  SetRoleInput,
  StepDownInput,
  SuperAdminsOutput,
  StageChangeInput,
  UpdatePhoneInput,
} from './schemas/dossier';
import { Dashboard, DashboardInput, DrainEventsOutput, ReconcileOutput } from './schemas/dashboard';
import { MemberCard, UnitOverview, UnitOverviewInput } from './schemas/members';
import { UnitArchiveInput, UnitCreateInput, UnitMoveInput, UnitRef, UnitRenameInput } from './schemas/org';
import { FileOutput, RosterExportInput, RosterImportInput, RosterImportReport } from './schemas/roster';
import { BootstrapInput, PruneQuotasOutput, SetupOutput } from './schemas/system';
import { PendingWork, PendingWorkInput } from './schemas/pending-work';

import { route } from './route-def';
import { assistantRoutes } from './routes/assistant';
import { homeRoutes } from './routes/home';
import { learningReportRoutes } from './routes/learning-report';
import { noticeRoutes } from './routes/notices';
import { quizRoutes } from './routes/quiz';
import { reportRoutes } from './routes/report';
import { studyRoutes } from './routes/study';
import { studyAssistantRoutes } from './routes/study-assistant';
import { surveyRoutes } from './routes/surveys';
import { voteRoutes } from './routes/votes';
import { wallRoutes } from './routes/wall';
import { engageRoutes } from './routes/engage';
import { publicityRoutes } from './routes/publicity';
import { developmentRoutes } from './routes/development';
import { duesRoutes } from './routes/dues';
import { transferRoutes } from './routes/transfers';
import { reviewRoutes } from './routes/review';
import { forumRoutes } from './routes/forum';
import { assessmentRoutes } from './routes/assessment';

export type { Access, Audience, Edited, LinkKind, RouteDef, Scope } from './route-def';

export const contract = {
  'auth.devMembers': route({
    input: Empty,
    output: DevMembersOutput,
    access: { role: 'public' },
    writes: false,
    summary: 'Demo members to sign in as (only when AUTH_MODE=dev).',
  }),
  'auth.devLogin': route({
    input: DevLoginInput,
    output: Session,
    access: { role: 'public' },
    writes: false,
    summary: 'Sign in as a demo member and receive a session token (only when AUTH_MODE=dev).',
  }),
  'me.card': route({
    input: Empty,
    output: MemberCard,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: "The signed-in member's card: name, unit, role, development stage.",
  }),
  'admin.unitOverview': route({
    input: UnitOverviewInput,
    output: UnitOverview,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Member counts of a unit in the caller’s subtree, by child unit and development stage.',
  }),
  'admin.dashboard': route({
    input: DashboardInput,
    output: Dashboard,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary:
      'The console of a unit in the caller’s subtree over a month, quarter or year: composition, weekly trends, child units, 三会一课 matrix, points, pending work — from per-unit aggregates.',
  }),
  'admin.pendingWork': route({
    input: PendingWorkInput,
    output: PendingWork,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'How much waits in a subtree: binding requests, notes, question reports, leave, flagged attempts.',
  }),
  'auth.devLoginWechat': route({
    input: Empty,
    output: Session,
    access: { role: 'public' },
    writes: false,
    summary: 'Enter as a new, unbound WeChat user, to try binding (only when AUTH_MODE=dev).',
  }),
  'auth.wxLogin': route({
    input: WxLoginInput,
    output: WxSession,
    access: { role: 'public' },
    writes: false,
    summary: 'Self-hosted sign-in: exchange a `wx.login` code for a session (AUTH_MODE=wx).',
  }),
  'auth.refresh': route({
    input: Empty,
    output: WxSession,
    access: { role: 'wechat' },
    writes: false,
    summary: 'A fresh session token for a live session, before it expires; never past 30 days from sign-in.',
  }),
  'auth.signOut': route({
    input: Empty,
    output: Empty,
    access: { role: 'wechat' },
    writes: true,
    summary: 'Sign out: ends every session of the signed-in member, on every device (HTTP host only).',
  }),
  'auth.bootstrap': route({
    input: BootstrapInput,
    output: BindingStatus,
    access: { role: 'wechat' },
    writes: true,
    summary: 'The first person of a new deployment becomes its super admin with the code system.setup printed.',
  }),
  'auth.bindingStatus': route({
    input: Empty,
    output: BindingState,
    access: { role: 'wechat' },
    writes: false,
    summary:
      'Whether this WeChat user is bound, waiting for approval (with the request as submitted), or neither; and whether bootstrap is open.',
  }),
  'auth.bindByInvite': route({
    input: BindByInviteInput,
    output: BindingStatus,
    access: { role: 'wechat' },
    writes: true,
    summary: 'Bind this WeChat user to the member an invite code was issued for.',
  }),
  'auth.requestBinding': route({
    input: BindingRequestInput,
    output: BindingStatus,
    access: { role: 'wechat' },
    writes: true,
    summary: 'Ask the branch admins to bind this WeChat user by name, phone last 4 digits and branch (or branch code).',
  }),
  'auth.bindableUnits': route({
    input: Empty,
    output: BindableUnits,
    access: { role: 'wechat' },
    writes: false,
    summary: 'Branches a new user can ask to join, in pinyin order.',
  }),
  'auth.withdrawBindingRequest': route({
    input: Empty,
    output: BindingStatus,
    access: { role: 'wechat' },
    writes: true,
    summary: 'The requester takes back their own pending binding request; nothing else changes.',
  }),
  'me.dossier': route({
    input: Empty,
    output: Dossier,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: "The signed-in member's own record (personal data masked).",
  }),
  'me.updatePhone': route({
    input: UpdatePhoneInput,
    output: Dossier,
    access: { role: 'member' },
    writes: true,
    summary: 'Correct my own phone number.',
  }),
  'me.exportData': route({
    input: Empty,
    output: OwnDataExport,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'Everything stored about me, as JSON (audited).',
  }),
  'admin.unitCreate': route({
    input: UnitCreateInput,
    output: UnitRef,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Create a unit under `unitId`.',
  }),
  'admin.unitRename': route({
    input: UnitRenameInput,
    output: UnitRef,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Rename a unit.',
  }),
  'admin.unitMove': route({
    input: UnitMoveInput,
    output: UnitRef,
    access: { role: 'org_admin', scope: 'unit' },
    writes: true,
    summary: 'Move a unit (with its subtree and members) under another parent in scope; cycles refused.',
  }),
  'admin.unitArchive': route({
    input: UnitArchiveInput,
    output: UnitRef,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Archive an empty unit; refused while it has members or active child units.',
  }),
  'admin.memberList': route({
    input: MemberListInput,
    output: MemberListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: "Members of a unit's subtree: search by name or phone, filter, page.",
  }),
  'admin.memberGet': route({
    input: MemberIdInput,
    output: Dossier,
    access: { role: 'branch_admin', scope: 'member' },
    writes: false,
    summary: 'One member record, personal data masked.',
  }),
  'admin.memberCreate': route({
    input: MemberCreateInput,
    output: Dossier,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Add a member to a unit.',
  }),
  'admin.memberUpdate': route({
    input: MemberUpdateInput,
    output: Dossier,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Change fields of a member record.',
  }),
  'admin.memberChangeStage': route({
    input: StageChangeInput,
    output: Dossier,
    access: { role: 'org_admin', scope: 'member' },
    writes: true,
    summary:
      'Correct a development stage with a reason (Party committee only); branches move stages through admin.developmentRecord.',
  }),
  'admin.memberAddTraining': route({
    input: AddTrainingInput,
    output: Dossier,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Add a training record (培训记录) to a member.',
  }),
  'admin.memberReveal': route({
    input: RevealInput,
    output: RevealOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: false,
    summary: "Reveal one member's full ID-card number or phone after re-confirming identity (audited).",
  }),
  'admin.identityChallenge': route({
    input: Empty,
    output: IdentityChallengeOutput,
    access: { role: 'branch_admin', scope: 'none' },
    writes: true,
    summary: 'A single-use challenge for SOTER (fingerprint / face) before a reveal or a role change.',
  }),
  'admin.memberSetRole': route({
    input: SetRoleInput,
    output: Dossier,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary:
      'Grant or withdraw an admin role below the caller’s own, or appoint a super admin as one (re-confirmed, audited).',
  }),
  'admin.superAdmins': route({
    input: Empty,
    output: SuperAdminsOutput,
    access: { role: 'super_admin', scope: 'none' },
    writes: false,
    summary: 'The super admins, so one knows whether they may step down (another must remain).',
  }),
  'admin.stepDown': route({
    input: StepDownInput,
    output: Dossier,
    access: { role: 'super_admin', scope: 'none' },
    writes: true,
    summary: 'A super admin steps down to a lower role while another remains (re-confirmed, audited, others told).',
  }),
  'admin.memberUnbind': route({
    input: UnbindInput,
    output: Dossier,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: "Release a member's WeChat binding so they can bind again (new phone or WeChat).",
  }),
  'admin.inviteCreate': route({
    input: InviteCreateInput,
    output: InviteOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Issue a one-time invite code for a member to bind their WeChat.',
  }),
  'admin.branchInviteCreate': route({
    input: BranchInviteInput,
    output: InviteOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Issue a branch invite code: whoever uses it asks to join this unit, and an admin approves.',
  }),
  'admin.bindingList': route({
    input: BindingListInput,
    output: BindingListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Binding requests waiting for approval in a subtree.',
  }),
  'admin.bindingDecide': route({
    input: BindingDecideInput,
    output: BindingListOutput,
    access: { role: 'branch_admin', scope: 'bindingRequest' },
    writes: true,
    summary: 'Approve or reject a binding request.',
  }),
  'admin.rosterImport': route({
    input: RosterImportInput,
    output: RosterImportReport,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Import a roster (CSV or XLSX): a dry run reports every row; a real run writes all or only valid rows.',
    maxInputBytes: 1_500_000,
  }),
  'admin.rosterExport': route({
    input: RosterExportInput,
    output: FileOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: "A unit's roster as XLSX (personal data masked).",
  }),
  'admin.rosterTemplate': route({
    input: RosterExportInput,
    output: FileOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The roster import template as XLSX: the header row and one example row naming a branch of the unit.',
  }),
  'admin.auditList': route({
    input: AuditListInput,
    output: AuditListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: "The audit log of a unit's subtree, newest first.",
  }),
  'me.notices': route({
    input: Empty,
    output: NoticesOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'My latest in-app notices (reminders, promotions, results).',
  }),
  'activity.list': route({
    input: ActivityListInput,
    output: ActivityListOutput,
    access: { role: 'member' },
    writes: false,
    summary: 'Activities open to me: upcoming, past, mine, or one month (the calendar).',
  }),
  'activity.get': route({
    input: ActivityIdInput,
    output: ActivityDetail,
    access: { role: 'member', audience: 'activity' },
    writes: false,
    summary: 'One activity with my sign-up, waitlist place and check-in.',
  }),
  'activity.signUp': route({
    input: SignUpInput,
    output: SignupStatusOutput,
    access: { role: 'member', audience: 'activity', audienceOnly: true },
    writes: true,
    summary: 'Sign up: confirmed while seats last, then the waitlist; idempotent.',
  }),
  'activity.cancel': route({
    input: ActivityIdInput,
    output: SignupStatusOutput,
    access: { role: 'member', audience: 'activity' },
    writes: true,
    summary: 'Cancel my sign-up as the cancel policy allows; the waitlist moves up.',
  }),
  'activity.requestLeave': route({
    input: LeaveInput,
    output: SignupStatusOutput,
    access: { role: 'member', audience: 'activity' },
    writes: true,
    summary: 'Ask for leave (请假) with a reason.',
  }),
  'activity.checkIn': route({
    input: CheckInInput,
    output: CheckInOutput,
    access: { role: 'member' },
    writes: true,
    summary: 'Check in with the rotating QR token, or the 6-digit code beside it and the activity id.',
  }),
  'activity.checkOut': route({
    input: CheckInInput,
    output: CheckOutOutput,
    access: { role: 'member' },
    writes: true,
    summary: '志愿服务 check-out with the same proof as check-in: the hours run from check-in to check-out (once).',
  }),
  'activity.roster': route({
    input: ActivityIdInput,
    output: RosterOutput,
    access: { role: 'member', audience: 'activity' },
    writes: false,
    summary: 'Who signed up (names only, if the organiser allows), and the 接龙 text.',
  }),
  'activity.minutes': route({
    input: ActivityIdInput,
    output: Minutes,
    access: { role: 'member', audience: 'activity' },
    writes: false,
    summary: 'The minutes of a meeting, for those it concerned: expected, signed up, on leave or checked in.',
  }),
  'activity.shareInfo': route({
    input: ActivityIdInput,
    output: ShareInfo,
    access: { role: 'member', audience: 'activity' },
    writes: true,
    summary: 'What a share card needs, with a live updatable-message id.',
  }),
  'activity.groupEnter': route({
    input: GroupEnterInput,
    output: GroupContext,
    access: { role: 'member', audience: 'activity' },
    writes: false,
    summary: 'Which branch the group chat a card was opened from belongs to.',
  }),
  'activity.subscribeReminder': route({
    input: ActivityIdInput,
    output: ReminderOutput,
    access: { role: 'member', audience: 'activity' },
    writes: true,
    summary: 'Remind me before the activity starts.',
  }),
  'admin.activityCreate': route({
    input: ActivityCreateInput,
    output: Created,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Publish an activity organised by `unitId`.',
  }),
  'admin.activityList': route({
    input: AdminActivityListInput,
    output: ActivityListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Activities organised in a subtree.',
  }),
  'admin.activitySignups': route({
    input: ActivityIdInput,
    output: SignupListOutput,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: false,
    summary: 'Everyone who signed up, with status, answers and check-in.',
  }),
  'admin.activityDecide': route({
    input: DecideSignupInput,
    output: SignupListOutput,
    access: { role: 'branch_admin', scope: 'activity', actsOnMember: { inScope: false } },
    writes: true,
    summary: 'Approve or reject a sign-up that needs approval.',
  }),
  'admin.checkinToken': route({
    input: ActivityIdInput,
    output: CheckinTokenOutput,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: false,
    summary: 'The current rotating check-in code and its QR image.',
  }),
  'admin.proxyCheckIn': route({
    input: ProxyCheckInInput,
    output: Attendance,
    access: { role: 'branch_admin', scope: 'activity', actsOnMember: { inScope: true } },
    writes: true,
    summary: 'Check a member in on their behalf (代签), with a reason; audited.',
  }),
  'admin.attendance': route({
    input: ActivityIdInput,
    output: Attendance,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: false,
    summary: '应到 / 实到 / 请假 / 缺席, derived from sign-ups and check-ins.',
  }),
  'admin.attendanceExport': route({
    input: ActivityIdInput,
    output: FileOutput,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: false,
    summary: 'Attendance as XLSX.',
  }),
  'admin.minutesSave': route({
    input: MinutesInput,
    output: Minutes,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: true,
    summary: 'Record the minutes (会议记录) of a meeting.',
  }),
  'admin.photoUpload': route({
    input: PhotoUploadInput,
    output: PhotoUploadOutput,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: true,
    summary: 'Upload a photo for the minutes of a meeting (WeChat cloud storage, or a folder on the host).',
    maxInputBytes: 1_500_000,
  }),
  'admin.minutesGet': route({
    input: ActivityIdInput,
    output: Minutes,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: false,
    summary: 'The minutes of a meeting with its attendance.',
  }),
  'admin.meetingRecords': route({
    input: MeetingRecordsInput,
    output: MeetingRecords,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Each branch’s 三会一课 in a month or quarter, with what is missing.',
  }),
  'admin.remindMissing': route({
    input: MeetingRecordsInput,
    output: RemindMissingOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Remind branches that have not held a required meeting.',
  }),
  'admin.bindGroup': route({
    input: BindGroupInput,
    output: GroupContext,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Bind the group chat a card was opened from to a unit.',
  }),
  'system.sendReminders': route({
    input: Empty,
    output: SendRemindersOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Send due activity reminders, each exactly once (timer).',
  }),
  'system.drainEvents': route({
    input: Empty,
    output: DrainEventsOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Deliver domain events whose consumers failed or whose call crashed (timer).',
  }),
  'system.reconcileAggregates': route({
    input: Empty,
    output: ReconcileOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Recompute the per-unit aggregates from the records and repair drift (nightly timer).',
  }),
  'system.pruneQuotas': route({
    input: Empty,
    output: PruneQuotasOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Delete daily allowance counters older than 40 days (nightly timer; safe to run again).',
  }),
  'system.setup': route({
    input: Empty,
    output: SetupOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Create every collection and index the code relies on (idempotent; run once after deploy).',
  }),
  ...studyRoutes,
  ...voteRoutes,
  ...surveyRoutes,
  ...quizRoutes,
  ...homeRoutes,
  ...assistantRoutes,
  ...studyAssistantRoutes,
  ...learningReportRoutes,
  ...reportRoutes,
  ...noticeRoutes,
  ...wallRoutes,
  ...engageRoutes,
  ...publicityRoutes,
  ...developmentRoutes,
  ...duesRoutes,
  ...transferRoutes,
  ...reviewRoutes,
  ...forumRoutes,
  ...assessmentRoutes,
} as const;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
export type RouteInput<R extends RouteName> = z.input<Contract[R]['input']>;
export type RouteOutput<R extends RouteName> = z.output<Contract[R]['output']>;

export const ROUTE_NAMES = Object.keys(contract) as RouteName[];
