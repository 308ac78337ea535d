/** The development workflow (发展党员): steps in the order the rules set, due dates, reminders, intervals. */
import {
  DevelopmentDueInput,
  DevelopmentDueOutput,
  DevelopmentRecordInput,
  DevelopmentRemindersOutput,
  DevelopmentRulesOutput,
  DevelopmentRulesUpdateInput,
  DevelopmentTimeline,
  DevelopmentUploadInput,
  DevelopmentUploadOutput,
} from '../schemas/development';
import { Empty } from '../schemas/common';
import { MemberIdInput } from '../schemas/dossier';
import { route } from '../route-def';

export const developmentApiRoutes = {
  'me.developmentTimeline': route({
    input: Empty,
    output: DevelopmentTimeline,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'My own development steps and what comes next.',
  }),
};

export const developmentAdminRoutes = {
  'admin.developmentRecord': route({
    input: DevelopmentRecordInput,
    output: DevelopmentTimeline,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary:
      'Records the next development step of a person (or a branch decision: 延长预备期 once, 取消预备党员资格) with its date, documents (each with its file) and contacts; refuses a step out of order, too early or incomplete; a stage-moving step changes the stage.',
  }),
  'admin.developmentUpload': route({
    input: DevelopmentUploadInput,
    output: DevelopmentUploadOutput,
    access: { role: 'branch_admin', scope: 'member' },
    writes: true,
    summary: 'Stores a material of a development step (PDF or photo) and answers its file id, to send with the step.',
    maxInputBytes: 1_500_000,
  }),
  'admin.developmentTimeline': route({
    input: MemberIdInput,
    output: DevelopmentTimeline,
    access: { role: 'branch_admin', scope: 'member' },
    writes: false,
    summary: 'The steps a person has taken and what comes next, with its earliest and due dates.',
  }),
  'admin.developmentDue': route({
    input: DevelopmentDueInput,
    output: DevelopmentDueOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'A unit subtree’s pipeline: counts by stage, and the steps due or overdue (or everyone in one stage).',
  }),
  'admin.developmentRules': route({
    input: Empty,
    output: DevelopmentRulesOutput,
    access: { role: 'branch_admin', scope: 'none' },
    writes: false,
    summary: 'The steps, documents and the intervals in force (the deployment’s, else the defaults).',
  }),
  'admin.developmentRulesUpdate': route({
    input: DevelopmentRulesUpdateInput,
    output: DevelopmentRulesOutput,
    access: { role: 'super_admin', scope: 'none' },
    writes: true,
    summary: 'Corrects intervals for the whole deployment (audited); like the points rules, a super admin’s.',
  }),
};

export const developmentJobsRoutes = {
  'system.developmentReminders': route({
    input: Empty,
    output: DevelopmentRemindersOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Tells branch secretaries of development steps newly due or overdue, once per step and state (timer).',
  }),
};
