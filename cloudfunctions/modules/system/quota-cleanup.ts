import type { CallContext } from '../../kernel/context';
import { MAX_PAGE } from '../../store/types';
import { chinaDay } from '../shared/china-time';

/** Disclosure counters older than this are of no use: each only limits its own day. */
export const QUOTA_KEEP_DAYS = 40;
const DAY_MS = 86_400_000;
const BATCH = MAX_PAGE;
/** Where a counter's id (`kind:member:day`) cannot be dated, it is dated long ago and goes with the old ones. */
const UNDATED = '0000-00-00';

/**
 * Counters stored before they carried their day get it from their id, so the day index finds them; each is
 * written once, so a run that stopped half way resumes where it was.
 */
async function dateOldCounters(ctx: CallContext): Promise<number> {
  const quota = ctx.store.collection<{ _id: string; day?: string }>('personal_data_quota');
  let dated = 0;
  for (;;) {
    const batch = await quota.find({ day: { $exists: false } }, { limit: BATCH, sort: [['_id', 1]] });
    for (const doc of batch) {
      const day = /\d{4}-\d{2}-\d{2}$/.exec(doc._id)?.[0] ?? UNDATED;
      dated += await quota.updateWhere({ _id: doc._id, day: { $exists: false } }, { $set: { day } });
    }
    if (batch.length < BATCH) return dated;
  }
}

/**
 * The nightly cleanup of the personal-data allowance counters. The assistant's daily counters (`assistant_quota`)
 * are kept: besides limiting a day's questions they are the record the nightly reconcile counts 问一问 from, in
 * the unit aggregates and in what moves with a member to another branch.
 */
export async function pruneQuotas(ctx: CallContext) {
  const before = chinaDay(ctx.now - QUOTA_KEEP_DAYS * DAY_MS);
  const dated = await dateOldCounters(ctx);
  const old = { day: { $lt: before } };
  const result = {
    before,
    dated,
    personalData: await ctx.store.collection('personal_data_quota').removeWhere(old, { multi: true }),
  };
  console.info(JSON.stringify({ event: 'quotas.prune', ...result }));
  return result;
}
