import type { FunctionHandlers } from '../../kernel/handler-types';
import {
  markInProgress,
  mySuggestions,
  replySuggestion,
  submitSuggestion,
  unitSuggestions,
} from './suggestions.service';
import { createTask, myTasks, reviewTask, submitTask, taskDetail, unitTasks } from './tasks.service';

export const engageApiRoutes = {
  'suggestion.submit': (input, ctx) => submitSuggestion(ctx, input),
  'suggestion.mine': (input, ctx) => mySuggestions(ctx, input.skip, input.limit),
  'task.mine': (input, ctx) => myTasks(ctx, input),
  'task.submit': (input, ctx) => submitTask(ctx, input),
} satisfies Partial<FunctionHandlers<'api'>>;

export const engageAdminRoutes = {
  'admin.suggestionList': (input, ctx) => unitSuggestions(ctx, input),
  'admin.suggestionProgress': (input, ctx) => markInProgress(ctx, input.suggestionId),
  'admin.suggestionReply': (input, ctx) => replySuggestion(ctx, input.suggestionId, input.reply),
  'admin.taskCreate': (input, ctx) => createTask(ctx, input),
  'admin.taskList': (input, ctx) => unitTasks(ctx, input.unitId, input.skip, input.limit),
  'admin.taskDetail': (input, ctx) => taskDetail(ctx, input.taskId),
  'admin.taskReview': (input, ctx) => reviewTask(ctx, input),
} satisfies Partial<FunctionHandlers<'admin'>>;
