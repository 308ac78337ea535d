import type { Answer } from '../../../types/schemas/quiz';
import { newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { attemptView, ownAttempt, questionsById, slotOf } from './attempts.service';
import { drawQuestions, shuffledOrder } from './draw';
import { gradeAnswer, shownAnswer } from './grading';
import { CHALLENGE_BOARD, recordBest } from './leaderboard.service';
import { quizRepository } from './quiz.repository';
import type { AttemptDoc } from './quiz.types';
import { recordInWrongBook } from './wrong-book';

/** 挑战答题: one question at a time until the first wrong answer; the best run goes on the challenge board. */
async function bestRun(ctx: CallContext, memberId: string): Promise<number> {
  return (await quizRepository(ctx.store).scores.get(`${CHALLENGE_BOARD}_${memberId}`))?.score ?? 0;
}

async function step(
  ctx: CallContext,
  attempt: AttemptDoc,
  reveal: { answer: Answer; explanation: string } | null,
  newBest = false,
) {
  const view = await attemptView(ctx, attempt);
  const current =
    attempt.status === 'open' ? (view.questions.find((q) => q.questionId === attempt.current) ?? null) : null;
  return {
    attemptId: attempt._id,
    streak: attempt.score ?? 0,
    finished: attempt.status === 'submitted',
    best: await bestRun(ctx, attempt.memberId),
    newBest,
    question: current,
    reveal,
  };
}

export async function startChallenge(ctx: CallContext) {
  const member = requireMember(ctx);
  // A wrong answer shows the key at once.
  const [first] = await drawQuestions(ctx, member.unitPath, 1, new Set(), ctx.now);
  if (!first) throw new AppError('CONFLICT', '题库里还没有题目，请联系管理员添加。');
  const questions = await questionsById(ctx, [first]);
  const attempt: AttemptDoc = {
    _id: newId('ch'),
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    mode: 'challenge',
    quizId: null,
    title: '挑战答题',
    questionIds: [first],
    optionOrders: { [first]: shuffledOrder(questions.get(first)?.options.length ?? 0) },
    partialCredit: 'none',
    startedAt: ctx.now,
    deadline: null,
    saved: {},
    status: 'open',
    maxScore: 0,
    score: 0,
    current: first,
  };
  await quizRepository(ctx.store).attempts.insert(attempt);
  return step(ctx, attempt, null);
}

export async function answerChallenge(
  ctx: CallContext,
  input: { attemptId: string; questionId: string; answer: Answer },
) {
  const attempt = await ownAttempt(ctx, input.attemptId);
  if (attempt.mode !== 'challenge') throw new AppError('NOT_FOUND', '没有找到这次挑战。');
  if (attempt.status !== 'open') throw new AppError('CONFLICT', '这次挑战已经结束了，请重新开始。');
  if (attempt.current !== input.questionId) throw new AppError('CONFLICT', '请回答当前的题目。');
  const question = (await questionsById(ctx, [input.questionId])).get(input.questionId);
  if (!question) throw new AppError('NOT_FOUND', '这道题已被删除，请重新开始挑战。');
  const order = attempt.optionOrders[input.questionId];
  const graded = gradeAnswer(question, input.answer, order, 'none');
  const { attempts } = quizRepository(ctx.store);
  const streak = (attempt.score ?? 0) + (graded.correct ? 1 : 0);
  const [next] = graded.correct
    ? await drawQuestions(ctx, attempt.unitPath, 1, new Set(attempt.questionIds), ctx.now)
    : [];
  const finished = !next;
  const nextQuestion = next ? (await questionsById(ctx, [next])).get(next) : undefined;
  const fields: Partial<AttemptDoc> = {
    score: streak,
    maxScore: streak,
    saved: { ...attempt.saved, [slotOf(attempt, input.questionId)]: { answer: input.answer, at: ctx.now } },
    results: { ...attempt.results, [input.questionId]: graded },
    ...(next
      ? {
          current: next,
          questionIds: [...attempt.questionIds, next],
          optionOrders: { ...attempt.optionOrders, [next]: shuffledOrder(nextQuestion?.options.length ?? 0) },
        }
      : {
          status: 'submitted',
          submittedAt: ctx.now,
          percent: 100,
          seconds: Math.round((ctx.now - attempt.startedAt) / 1000),
        }),
  } as Partial<AttemptDoc>;
  // Claimed on the current question, so a double tap answers it once.
  const claimed = await attempts.updateWhere(
    { _id: attempt._id, status: 'open', current: input.questionId },
    { $set: fields },
  );
  if (!claimed) throw new AppError('CONFLICT', '这道题已经回答过了。');
  await recordInWrongBook(ctx, attempt.memberId, [{ questionId: input.questionId, correct: graded.correct }]);
  // Only a run that beats the previous best is a new best: a first run of 0 is not.
  const previousBest = finished ? await bestRun(ctx, attempt.memberId) : 0;
  if (finished)
    await recordBest(
      ctx,
      CHALLENGE_BOARD,
      { _id: attempt.memberId, unitPath: attempt.unitPath },
      streak,
      Math.round((ctx.now - attempt.startedAt) / 1000),
    );
  const updated = (await attempts.get(attempt._id)) ?? attempt;
  return step(
    ctx,
    updated,
    graded.correct ? null : { answer: shownAnswer(question, order), explanation: question.explanation },
    finished && streak > previousBest,
  );
}
