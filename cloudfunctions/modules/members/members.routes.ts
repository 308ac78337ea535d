import type { FunctionHandlers } from '../../kernel/handler-types';
import { listAudit } from '../audit/audit';
import {
  bindableUnits,
  bindByInvite,
  bindingStatus,
  createBranchInvite,
  createInvite,
  decideBindingRequest,
  devLoginWechat,
  listBindingRequests,
  requestBinding,
  withdrawBindingRequest,
} from './binding.service';
import {
  addTraining,
  changeStage,
  createMember,
  exportOwnData,
  getMember,
  listMembers,
  ownDossier,
  revealPersonalData,
  setRole,
  unbindMember,
  updateMember,
  updateOwnPhone,
} from './dossier.service';
import { issueChallenge } from './identity-confirmation';
import { demoMembers, devLogin, memberCard, unitOverview } from './members.service';
import { archiveUnit, createUnit, moveUnit, renameUnit } from './org.service';
import { exportRoster } from './roster-export';
import { rosterTemplate } from './roster-template';
import { importRoster } from './roster.service';
import { refreshSession, signOut, wxLogin } from './session.service';
import { listSuperAdmins, stepDown } from './super-admins';

export const membersApiRoutes = {
  'auth.devMembers': (_input, ctx) => demoMembers(ctx),
  'auth.devLogin': (input, ctx) => devLogin(ctx, input.memberId),
  'auth.devLoginWechat': (_input, ctx) => devLoginWechat(ctx),
  'auth.wxLogin': (input, ctx) => wxLogin(ctx, input.code),
  'auth.refresh': (_input, ctx) => refreshSession(ctx),
  'auth.signOut': (_input, ctx) => signOut(ctx),
  'auth.bindingStatus': (_input, ctx) => bindingStatus(ctx),
  'auth.bindByInvite': (input, ctx) => bindByInvite(ctx, input.code),
  'auth.requestBinding': (input, ctx) => requestBinding(ctx, input),
  'auth.bindableUnits': (_input, ctx) => bindableUnits(ctx),
  'auth.withdrawBindingRequest': (_input, ctx) => withdrawBindingRequest(ctx),
  'me.card': (_input, ctx) => memberCard(ctx),
  'me.dossier': (_input, ctx) => ownDossier(ctx),
  'me.updatePhone': (input, ctx) => updateOwnPhone(ctx, input.phone),
  'me.exportData': (_input, ctx) => exportOwnData(ctx),
} satisfies Partial<FunctionHandlers<'api'>>;

export const membersAdminRoutes = {
  'admin.unitOverview': (input, ctx) => unitOverview(ctx, input.unitId),
  'admin.unitCreate': (input, ctx) => createUnit(ctx, input.unitId, input.name, input.kind),
  'admin.unitRename': (input, ctx) => renameUnit(ctx, input.unitId, input.name),
  'admin.unitMove': (input, ctx) => moveUnit(ctx, input.unitId, input.newParentId),
  'admin.unitArchive': (input, ctx) => archiveUnit(ctx, input.unitId),
  'admin.memberList': (input, ctx) => listMembers(ctx, input),
  'admin.memberGet': (input, ctx) => getMember(ctx, input.memberId),
  'admin.memberCreate': (input, ctx) => createMember(ctx, input),
  'admin.memberUpdate': (input, ctx) => updateMember(ctx, input),
  'admin.memberChangeStage': (input, ctx) => changeStage(ctx, input.memberId, input.stage, input.at, input.reason),
  'admin.memberAddTraining': (input, ctx) =>
    addTraining(ctx, input.memberId, { title: input.title, at: input.at, hours: input.hours }),
  'admin.memberReveal': (input, ctx) => revealPersonalData(ctx, input.memberId, input.field, input.confirmation),
  'admin.identityChallenge': (_input, ctx) => issueChallenge(ctx),
  'admin.memberSetRole': (input, ctx) => setRole(ctx, input),
  'admin.superAdmins': (_input, ctx) => listSuperAdmins(ctx),
  'admin.stepDown': (input, ctx) => stepDown(ctx, input),
  'admin.memberUnbind': (input, ctx) => unbindMember(ctx, input.memberId, input.reason),
  'admin.inviteCreate': (input, ctx) => createInvite(ctx, input.memberId),
  'admin.branchInviteCreate': (input, ctx) => createBranchInvite(ctx, input.unitId),
  'admin.bindingList': (input, ctx) => listBindingRequests(ctx, input.unitId),
  'admin.bindingDecide': (input, ctx) => decideBindingRequest(ctx, input.requestId, input.approve, input.comment),
  'admin.rosterImport': (input, ctx) => importRoster(ctx, input),
  'admin.rosterExport': (input, ctx) => exportRoster(ctx, input.unitId),
  'admin.rosterTemplate': (input, ctx) => rosterTemplate(ctx, input.unitId),
  'admin.auditList': (input, ctx) => listAudit(ctx.store, input.unitId, input.skip, input.limit),
} satisfies Partial<FunctionHandlers<'admin'>>;
