/** The suggestion box (意见建议) and tasks with feedback (任务). */
import * as z from 'zod';
import { Id } from '../schemas/common';
import {
  AdminSuggestion,
  AdminSuggestionListInput,
  AdminSuggestionListOutput,
  AdminTaskListInput,
  AdminTaskListOutput,
  MySuggestion,
  MyTask,
  SuggestionIdInput,
  SuggestionMineInput,
  SuggestionMineOutput,
  SuggestionReplyInput,
  SuggestionSubmitInput,
  TaskCreateInput,
  TaskDetailOutput,
  TaskIdInput,
  TaskMineInput,
  TaskMineOutput,
  TaskReviewInput,
  TaskSubmitInput,
} from '../schemas/engage';
import { route } from '../route-def';

export const engageApiRoutes = {
  'suggestion.submit': route({
    input: SuggestionSubmitInput,
    output: MySuggestion,
    access: { role: 'member' },
    writes: true,
    summary: 'Sends a suggestion to my branch, named or anonymous to its admins.',
  }),
  'suggestion.mine': route({
    input: SuggestionMineInput,
    output: SuggestionMineOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'My suggestions, anonymous ones included, with their status and reply.',
  }),
  'task.mine': route({
    input: TaskMineInput,
    output: TaskMineOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'The tasks assigned to me, by state, deadline first.',
  }),
  'task.submit': route({
    input: TaskSubmitInput,
    output: MyTask,
    access: { role: 'member', audience: 'own' },
    writes: true,
    summary: 'Reports a task of mine as done, with text and an optional photo.',
    maxInputBytes: 1_500_000,
  }),
};

export const engageAdminRoutes = {
  'admin.suggestionList': route({
    input: AdminSuggestionListInput,
    output: AdminSuggestionListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary:
      'Suggestions to a unit’s subtree by status, with this month’s count by status; never who wrote an anonymous one.',
  }),
  'admin.suggestionProgress': route({
    input: SuggestionIdInput,
    output: AdminSuggestion,
    access: { role: 'branch_admin', scope: 'suggestion' },
    writes: true,
    summary: 'Marks a received suggestion as being handled (处理中).',
  }),
  'admin.suggestionReply': route({
    input: SuggestionReplyInput,
    output: AdminSuggestion,
    access: { role: 'branch_admin', scope: 'suggestion' },
    writes: true,
    summary: 'Answers a suggestion once and notifies its writer, anonymous or not.',
  }),
  'admin.taskCreate': route({
    input: TaskCreateInput,
    output: z.object({ taskId: Id, assigned: z.number().int() }),
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Assigns a task to chosen members of a unit’s subtree, or to all of them.',
  }),
  'admin.taskList': route({
    input: AdminTaskListInput,
    output: AdminTaskListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The tasks of a unit’s subtree with counts by state.',
  }),
  'admin.taskDetail': route({
    input: TaskIdInput,
    output: TaskDetailOutput,
    access: { role: 'branch_admin', scope: 'task' },
    writes: false,
    summary: 'One task: every assignee’s feedback to review, and completion per unit.',
  }),
  'admin.taskReview': route({
    input: TaskReviewInput,
    output: TaskDetailOutput,
    access: { role: 'branch_admin', scope: 'task' },
    writes: true,
    summary: 'Accepts a submitted task or returns it with a reason (the member is notified).',
  }),
};
