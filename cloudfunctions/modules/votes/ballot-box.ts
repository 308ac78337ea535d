import { createHash } from 'node:crypto';
import { newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { participationId, votesRepository } from './votes.repository';
import type { BallotDoc, ParticipationDoc } from './votes.types';

/**
 * The secret ballot box. Casting writes two documents that nothing stored links: the participation (who
 * voted, keyed by vote and member, whose insert decides the one ballot per member) and the ballot (random
 * id, choices, no member, no time). Between the two writes the participation carries the ballot encrypted
 * with the server key; whoever comes next (a retry, or anyone reading the count) stores it under its fixed
 * id and removes it, so a crash in between neither loses the ballot nor counts it twice.
 */
function receiptOf(castId: string, voteId: string, choices: string[]): string {
  return createHash('sha256')
    .update([castId, voteId, ...[...choices].sort()].join('\n'))
    .digest('base64url');
}

/** Stores the ballot a participation carries, under its fixed id, and drops it from the participation. */
export async function storePendingBallot(ctx: CallContext, participation: ParticipationDoc): Promise<void> {
  if (!participation.pending) return;
  const { ballots, participations } = votesRepository(ctx.store);
  const ballot = JSON.parse(ctx.pii.decrypt(participation.pending)) as BallotDoc;
  try {
    await ballots.insert(ballot);
  } catch (error) {
    // Another call stored this very ballot (same id) first.
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
  await participations.updateWhere({ _id: participation._id }, { $unset: { pending: true } });
}

/** Stores the ballots a crash left inside participations, so a count never misses one. */
export async function storePendingBallots(ctx: CallContext, voteId: string): Promise<void> {
  const { participations } = votesRepository(ctx.store);
  for (;;) {
    const pending = await participations.find({ voteId, pending: { $exists: true } }, { limit: 100 });
    if (!pending.length) return;
    for (const participation of pending) await storePendingBallot(ctx, participation);
  }
}

/**
 * Casts a member's one ballot. The same cast id and choices again (a retry, another copy of the request)
 * answer as the first did; any other ballot by the same member is refused and changes nothing. True for the one
 * call whose ballot went in, so that only it reports the ballot (copies sent at once all find no vote before).
 */
export async function castSecretBallot(
  ctx: CallContext,
  ballot: { voteId: string; memberId: string; castId: string; choices: string[] },
): Promise<boolean> {
  const { participations } = votesRepository(ctx.store);
  const id = participationId(ballot.voteId, ballot.memberId);
  const receipt = receiptOf(ballot.castId, ballot.voteId, ballot.choices);
  const stored: BallotDoc = { _id: newId('ballot'), voteId: ballot.voteId, choices: ballot.choices };
  let participation: ParticipationDoc | null;
  let first = true;
  try {
    participation = await participations.insert({
      _id: id,
      voteId: ballot.voteId,
      memberId: ballot.memberId,
      receipt,
      pending: ctx.pii.encrypt(JSON.stringify(stored)),
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    // The same member on another device, or a retried call, got there first: theirs is the ballot.
    participation = await participations.get(id);
    if (!participation) throw error;
    first = false;
  }
  if (participation.receipt !== receipt) throw new AppError('CONFLICT', '您已经投过票了，投票后不能更改。');
  await storePendingBallot(ctx, participation);
  return first;
}

export async function hasVoted(ctx: CallContext, voteId: string, memberId: string): Promise<boolean> {
  return (await votesRepository(ctx.store).participations.get(participationId(voteId, memberId))) !== null;
}
