import type { CallContext } from '../../kernel/context';
import type { Doc } from '../../store/types';
import { findAll } from '../members/members.repository';

/**
 * What plans need of the quiz module's records, read here so that study never imports quiz (nor quiz study):
 * quiz announces a pass with `quiz.passed`, and these shapes are the few stored fields plans rely on.
 */
interface QuizRecord extends Doc {
  title: string;
  unitId: string;
}

interface AttemptRecord extends Doc {
  memberId: string;
  quizId: string | null;
}

const quizzes = (ctx: CallContext) => ctx.store.collection<QuizRecord>('quizzes');
const attempts = (ctx: CallContext) => ctx.store.collection<AttemptRecord>('attempts');

/** A pass that counts: handed in, at or above the pass mark, and not held for review. */
const COUNTED_PASS = { status: 'submitted', passed: true, flagged: { $ne: true } };

export async function quizzesByIds(ctx: CallContext, quizIds: string[]): Promise<QuizRecord[]> {
  if (quizIds.length === 0) return [];
  return quizzes(ctx).find({ _id: { $in: quizIds } }, { limit: quizIds.length });
}

/** The quizzes among `quizIds` the member has passed. */
export async function passedAmong(ctx: CallContext, memberId: string, quizIds: string[]): Promise<Set<string>> {
  if (quizIds.length === 0) return new Set();
  const passed = await attempts(ctx).find({ memberId, quizId: { $in: quizIds }, ...COUNTED_PASS }, { limit: 100 });
  return new Set(passed.map((attempt) => attempt.quizId ?? ''));
}

/** Every counted pass of these quizzes, by anyone (a member may appear more than once per quiz). */
export async function passesOf(ctx: CallContext, quizIds: string[]): Promise<AttemptRecord[]> {
  if (quizIds.length === 0) return [];
  return findAll((skip) =>
    attempts(ctx).find({ quizId: { $in: quizIds }, ...COUNTED_PASS }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
}
