import { newId } from '../audit/audit';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError, MAX_PAGE } from '../../store/types';
import { storePendingBallot } from './ballot-box';
import { participationId, votesRepository } from './votes.repository';
import type { BallotDoc, ParticipationDoc } from './votes.types';

/**
 * Ballots stored before ballot secrecy had the id `<voteId>_<memberId>` and held the member and the cast
 * time next to the choices, and their voters had no participation. Setup rewrites each into the secret
 * shape through the ballot box's own crash-safe path: it writes the voter's participation carrying the
 * new ballot (a fresh random id and the choices) encrypted, removes the old ballot, then stores the new one
 * from the participation. A rerun after a crash at any step finds the participation and finishes from it,
 * so a ballot is never lost nor stored twice; no id is derived from the voter, so nothing left links them.
 */
interface LegacyBallotDoc extends BallotDoc {
  memberId: string;
  castAt?: number;
}

export interface BallotMigrationResult {
  /** Old ballots rewritten into the secret shape. */
  migrated: number;
  /** Old ballots whose voter had already cast a ballot again under secrecy: removed, one ballot each. */
  duplicatesRemoved: number;
}

const LEGACY = { memberId: { $exists: true } };

/**
 * The participation the migration writes for a legacy ballot, or the one already there: from an earlier,
 * interrupted run (no receipt), or from the voter casting again under secrecy (a receipt).
 */
async function participationFor(ctx: CallContext, legacy: LegacyBallotDoc): Promise<ParticipationDoc> {
  const { participations } = votesRepository(ctx.store);
  const id = participationId(legacy.voteId, legacy.memberId);
  const ballot: BallotDoc = { _id: newId('ballot'), voteId: legacy.voteId, choices: legacy.choices };
  try {
    // No receipt: no cast id exists for this ballot, so any later cast by the member is refused as a change.
    return await participations.insert({
      _id: id,
      voteId: legacy.voteId,
      memberId: legacy.memberId,
      pending: ctx.pii.encrypt(JSON.stringify(ballot)),
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    const existing = await participations.get(id);
    if (!existing) throw error;
    return existing;
  }
}

/** What became of one legacy ballot; null when a concurrent run of setup removed it first. */
async function migrateBallot(ctx: CallContext, legacy: LegacyBallotDoc): Promise<keyof BallotMigrationResult | null> {
  const { ballots } = votesRepository(ctx.store);
  const participation = await participationFor(ctx, legacy);
  const removed = await ballots.removeWhere({ _id: legacy._id, ...LEGACY });
  // A receipt means the voter cast again after the upgrade, when nothing recorded the old ballot: that
  // newer ballot is stored and anonymous, so the old one goes to leave the member one ballot.
  const castAgain = participation.receipt !== undefined;
  if (!castAgain) await storePendingBallot(ctx, participation);
  if (!removed) return null;
  return castAgain ? 'duplicatesRemoved' : 'migrated';
}

async function migrateEachLegacyBallot(ctx: CallContext): Promise<BallotMigrationResult> {
  const { ballots } = votesRepository(ctx.store);
  const result: BallotMigrationResult = { migrated: 0, duplicatesRemoved: 0 };
  // Each pass removes the ballots it read, so the next page holds the next legacy ballots.
  for (;;) {
    const legacy = (await ballots.find(LEGACY, { limit: MAX_PAGE })) as LegacyBallotDoc[];
    if (!legacy.length) return result;
    for (const ballot of legacy) {
      const outcome = await migrateBallot(ctx, ballot);
      if (outcome) result[outcome] += 1;
    }
  }
}

/**
 * Stores every ballot still waiting in a participation, so a run that stopped after removing a legacy
 * ballot leaves, once run again, nothing behind but ballots and plain participations.
 */
async function storeAllPendingBallots(ctx: CallContext): Promise<void> {
  const { participations } = votesRepository(ctx.store);
  for (;;) {
    const pending = await participations.find({ pending: { $exists: true } }, { limit: MAX_PAGE });
    if (!pending.length) return;
    for (const participation of pending) await storePendingBallot(ctx, participation);
  }
}

/** Rewrites every ballot stored before ballot secrecy; running it again changes nothing. */
export async function migrateLegacyBallots(ctx: CallContext): Promise<BallotMigrationResult> {
  const result = await migrateEachLegacyBallot(ctx);
  await storeAllPendingBallots(ctx);
  return result;
}
