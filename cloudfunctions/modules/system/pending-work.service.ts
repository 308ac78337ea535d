import type { PendingWork } from '../../../types/schemas/pending-work';
import type { CallContext } from '../../kernel/context';
import { countLeaveInSubtree } from '../activities/leave-index';
import { engageRepository } from '../engage/engage.repository';
import { countReportsToReview } from '../engage/review-paths';
import { membersRepository } from '../members/members.repository';
import { quizRepository } from '../quiz/quiz.repository';
import { studyRepository } from '../study/study.repository';
import { transfersToHandle } from '../transfers/transfers.service';
import { countOverdueInSubtree } from '../development/overdue-index';
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
    countReportsToReview(ctx, unitId),
    countOverdueInSubtree(ctx, unitId),
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
