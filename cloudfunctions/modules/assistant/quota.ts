import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import { chinaDay } from '../shared/china-time';
import { assistantRepository, quotaId } from './assistant.repository';

/** Questions a member may ask per China-time day: enough for study, a cap on what a model costs. */
export const DAILY_QUESTION_LIMIT = 30;

export async function remainingToday(ctx: CallContext, member: MemberDoc): Promise<number> {
  const doc = await assistantRepository(ctx.store).quota.get(quotaId(member._id, chinaDay(ctx.now)));
  return Math.max(0, DAILY_QUESTION_LIMIT - (doc?.used ?? 0));
}

/** What taking a question leaves: the questions left today, and whether it is the member's first this month. */
export interface Taken {
  remaining: number;
  firstInMonth: boolean;
}

/**
 * Takes one question from today's allowance, atomically (two questions at once never pass the limit), and
 * returns what is left; refuses when none is. Only the question that creates today's counter can be the
 * month's first, so two at once never both are.
 */
export async function takeQuestion(ctx: CallContext, member: MemberDoc): Promise<Taken> {
  const { quota } = assistantRepository(ctx.store);
  const day = chinaDay(ctx.now);
  const _id = quotaId(member._id, day);
  // Three tries: the counter may be created, or taken by another question, between the steps.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const taken = await quota.updateWhere({ _id, used: { $lt: DAILY_QUESTION_LIMIT } }, { $inc: { used: 1 } });
    if (taken)
      return {
        remaining: DAILY_QUESTION_LIMIT - ((await quota.get(_id))?.used ?? DAILY_QUESTION_LIMIT),
        firstInMonth: false,
      };
    const counter = await quota.get(_id);
    if (counter && counter.used >= DAILY_QUESTION_LIMIT) break;
    if (counter) continue;
    try {
      await quota.insert({ _id, memberId: member._id, day, used: 1 });
      const earlierThisMonth = await quota.count({
        memberId: member._id,
        day: { $gte: `${day.slice(0, 7)}-01`, $lt: day },
      });
      return { remaining: DAILY_QUESTION_LIMIT - 1, firstInMonth: earlierThisMonth === 0 };
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  throw new AppError(
    'RATE_LIMITED',
    `今天的 ${DAILY_QUESTION_LIMIT} 次提问已经用完了，明天再来问吧；也可以到「学习」里直接查阅资料。`,
  );
}
