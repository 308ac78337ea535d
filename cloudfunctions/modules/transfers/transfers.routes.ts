import type { FunctionHandlers } from '../../kernel/handler-types';
import { addCare, memberCare } from './care.service';
import { endFlow, registerFlow, unitFlows } from './flow.service';
import {
  acceptTransfer,
  cancelTransfer,
  myTransfers,
  recordReceipt,
  remindOverdueReceipts,
  returnTransfer,
  startTransfer,
  unitTransfers,
} from './transfers.service';
import { confirmVolunteer, myVolunteer } from './volunteer.service';

export const transfersApiRoutes = {
  'me.transfer': (_input, ctx) => myTransfers(ctx),
  'me.volunteer': (_input, ctx) => myVolunteer(ctx),
} satisfies Partial<FunctionHandlers<'api'>>;

export const transfersAdminRoutes = {
  'admin.transferStart': (input, ctx) => startTransfer(ctx, input),
  'admin.transferAccept': (input, ctx) => acceptTransfer(ctx, input.transferId),
  'admin.transferReturn': (input, ctx) => returnTransfer(ctx, input.transferId, input.reason),
  'admin.transferCancel': (input, ctx) => cancelTransfer(ctx, input.transferId),
  'admin.transferReceipt': (input, ctx) => recordReceipt(ctx, input.transferId, input.receivedAt),
  'admin.transfers': (input, ctx) => unitTransfers(ctx, input),
  'admin.flowRegister': (input, ctx) => registerFlow(ctx, input),
  'admin.flowEnd': (input, ctx) => endFlow(ctx, input),
  'admin.flowList': (input, ctx) => unitFlows(ctx, input.unitId, input.skip, input.limit),
  'admin.volunteerConfirm': (input, ctx) => confirmVolunteer(ctx, input),
  'admin.careAdd': (input, ctx) => addCare(ctx, input),
  'admin.careList': (input, ctx) => memberCare(ctx, input.memberId, input.skip, input.limit),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const transfersJobsRoutes = {
  'system.transferOverdue': (_input, ctx) => remindOverdueReceipts(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
