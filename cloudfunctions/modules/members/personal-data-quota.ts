import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { chinaDay } from '../shared/china-time';

/**
 * Daily allowances, per admin and China-time day, for the actions that disclose personal data: each
 * disclosure costs one unit, and an exhausted allowance refuses further ones until the next day. The counters
 * are conditional updates in the store, so concurrent calls and several hosts cannot pass the limit.
 */
export const DAILY_LIMITS = {
  /** Reveals of a full ID number or phone, and searches by one (each confirms a value). */
  disclosure: 20,
  /** Phones and ID numbers (in forms or roster rows) refused because they belong to another member. */
  identifierConflict: 5,
  /** Identity confirmations by typed reason instead of SOTER. */
  identityFallback: 5,
} as const;

export type QuotaKind = keyof typeof DAILY_LIMITS;

interface QuotaDoc {
  _id: string;
  used: number;
  /** The China-time day it counts, so the nightly cleanup finds old counters by index. */
  day: string;
}

function quotaId(ctx: CallContext, kind: QuotaKind): string {
  return `${kind}:${requireMember(ctx)._id}:${chinaDay(ctx.now)}`;
}

export async function quotaLeft(ctx: CallContext, kind: QuotaKind): Promise<number> {
  const used = (await ctx.store.collection<QuotaDoc>('personal_data_quota').get(quotaId(ctx, kind)))?.used ?? 0;
  return Math.max(0, DAILY_LIMITS[kind] - used);
}

/** Takes `units` from today's allowance if they all fit; otherwise takes nothing and answers false. */
export async function takeQuota(ctx: CallContext, kind: QuotaKind, units = 1): Promise<boolean> {
  const limit = DAILY_LIMITS[kind];
  if (units > limit) return false;
  const quota = ctx.store.collection<QuotaDoc>('personal_data_quota');
  const _id = quotaId(ctx, kind);
  const fits = { _id, used: { $lte: limit - units } };
  if ((await quota.updateWhere(fits, { $inc: { used: units } })) === 1) return true;
  if (await quota.get(_id)) return false;
  try {
    await quota.insert({ _id, used: units, day: chinaDay(ctx.now) });
    return true;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    // Another call created today's counter first: one more conditional try.
    return (await quota.updateWhere(fits, { $inc: { used: units } })) === 1;
  }
}

/** Uses up the rest of today's allowance: after a refusal, later calls learn nothing from being refused. */
export async function exhaustQuota(ctx: CallContext, kind: QuotaKind): Promise<void> {
  const quota = ctx.store.collection<QuotaDoc>('personal_data_quota');
  const _id = quotaId(ctx, kind);
  if ((await quota.updateWhere({ _id }, { $set: { used: DAILY_LIMITS[kind] } })) === 1) return;
  try {
    await quota.insert({ _id, used: DAILY_LIMITS[kind], day: chinaDay(ctx.now) });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    await quota.updateWhere({ _id }, { $set: { used: DAILY_LIMITS[kind] } });
  }
}

/** One disclosure (a reveal, or a search by full phone or ID number), or RATE_LIMITED once today's are used. */
export async function takeDisclosure(ctx: CallContext): Promise<void> {
  if (!(await takeQuota(ctx, 'disclosure'))) {
    throw new AppError(
      'RATE_LIMITED',
      `今天按手机号、身份证号查找和查看完整信息的次数已用完（每天 ${DAILY_LIMITS.disclosure} 次），请按姓名查找，或明天再试。`,
    );
  }
}
