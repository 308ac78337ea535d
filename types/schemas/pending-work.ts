import * as z from 'zod';
import { Id } from './common';

export const PendingWorkInput = z.strictObject({ unitId: Id });

/** What waits for an admin in their subtree: the badges of the console home, each the size of its queue. */
export const PendingWork = z.object({
  /** Binding requests not yet approved or rejected (绑定审核). */
  bindingRequests: z.number().int(),
  /** Study notes submitted for review (心得审核). */
  notesToReview: z.number().int(),
  /** Open reports of a wrong or unclear question (题目纠错). */
  questionReports: z.number().int(),
  /** 请假 for activities organised in the subtree that have not ended yet. */
  leaveRequests: z.number().int(),
  /** Quiz attempts flagged as suspicious, waiting for a decision (答题待核实). */
  attemptsToVerify: z.number().int(),
  /** Transfers waiting for the subtree's acceptance, and outside ones whose receipt is overdue (组织关系转接). */
  transfersToHandle: z.number().int(),
  /** Suggestions received and not yet answered (意见建议). */
  suggestionsToAnswer: z.number().int(),
  /** Task reports members handed in, waiting for review (任务). */
  taskReportsToReview: z.number().int(),
  /** People whose next development step is overdue (发展党员). */
  developmentOverdue: z.number().int(),
  /** Objections raised on the subtree's 公示 and not yet marked handled (公示栏). */
  objectionsToHandle: z.number().int(),
});
export type PendingWork = z.infer<typeof PendingWork>;
