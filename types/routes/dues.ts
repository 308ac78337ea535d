/** Party dues (党费): bases by the published brackets, monthly due records, payments recorded or paid online. */
import { Empty } from '../schemas/common';
import { FileOutput } from '../schemas/roster';
import {
  DuesExportInput,
  DuesMonthInput,
  DuesMonthlyOutput,
  DuesMonthOutput,
  DuesPaymentOutput,
  DuesPublishInput,
  DuesPublishOutput,
  DuesPayResultInput,
  DuesPayResultOutput,
  DuesProfileOutput,
  DuesProfileSetInput,
  DuesReconcileOutput,
  DuesRecordPaymentInput,
  DuesRemindersOutput,
  MyDuesInput,
  MyDuesOutput,
  MyDuesPayInput,
  MyDuesPayOutput,
} from '../schemas/dues';
import { route } from '../route-def';

export const duesApiRoutes = {
  'me.dues': route({
    input: MyDuesInput,
    output: MyDuesOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'My dues: the year statement, my arrears, and whether I can pay online.',
  }),
  'me.duesPay': route({
    input: MyDuesPayInput,
    output: MyDuesPayOutput,
    access: { role: 'member' },
    writes: true,
    summary: 'Opens a WeChat Pay order for my unpaid months through the payment port.',
  }),
};

export const duesAdminRoutes = {
  'admin.duesProfileSet': route({
    input: DuesProfileSetInput,
    output: DuesProfileOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary:
      'Sets (or reviews) a member’s dues category and base; the base is sealed at rest and the monthly due follows the brackets.',
  }),
  'admin.duesMonth': route({
    input: DuesMonthInput,
    output: DuesMonthOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'A unit’s dues for one month: due, paid, arrears, and every member, those in arrears first.',
  }),
  'admin.duesRecordPayment': route({
    input: DuesRecordPaymentInput,
    output: DuesPaymentOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Records dues paid in cash or by transfer for chosen months; once per receipt number.',
  }),
  'admin.duesExport': route({
    input: DuesExportInput,
    output: FileOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'A unit’s dues for a year as XLSX: one row per member, one column per month.',
  }),
  'admin.duesPublish': route({
    input: DuesPublishInput,
    output: DuesPublishOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary:
      'Posts a unit’s month of dues (党费收缴情况: counts and totals, no one’s amount) to its public board, once per month.',
  }),
};

export const duesJobsRoutes = {
  'system.duesPayResult': route({
    input: DuesPayResultInput,
    output: DuesPayResultOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'The payment platform’s result notice: confirms the order with the platform, then counts it once.',
  }),
  'system.duesMonthly': route({
    input: Empty,
    output: DuesMonthlyOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Creates this month’s due record for every member with a dues profile, once (daily timer).',
  }),
  'system.duesReconcile': route({
    input: Empty,
    output: DuesReconcileOutput,
    access: { role: 'system' },
    writes: true,
    summary:
      'Asks the payment platform about every open order: counts paid ones whose notice was lost, closes dead ones.',
  }),
  'system.duesReminders': route({
    input: Empty,
    output: DuesRemindersOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Reminds members with unpaid earlier months, once per member per month (daily timer).',
  }),
};
