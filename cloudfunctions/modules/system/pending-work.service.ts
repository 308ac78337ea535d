import type { PendingWork } from '../../../types/schemas/pending-work';
import type { CallContext } from '../../kernel/context';
import { countLeaveInSubtree } from '../activities/leave-index';
import { engageRepository } from '../engage/engage.repository';
import { findAll, membersRepository } from '../members/members.repository';
import { quizRepository } from '../quiz/quiz.repository';
import { studyRepository } from '../study/study.repository';
import { transfersToHandle } from '../transfers/transfers.service';
import { overdueInSubtree } from '../development/due.service';
import { publicityRepository } from '../publicity/publicity.repository';

/**
 * The console's pending-work badges, counted in a unit's subtree with the same filters as the queues they
 * open, so a badge and its list agree. Each queue is one count on its path index (sign-ups on leave carry
 * their activity's organiser path and end for it).
 */
export async function pendingWork(ctx: CallContext, unitId: string): Promise<PendingWork> {
  const { requests } = membersRepository(ctx.store);
  const { notes } = studyRepository(ctx.store);
  const { reports, flags } = quizRepository(ctx.store);
  const { suggestions } = engageRepository(ctx.store);
  const [
    bindingRequests,
    notesToReview,
    questionReports,
    attemptsToVerify,
    leaveRequests,
    transfers,
    suggestionsToAnswer,
    taskReportsToReview,
    developmentOverdue,
    objectionsToHandle,
  ] = await Promise.all([
    requests.count({ unitPath: unitId, status: 'pending' }),
    notes.count({ unitPath: unitId, status: 'pending' }),
    reports.count({ bankPath: unitId, status: 'open' }),
    flags.count({ reviewPath: unitId, status: 'pending' }),
    countLeaveInSubtree(ctx, unitId),
    transfersToHandle(ctx, unitId),
    suggestions.count({ unitPath: unitId, status: { $in: ['received', 'in_progress'] } }),
    reportsToReview(ctx, unitId),
    overdueInSubtree(ctx, unitId),
    publicityRepository(ctx.store).objections.count({ unitPath: unitId, handled: false }),
  ]);
  return {
    bindingRequests,
    notesToReview,
    questionReports,
    leaveRequests,
    attemptsToVerify,
    transfersToHandle: transfers,
    suggestionsToAnswer,
    taskReportsToReview,
    developmentOverdue,
    objectionsToHandle,
  };
}

/** Reports handed in on the subtree's tasks (assignments carry no path: the tasks are read first, then one count each 100). */
async function reportsToReview(ctx: CallContext, unitId: string): Promise<number> {
  const { tasks, assignments } = engageRepository(ctx.store);
  const mine = await findAll((skip) => tasks.find({ unitPath: unitId }, { sort: [['_id', 1]], skip, limit: 100 }));
  let waiting = 0;
  for (let i = 0; i < mine.length; i += 100) {
    const taskIds = mine.slice(i, i + 100).map((task) => task._id);
    waiting += await assignments.count({ taskId: { $in: taskIds }, state: 'submitted' });
  }
  return waiting;
}
