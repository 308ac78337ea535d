import type { Answer } from '../../../types/schemas/quiz';
import { publish } from '../../kernel/events';
import { newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import { awardPoints } from '../points/points.service';
import { chinaDay } from '../shared/china-time';
import { drawQuestions, shuffledOrder } from './draw';
import { revealTime } from './question-seal';
import { inQuizAudience } from './audience';
import { gradeAnswer, shownAnswer } from './grading';
import { countsForRewards, isAnswered, isNearBlank, neededSeconds } from './hand-in-rules';
import { recordBest } from './leaderboard.service';
import { quizRepository } from './quiz.repository';
import type { AttemptDoc, QuestionDoc, QuizDoc } from './quiz.types';
import { reviewOpen } from './review-policy';
import { openSealedOutcomes, recordWhenReviewOpens } from './sealed-outcomes';
import { dueCards } from './wrong-book';
import { noteDailyQuizDone } from '../home/summary-notes';

/**
 * Attempts: composing (daily, exam, review), saving answers against the server's deadline, handing in once,
 * grading on the server, and results that show answers and per-question right/wrong only as the review
 * policy allows. Correct answers and explanations leave the server only in a result or the wrong-answer book.
 */
export const DAILY_COUNT = 5;
const DAILY_FROM_BOOK = 2;
const REVIEW_COUNT = 10;
/** Answers saved up to this long after the deadline still count (network and clock slack). */
export const GRACE_MS = 30_000;

/**
 * Saved answers are keyed by slot (`s<position>`), not question id: ids may hold characters a field path
 * cannot, and one slot per question lets answers to different questions be saved at the same time.
 */
export const slotOf = (attempt: AttemptDoc, questionId: string) => `s${attempt.questionIds.indexOf(questionId)}`;

export function savedAnswers(attempt: AttemptDoc): Record<string, Answer> {
  return Object.fromEntries(
    attempt.questionIds.flatMap((id) => {
      const saved = attempt.saved[slotOf(attempt, id)];
      return saved ? [[id, saved.answer]] : [];
    }),
  );
}

async function questionsById(ctx: CallContext, ids: string[]): Promise<Map<string, QuestionDoc>> {
  const { questions } = quizRepository(ctx.store);
  const docs: QuestionDoc[] = [];
  for (let i = 0; i < ids.length; i += 100)
    docs.push(...(await questions.find({ _id: { $in: ids.slice(i, i + 100) } }, { limit: 100 })));
  return new Map(docs.map((doc) => [doc._id, doc]));
}

export async function attemptView(ctx: CallContext, attempt: AttemptDoc) {
  const questions = await questionsById(ctx, attempt.questionIds);
  return {
    attemptId: attempt._id,
    mode: attempt.mode,
    title: attempt.title,
    questions: attempt.questionIds.flatMap((id) => {
      const question = questions.get(id);
      if (!question) return [];
      const order = attempt.optionOrders[id];
      return [
        {
          questionId: id,
          type: question.type,
          stem: question.stem,
          options: order ? order.map((index) => question.options[index] ?? '') : question.options,
        },
      ];
    }),
    saved: savedAnswers(attempt),
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    serverNow: ctx.now,
    submitted: attempt.status === 'submitted',
  };
}

function composeAttempt(
  ctx: CallContext,
  member: MemberDoc,
  fields: Pick<AttemptDoc, '_id' | 'mode' | 'quizId' | 'title' | 'partialCredit' | 'deadline'>,
  questionIds: string[],
  questions: Map<string, QuestionDoc>,
  shuffle: boolean,
): AttemptDoc {
  const ordered = shuffle ? shuffledOrder(questionIds.length).map((i) => questionIds[i]!) : questionIds;
  const optionOrders: Record<string, number[]> = {};
  for (const id of ordered) {
    const question = questions.get(id);
    if (question && question.options.length)
      optionOrders[id] = shuffle ? shuffledOrder(question.options.length) : question.options.map((_, i) => i);
  }
  return {
    ...fields,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    questionIds: ordered,
    optionOrders,
    startedAt: ctx.now,
    saved: {},
    status: 'open',
    maxScore: ordered.length,
  };
}

async function insertAttempt(ctx: CallContext, attempt: AttemptDoc): Promise<AttemptDoc> {
  const { attempts } = quizRepository(ctx.store);
  try {
    await attempts.insert(attempt);
    return attempt;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    // Someone (the same member on another device) started it a moment earlier: theirs is the attempt.
    const existing = await attempts.get(attempt._id);
    if (!existing) throw error;
    return existing;
  }
}

/** A member's one daily quiz of a China-time day. */
export const dailyAttemptId = (memberId: string, day: string) => `daily_${memberId}_${day}`;

export async function startDaily(ctx: CallContext) {
  const member = requireMember(ctx);
  const id = dailyAttemptId(member._id, chinaDay(ctx.now));
  const existing = await quizRepository(ctx.store).attempts.get(id);
  if (existing) return attemptView(ctx, existing);
  const due = await dueCards(ctx, member._id, DAILY_FROM_BOOK * 3);
  const dueQuestions = await questionsById(
    ctx,
    due.map((card) => card.questionId),
  );
  const fromBook = due
    .map((card) => card.questionId)
    .filter((qid) => dueQuestions.get(qid)?.status === 'active')
    .slice(0, DAILY_FROM_BOOK);
  const drawn = await drawQuestions(ctx, member.unitPath, DAILY_COUNT - fromBook.length, new Set(fromBook), ctx.now);
  const ids = [...fromBook, ...drawn];
  if (ids.length === 0) throw new AppError('CONFLICT', '题库里还没有题目，请联系管理员添加。');
  const questions = await questionsById(ctx, ids);
  const attempt = composeAttempt(
    ctx,
    member,
    { _id: id, mode: 'daily', quizId: null, title: '每日答题', partialCredit: 'none', deadline: null },
    ids,
    questions,
    true,
  );
  return attemptView(ctx, await insertAttempt(ctx, attempt));
}

export async function loadQuiz(ctx: CallContext, quizId: string): Promise<QuizDoc> {
  const quiz = await quizRepository(ctx.store).quizzes.get(quizId);
  if (!quiz) throw new AppError('NOT_FOUND', '没有找到这场考试，可能已被删除。');
  return quiz;
}

export async function startExam(
  ctx: CallContext,
  quizId: string,
  retried = false,
): Promise<Awaited<ReturnType<typeof attemptView>>> {
  const member = requireMember(ctx);
  const quiz = await loadQuiz(ctx, quizId);
  if (!inQuizAudience(quiz, member)) throw new AppError('NOT_FOUND', '没有找到这场考试，它可能不面向您所在的单位。');
  const { attempts } = quizRepository(ctx.store);
  const [open] = await attempts.find({ quizId, memberId: member._id, status: 'open' }, { limit: 1 });
  if (open) {
    const current = await finalizeIfExpired(ctx, open);
    if (current.status === 'open') return attemptView(ctx, current);
  }
  if (ctx.now < quiz.opensAt) throw new AppError('CONFLICT', '考试还没有开始，请到开始时间后再来。');
  if (ctx.now > quiz.closesAt) throw new AppError('CONFLICT', '考试已经结束了。');
  const used = await attempts.count({ quizId, memberId: member._id });
  if (used >= quiz.attemptLimit)
    throw new AppError('CONFLICT', `每人最多作答 ${quiz.attemptLimit} 次，您的作答次数已用完。`);
  const questions = await questionsById(ctx, quiz.fixedQuestionIds);
  const chosen = quiz.fixedQuestionIds.filter((id) => questions.get(id)?.status === 'active');
  const revealAt = revealTime(quiz, ctx.now);
  for (const draw of quiz.draws) {
    const drawn = await drawQuestions(ctx, quiz.unitPath, draw.count, new Set(chosen), revealAt, draw);
    chosen.push(...drawn);
  }
  if (chosen.length === 0) throw new AppError('CONFLICT', '这场考试还没有可用的题目，请联系管理员。');
  const all = await questionsById(ctx, chosen);
  const deadline = quiz.timeLimitMinutes
    ? Math.min(ctx.now + quiz.timeLimitMinutes * 60_000, quiz.closesAt)
    : quiz.closesAt;
  const attempt = composeAttempt(
    ctx,
    member,
    {
      _id: `${quiz._id}_${member._id}_${used + 1}`,
      mode: quiz.kind === 'competition' ? 'competition' : 'exam',
      quizId: quiz._id,
      title: quiz.title,
      partialCredit: quiz.partialCredit,
      deadline,
    },
    chosen,
    all,
    quiz.shuffle,
  );
  try {
    await attempts.insert(attempt);
  } catch (error) {
    // Two starts at once took the same attempt number: the other one is the attempt.
    if (!(error instanceof DuplicateKeyError) || retried) throw error;
    return startExam(ctx, quizId, true);
  }
  return attemptView(ctx, attempt);
}

export async function startReview(ctx: CallContext) {
  const member = requireMember(ctx);
  await openSealedOutcomes(ctx, member._id);
  const due = await dueCards(ctx, member._id, REVIEW_COUNT);
  const questions = await questionsById(
    ctx,
    due.map((card) => card.questionId),
  );
  const ids = due.map((card) => card.questionId).filter((id) => questions.get(id)?.status === 'active');
  if (ids.length === 0) throw new AppError('CONFLICT', '现在没有需要复习的错题。答错的题会按记忆规律安排复习时间。');
  const attempt = composeAttempt(
    ctx,
    member,
    { _id: newId('rv'), mode: 'review', quizId: null, title: '今日复习', partialCredit: 'none', deadline: null },
    ids,
    questions,
    true,
  );
  return attemptView(ctx, await insertAttempt(ctx, attempt));
}

/** The caller's own attempt; anyone else's is "not found", so attempt ids reveal nothing. */
export async function ownAttempt(ctx: CallContext, attemptId: string): Promise<AttemptDoc> {
  const member = requireMember(ctx);
  const attempt = await quizRepository(ctx.store).attempts.get(attemptId);
  if (!attempt || attempt.memberId !== member._id) throw new AppError('NOT_FOUND', '没有找到这份答卷。');
  return attempt;
}

export async function getAttempt(ctx: CallContext, attemptId: string) {
  return attemptView(ctx, await finalizeIfExpired(ctx, await ownAttempt(ctx, attemptId)));
}

function pastDeadline(ctx: CallContext, attempt: AttemptDoc): boolean {
  return attempt.deadline !== null && ctx.now > attempt.deadline + GRACE_MS;
}

export async function saveAnswer(ctx: CallContext, input: { attemptId: string; questionId: string; answer: Answer }) {
  const attempt = await ownAttempt(ctx, input.attemptId);
  if (attempt.mode === 'challenge') throw new AppError('CONFLICT', '挑战答题请逐题作答。');
  if (attempt.status !== 'open') throw new AppError('CONFLICT', '这份答卷已经交过了。');
  if (!attempt.questionIds.includes(input.questionId))
    throw new AppError('VALIDATION_FAILED', '这道题不在本次答题中，请刷新后重试。');
  if (pastDeadline(ctx, attempt)) throw new AppError('CONFLICT', '答题时间已到，不能再作答了，请交卷。');
  const saved = await quizRepository(ctx.store).attempts.updateWhere(
    { _id: attempt._id, status: 'open' },
    { $set: { [`saved.${slotOf(attempt, input.questionId)}`]: { answer: input.answer, at: ctx.now } } },
  );
  if (!saved) throw new AppError('CONFLICT', '这份答卷已经交过了。');
  return { saved: true };
}

async function handIn(ctx: CallContext, attempt: AttemptDoc, late: Record<string, Answer>): Promise<AttemptDoc> {
  const questions = await questionsById(ctx, attempt.questionIds);
  const answers = savedAnswers(attempt);
  if (!pastDeadline(ctx, attempt)) Object.assign(answers, late);
  const results = Object.fromEntries(
    attempt.questionIds.map((id) => {
      const question = questions.get(id);
      const graded = question
        ? gradeAnswer(question, answers[id], attempt.optionOrders[id], attempt.partialCredit)
        : { given: null, correct: false, score: 0 };
      return [id, graded];
    }),
  );
  const score = Math.round(Object.values(results).reduce((sum, r) => sum + r.score, 0) * 100) / 100;
  const percent = attempt.maxScore ? Math.round((score / attempt.maxScore) * 100) : 0;
  const quiz = attempt.quizId ? await quizRepository(ctx.store).quizzes.get(attempt.quizId) : null;
  const endedAt = attempt.deadline !== null ? Math.min(ctx.now, attempt.deadline) : ctx.now;
  const answered = attempt.questionIds.filter((id) => isAnswered(answers[id]));
  const blank = isNearBlank(answered.length, attempt.questionIds.length);
  const needed = neededSeconds(questions, answered);
  // A near-blank paper counts for nothing anyway, and review attempts carry no points or ranks: nothing to verify.
  const flagged = !blank && attempt.mode !== 'review' && (ctx.now - attempt.startedAt) / 1000 < needed;
  const fields = {
    status: 'submitted' as const,
    submittedAt: ctx.now,
    results,
    score,
    percent,
    passed: quiz ? percent >= quiz.passPercent : null,
    flagged,
    blank,
    seconds: Math.max(0, Math.round((endedAt - attempt.startedAt) / 1000)),
  };
  const claimed = await quizRepository(ctx.store).attempts.updateWhere(
    { _id: attempt._id, status: 'open' },
    { $set: fields },
  );
  if (!claimed) throw new AppError('CONFLICT', '这份答卷已经交过了，请查看成绩。');
  const done: AttemptDoc = { ...attempt, ...fields };
  await publish(ctx, {
    type: 'quiz.handedIn',
    payload: {
      memberId: done.memberId,
      unitPath: done.unitPath,
      at: ctx.now,
      attemptId: done._id,
      quizId: done.quizId,
      percent: done.percent ?? 0,
      passed: done.passed ?? null,
    },
  });
  if (done.mode === 'daily')
    await noteDailyQuizDone(ctx, done.memberId, chinaDay(done.startedAt), done.questionIds.length);
  await recordWhenReviewOpens(ctx, done, quiz);
  if (flagged) await fileFlag(ctx, done, quiz, needed);
  if (countsForRewards(done)) await afterHandIn(ctx, done);
  return done;
}

/** A flagged attempt waits for an admin of the quiz's organiser (the daily quiz: of the member's unit). */
async function fileFlag(ctx: CallContext, attempt: AttemptDoc, quiz: QuizDoc | null, needed: number) {
  await quizRepository(ctx.store).flags.insert({
    _id: attempt._id,
    reviewPath: quiz ? quiz.unitPath : attempt.unitPath,
    memberId: attempt.memberId,
    memberName: attempt.memberName,
    unitId: attempt.unitId,
    mode: attempt.mode,
    quizId: attempt.quizId,
    title: attempt.title,
    percent: attempt.percent ?? 0,
    seconds: attempt.seconds ?? 0,
    neededSeconds: needed,
    submittedAt: attempt.submittedAt ?? ctx.now,
    status: 'pending',
    reason: '',
    decidedBy: null,
    decidedAt: null,
  });
}

/**
 * Points for the daily quiz and the best score on the quiz's leaderboard, and the pass announced (study
 * plans follow it): for an attempt that counts, at hand-in or when an admin confirms a flagged one.
 */
export async function afterHandIn(ctx: CallContext, attempt: AttemptDoc): Promise<void> {
  const member = { _id: attempt.memberId, unitPath: attempt.unitPath };
  let points = 0;
  if (attempt.mode === 'daily')
    points = await awardPoints(ctx, {
      member,
      rule: 'daily_quiz',
      objectId: chinaDay(attempt.startedAt),
      reason: '完成每日答题',
    });
  if (attempt.quizId && attempt.percent !== undefined)
    await recordBest(ctx, attempt.quizId, member, attempt.percent, attempt.seconds ?? 0);
  if (points)
    await quizRepository(ctx.store).attempts.updateWhere({ _id: attempt._id }, { $set: { pointsAwarded: points } });
  attempt.pointsAwarded = points;
  if (attempt.quizId && attempt.passed)
    await publish(ctx, {
      type: 'quiz.passed',
      payload: {
        memberId: member._id,
        unitPath: member.unitPath,
        at: ctx.now,
        attemptId: attempt._id,
        quizId: attempt.quizId,
      },
    });
}

async function finalizeIfExpired(ctx: CallContext, attempt: AttemptDoc): Promise<AttemptDoc> {
  if (attempt.status !== 'open' || !pastDeadline(ctx, attempt)) return attempt;
  try {
    return await handIn(ctx, attempt, {});
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return (await ownAttempt(ctx, attempt._id)) ?? attempt;
    throw error;
  }
}

export async function submitAttempt(ctx: CallContext, attemptId: string, answers: Record<string, Answer>) {
  const attempt = await ownAttempt(ctx, attemptId);
  if (attempt.mode === 'challenge') throw new AppError('CONFLICT', '挑战答题请逐题作答。');
  if (attempt.status !== 'open') throw new AppError('CONFLICT', '这份答卷已经交过了，请查看成绩。');
  const foreign = Object.keys(answers).filter((id) => !attempt.questionIds.includes(id));
  if (foreign.length) throw new AppError('VALIDATION_FAILED', '答卷里有不属于本次答题的题目，请刷新后重试。');
  return resultOf(ctx, await handIn(ctx, attempt, answers));
}

export async function attemptResult(ctx: CallContext, attemptId: string) {
  const attempt = await finalizeIfExpired(ctx, await ownAttempt(ctx, attemptId));
  if (attempt.status !== 'submitted') throw new AppError('CONFLICT', '还没有交卷，交卷后才能看成绩。');
  return resultOf(ctx, attempt);
}

async function resultOf(ctx: CallContext, attempt: AttemptDoc) {
  const quiz = attempt.quizId ? await quizRepository(ctx.store).quizzes.get(attempt.quizId) : null;
  // Right/wrong per question is the answer itself for a true/false question: it waits with the answer key.
  const reviewShown = reviewOpen(quiz, ctx.now);
  const questions = await questionsById(ctx, attempt.questionIds);
  const items =
    quiz?.reviewPolicy === 'never'
      ? []
      : attempt.questionIds.flatMap((id) => {
          const question = questions.get(id);
          const result = attempt.results?.[id];
          if (!question || !result) return [];
          const order = attempt.optionOrders[id];
          return [
            {
              questionId: id,
              type: question.type,
              stem: question.stem,
              options: order ? order.map((index) => question.options[index] ?? '') : question.options,
              given: result.given,
              correct: reviewShown ? result.correct : null,
              score: reviewShown ? result.score : null,
              answer: reviewShown ? shownAnswer(question, order) : null,
              explanation: reviewShown ? question.explanation : null,
            },
          ];
        });
  return {
    attemptId: attempt._id,
    mode: attempt.mode,
    title: attempt.title,
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore,
    percent: attempt.percent ?? 0,
    passed: attempt.passed ?? null,
    submittedAt: attempt.submittedAt ?? ctx.now,
    flagged: attempt.flagged ?? false,
    flagStatus: attempt.flagged ? (attempt.flagDecision ?? ('pending' as const)) : null,
    blank: attempt.blank ?? false,
    reviewShown,
    items,
    pointsAwarded: attempt.pointsAwarded ?? 0,
  };
}

export async function history(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { attempts } = quizRepository(ctx.store);
  const filter = { memberId: member._id, status: 'submitted' };
  const [page, total] = await Promise.all([
    attempts.find(filter, { sort: [['submittedAt', -1]], skip, limit }),
    attempts.count(filter),
  ]);
  return {
    items: page.map((a) => ({
      attemptId: a._id,
      mode: a.mode,
      title: a.title,
      score: a.score ?? 0,
      maxScore: a.maxScore,
      percent: a.percent ?? 0,
      passed: a.passed ?? null,
      submittedAt: a.submittedAt ?? a.startedAt,
    })),
    total,
  };
}

export { questionsById };
