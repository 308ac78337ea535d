/** 组织关系转接 (transfers of membership), 流动党员, volunteer hours and care records (关怀). */
import { Empty } from '../schemas/common';
import {
  CareAddInput,
  CareListOutput,
  CareRecord,
  FlowEndInput,
  FlowEndOutput,
  FlowListInput,
  FlowListOutput,
  FlowRegisterInput,
  FlowRegistration,
  MemberRecordsInput,
  MyTransfersOutput,
  MyVolunteerOutput,
  Transfer,
  TransferIdInput,
  TransferListInput,
  TransferListOutput,
  TransferOverdueOutput,
  TransferReceiptInput,
  TransferReturnInput,
  TransferStartInput,
  VolunteerConfirmInput,
  VolunteerConfirmOutput,
} from '../schemas/transfers';
import { route } from '../route-def';

export const transferApiRoutes = {
  'me.transfer': route({
    input: Empty,
    output: MyTransfersOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'My transfers of membership and their status, newest first.',
  }),
  'me.volunteer': route({
    input: Empty,
    output: MyVolunteerOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'My volunteer hours, activity by activity, with this year’s and all-time totals.',
  }),
};

export const transferAdminRoutes = {
  'admin.transferStart': route({
    input: TransferStartInput,
    output: Transfer,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Starts a transfer of a member of my subtree to another unit, or out of the system with a letter.',
  }),
  'admin.transferAccept': route({
    input: TransferIdInput,
    output: Transfer,
    access: { role: 'branch_admin', scope: 'transferTo' },
    writes: true,
    summary: 'The receiving unit accepts a transfer: the member moves there, with their aggregates, at once.',
  }),
  'admin.transferReturn': route({
    input: TransferReturnInput,
    output: Transfer,
    access: { role: 'branch_admin', scope: 'transferTo' },
    writes: true,
    summary: 'The receiving unit returns a transfer with a reason; the member stays where they were.',
  }),
  'admin.transferCancel': route({
    input: TransferIdInput,
    output: Transfer,
    access: { role: 'branch_admin', scope: 'transferFrom' },
    writes: true,
    summary: 'The sending unit withdraws a transfer not yet accepted.',
  }),
  'admin.transferReceipt': route({
    input: TransferReceiptInput,
    output: Transfer,
    access: { role: 'branch_admin', scope: 'transferFrom' },
    writes: true,
    summary: 'Records the receipt (回执) of a transfer out of the system; the member is then 已转出.',
  }),
  'admin.transfers': route({
    input: TransferListInput,
    output: TransferListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Transfers out of or into a unit’s subtree, open and overdue first, with the counts needing action.',
  }),
  'admin.flowRegister': route({
    input: FlowRegisterInput,
    output: FlowRegistration,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Registers (or updates) where a 流动党员 of my subtree is and whom to contact there.',
  }),
  'admin.flowEnd': route({
    input: FlowEndInput,
    output: FlowEndOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary:
      'Ends a 流动党员 registration (结束流动) on the day picked, with the reason; ending it again changes and logs nothing.',
  }),
  'admin.flowList': route({
    input: FlowListInput,
    output: FlowListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The 流动党员 of a unit’s subtree with where they are.',
  }),
  'admin.volunteerConfirm': route({
    input: VolunteerConfirmInput,
    output: VolunteerConfirmOutput,
    access: { role: 'branch_admin', scope: 'activity' },
    writes: true,
    summary:
      'The organiser confirms volunteer hours for members who checked in to a 志愿服务 activity; other minutes than their check-in/check-out figure need a reason (audited).',
  }),
  'admin.careAdd': route({
    input: CareAddInput,
    output: CareRecord,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Records a visit, help given or a difficulty (关怀) for a member of my subtree.',
  }),
  'admin.careList': route({
    input: MemberRecordsInput,
    output: CareListOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: false,
    summary: 'A member’s care records, for the admins of their branch and above only.',
  }),
};

export const transferJobsRoutes = {
  'system.transferOverdue': route({
    input: Empty,
    output: TransferOverdueOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Tells the sending secretary, once, that an outside transfer’s receipt is overdue (daily timer).',
  }),
};
