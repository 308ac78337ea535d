import type { CallContext } from '../../kernel/context';
import type { Filter, Update } from '../../store/types';
import { homeRepository, mapKey, summaryId } from './home.repository';
import type { SummaryProgress } from './home.types';

/**
 * Write-through changes to a member's home summary, made by the services that change the facts, right after
 * the records. Each moves the summary's `rev`, so a rebuild that read the records before this change does not
 * store over it. A member without a summary is left alone: their next home builds it from the records. A change
 * bound to a day applies only to a summary of that day; to any other it only moves `rev` (it is rebuilt on read).
 */
async function applyToSummary(ctx: CallContext, memberId: string, update: Update, day?: string): Promise<void> {
  const { views } = homeRepository(ctx.store);
  const id = summaryId(memberId);
  const filter: Filter = day === undefined ? { _id: id } : { _id: id, day };
  const applied = await views.updateWhere(filter, { ...update, $inc: { ...update.$inc, rev: 1 } });
  if (applied === 0 && day !== undefined) await views.updateWhere({ _id: id }, { $inc: { rev: 1 } });
}

/** A heartbeat credited `seconds` of study on `day` and left the item at `progress`. */
export function noteStudyCredit(
  ctx: CallContext,
  memberId: string,
  credit: { day: string; seconds: number; contentId: string; progress: SummaryProgress },
): Promise<void> {
  const { day, seconds, contentId, progress } = credit;
  return applyToSummary(
    ctx,
    memberId,
    { $inc: { studySeconds: seconds }, $set: { [`progress.${mapKey(contentId)}`]: progress } },
    day,
  );
}

/** The daily quiz of `day` was handed in. */
export function noteDailyQuizDone(ctx: CallContext, memberId: string, day: string, questionCount: number) {
  return applyToSummary(ctx, memberId, { $set: { dailyQuiz: { done: true, questionCount } } }, day);
}

export function notePointsAwarded(ctx: CallContext, memberId: string, points: number) {
  return applyToSummary(ctx, memberId, { $inc: { pointsTotal: points } });
}

export function noteNoticeSent(ctx: CallContext, memberId: string, title: string, at: number) {
  return applyToSummary(ctx, memberId, { $inc: { 'notices.unread': 1 }, $set: { 'notices.latest': { title, at } } });
}

export function noteNoticesRead(ctx: CallContext, memberId: string, count: number) {
  return applyToSummary(ctx, memberId, { $inc: { 'notices.unread': -count } });
}

export function noteBallotCast(ctx: CallContext, memberId: string, voteId: string) {
  return applyToSummary(ctx, memberId, { $addToSet: { votedIds: voteId } });
}

/** How many items of a plan the member has done, after completing content or passing an exam of it. */
export function notePlanProgress(ctx: CallContext, memberId: string, planId: string, done: number) {
  return applyToSummary(ctx, memberId, { $set: { [`planDone.${mapKey(planId)}`]: done } });
}

/** A notice was published to these members (receipts written): each has one more unread (and must-read) notice. */
export async function noteBulletinPublished(ctx: CallContext, memberIds: string[], mustRead: boolean) {
  const { views } = homeRepository(ctx.store);
  const inc = { 'bulletins.unread': 1, ...(mustRead ? { 'bulletins.mustRead': 1 } : {}), rev: 1 };
  for (let i = 0; i < memberIds.length; i += 100)
    await views.updateWhere(
      { _id: { $in: memberIds.slice(i, i + 100).map(summaryId) } },
      { $inc: inc },
      { multi: true },
    );
}

/** A member read a notice for the first time, or confirmed a must-read one. */
export function noteBulletinReceipt(ctx: CallContext, memberId: string, change: 'read' | 'confirmed') {
  return applyToSummary(ctx, memberId, {
    $inc: { [change === 'read' ? 'bulletins.unread' : 'bulletins.mustRead']: -1 },
  });
}

/** A notice was withdrawn or its must-read flag changed: its addressees' summaries recount on their next home. */
export async function noteBulletinsChanged(ctx: CallContext, memberIds: string[]) {
  const { views } = homeRepository(ctx.store);
  for (let i = 0; i < memberIds.length; i += 100)
    await views.updateWhere(
      { _id: { $in: memberIds.slice(i, i + 100).map(summaryId) } },
      { $set: { day: '' }, $inc: { rev: 1 } },
      { multi: true },
    );
}
