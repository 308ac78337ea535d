import type { FunctionHandlers } from '../../kernel/handler-types';
import { dueInSubtree } from './due.service';
import { uploadMaterial } from './materials.service';
import { recordStep } from './record.service';
import { sendDevelopmentReminders } from './reminders.service';
import { developmentRules, updateDevelopmentRules } from './rules.service';
import { memberTimeline, ownTimeline } from './timeline.service';

export const developmentApiRoutes = {
  'me.developmentTimeline': (_input, ctx) => ownTimeline(ctx),
} satisfies Partial<FunctionHandlers<'api'>>;

export const developmentAdminRoutes = {
  'admin.developmentRecord': (input, ctx) => recordStep(ctx, input),
  'admin.developmentUpload': (input, ctx) => uploadMaterial(ctx, input),
  'admin.developmentTimeline': (input, ctx) => memberTimeline(ctx, input.memberId),
  'admin.developmentDue': (input, ctx) => dueInSubtree(ctx, input),
  'admin.developmentRules': (_input, ctx) => developmentRules(ctx),
  'admin.developmentRulesUpdate': (input, ctx) => updateDevelopmentRules(ctx, input),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const developmentJobsRoutes = {
  'system.developmentReminders': (_input, ctx) => sendDevelopmentReminders(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
