/**
 * The route table: every call the app can make, what it takes, what it returns and who may make it.
 * Client and server both derive their types from here; the server also validates with these schemas.
 */
import { z } from 'zod';
import { AuditListInput, AuditListOutput } from './schemas/audit';
import { DevLoginInput, DevMembersOutput, Session } from './schemas/auth';
import {
  BindableUnits,
  BindByInviteInput,
  BindingDecideInput,
  BindingListInput,
  BindingListOutput,
  BindingRequestInput,
  BindingStatus,
  BranchInviteInput,
  InviteCreateInput,
  InviteOutput,
  UnbindInput,
} from './schemas/binding';
import { Empty } from './schemas/common';
import {
  Dossier,
  MemberCreateInput,
  MemberIdInput,
  MemberListInput,
  MemberListOutput,
  MemberUpdateInput,
  OwnDataExport,
  RevealInput,
  RevealOutput,
  SetRoleInput,
  StageChangeInput,
  UpdatePhoneInput,
} from './schemas/dossier';
import { MemberCard, UnitOverview, UnitOverviewInput } from './schemas/members';
import { UnitArchiveInput, UnitCreateInput, UnitMoveInput, UnitRef, UnitRenameInput } from './schemas/org';
import { FileOutput, RosterExportInput, RosterImportInput, RosterImportReport } from './schemas/roster';
import { SetupOutput } from './schemas/system';

/**
 * What an admin route's input points at, which must lie inside the caller's subtree:
 * `unit` → `input.unitId`; `member` → the unit of `input.memberId`; `bindingRequest` → the unit of
 * `input.requestId`; `none` → nothing (the route checks what it needs itself).
 */
export type Scope = 'unit' | 'member' | 'bindingRequest' | 'none';

/**
 * Who may call a route.
 * - public: anyone, signed in or not.
 * - wechat: a person the platform vouches for (WeChat OPENID, or a session), bound to a member or not.
 * - member: any bound member.
 * - admin roles: that role or higher, on the declared scope.
 * - system: only the platform itself (timers, the deploy console), never a signed-in person.
 */
export type Access =
  | { role: 'public' }
  | { role: 'wechat' }
  | { role: 'member' }
  | { role: 'branch_admin' | 'org_admin' | 'super_admin'; scope: Scope }
  | { role: 'system' };

export interface RouteDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Write routes are rate limited and audited. */
  writes: boolean;
  summary: string;
  /** Larger than the default 64 KiB input, for uploads. */
  maxInputBytes?: number;
}

function route<I extends z.ZodType, O extends z.ZodType>(def: RouteDef<I, O>): RouteDef<I, O> {
  return def;
}

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
    access: { role: 'member' },
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
  'auth.devLoginWechat': route({
    input: Empty,
    output: Session,
    access: { role: 'public' },
    writes: false,
    summary: 'Enter as a new, unbound WeChat user, to try binding (only when AUTH_MODE=dev).',
  }),
  'auth.bindingStatus': route({
    input: Empty,
    output: BindingStatus,
    access: { role: 'wechat' },
    writes: false,
    summary: 'Whether this WeChat user is bound to a member, waiting for approval, or neither.',
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
    summary: 'Branches a new user can ask to join.',
  }),
  'me.dossier': route({
    input: Empty,
    output: Dossier,
    access: { role: 'member' },
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
    access: { role: 'member' },
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
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Record a step of the development stage; the history is kept.',
  }),
  'admin.memberReveal': route({
    input: RevealInput,
    output: RevealOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: false,
    summary: "Reveal one member's full ID-card number or phone after re-confirming identity (audited).",
  }),
  'admin.memberSetRole': route({
    input: SetRoleInput,
    output: Dossier,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Grant or withdraw an admin role, never above the caller’s own (re-confirmed, audited).',
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
  'admin.auditList': route({
    input: AuditListInput,
    output: AuditListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: "The audit log of a unit's subtree, newest first.",
  }),
  'system.setup': route({
    input: Empty,
    output: SetupOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Create every collection and index the code relies on (idempotent; run once after deploy).',
  }),
} as const;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
export type RouteInput<R extends RouteName> = z.input<Contract[R]['input']>;
export type RouteOutput<R extends RouteName> = z.output<Contract[R]['output']>;

export const ROUTE_NAMES = Object.keys(contract) as RouteName[];
