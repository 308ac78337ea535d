import type { FunctionHandlers } from '../../kernel/handler-types';
import { exportDuesYear } from './dues-export';
import { generateMonth, myDues, unitMonth } from './months.service';
import { payOnline, reconcileOrders, recordPayment, settleOrder } from './payments.service';
import { setDuesProfile } from './profiles.service';
import { publishMonth } from './publish.service';
import { sendArrearsReminders } from './reminders.service';

export const duesApiRoutes = {
  'me.dues': (input, ctx) => myDues(ctx, input.year),
  'me.duesPay': (input, ctx) => payOnline(ctx, input.months),
} satisfies Partial<FunctionHandlers<'api'>>;

export const duesAdminRoutes = {
  'admin.duesProfileSet': (input, ctx) => setDuesProfile(ctx, input),
  'admin.duesMonth': (input, ctx) => unitMonth(ctx, input.unitId, input.month),
  'admin.duesRecordPayment': (input, ctx) => recordPayment(ctx, input),
  'admin.duesExport': (input, ctx) => exportDuesYear(ctx, input.unitId, input.year),
  'admin.duesPublish': (input, ctx) => publishMonth(ctx, input.unitId, input.month, input.days),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const duesJobsRoutes = {
  'system.duesPayResult': async (input, ctx) => {
    const { orderNo, state } = await settleOrder(ctx, input.outTradeNo, 'notice');
    return { orderNo, state };
  },
  'system.duesMonthly': (_input, ctx) => generateMonth(ctx),
  'system.duesReconcile': (_input, ctx) => reconcileOrders(ctx),
  'system.duesReminders': (_input, ctx) => sendArrearsReminders(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
