import type { FunctionHandlers } from '../../kernel/handler-types';
import { quizAnalysis, quizExport } from './analysis.service';
import {
  attemptResult,
  getAttempt,
  history,
  saveAnswer,
  startDaily,
  startExam,
  startReview,
  submitAttempt,
} from './attempts.service';
import { answerChallenge, startChallenge } from './challenge.service';
import { decideFlag, listFlags } from './flags.service';
import { competitionUnits, leaderboard } from './leaderboard.service';
import { questionTemplate } from './question-template';
import {
  exportQuestions,
  importQuestions,
  listQuestions,
  loadQuestion,
  questionView,
  saveQuestion,
} from './questions.service';
import { listQuizzes, quizHome, saveQuiz, wrongBookPage } from './quizzes.service';
import { listReports, reportQuestion, resolveReport } from './reports.service';

export const quizApiRoutes = {
  'quiz.home': (_input, ctx) => quizHome(ctx),
  'quiz.startDaily': (_input, ctx) => startDaily(ctx),
  'quiz.startExam': (input, ctx) => startExam(ctx, input.quizId),
  'quiz.startReview': (_input, ctx) => startReview(ctx),
  'quiz.get': (input, ctx) => getAttempt(ctx, input.attemptId),
  'quiz.answer': (input, ctx) => saveAnswer(ctx, input),
  'quiz.submit': (input, ctx) => submitAttempt(ctx, input.attemptId, input.answers),
  'quiz.result': (input, ctx) => attemptResult(ctx, input.attemptId),
  'quiz.history': (input, ctx) => history(ctx, input.skip, input.limit),
  'quiz.challengeStart': (_input, ctx) => startChallenge(ctx),
  'quiz.challengeAnswer': (input, ctx) => answerChallenge(ctx, input),
  'quiz.leaderboard': (input, ctx) => leaderboard(ctx, input.board, input.unitId, input.skip, input.limit),
  'quiz.unitBoard': (input, ctx) => competitionUnits(ctx, input.quizId),
  'quiz.wrongBook': (input, ctx) => wrongBookPage(ctx, input.skip, input.limit),
  'quiz.reportQuestion': (input, ctx) => reportQuestion(ctx, input.questionId, input.reason),
} satisfies Partial<FunctionHandlers<'api'>>;

export const quizAdminRoutes = {
  'admin.questionSave': async (input, ctx) => ({ questionId: await saveQuestion(ctx, input) }),
  'admin.questionGet': async (input, ctx) => (await questionView(ctx, [await loadQuestion(ctx, input.questionId)]))[0]!,
  'admin.questionList': (input, ctx) => listQuestions(ctx, input),
  'admin.questionImport': (input, ctx) => importQuestions(ctx, input),
  'admin.questionExport': (input, ctx) => exportQuestions(ctx, input.unitId),
  'admin.questionTemplate': () => questionTemplate(),
  'admin.questionReports': (input, ctx) => listReports(ctx, input.unitId, input.status, input.skip, input.limit),
  'admin.questionReportResolve': (input, ctx) => resolveReport(ctx, input.reportId, input.action, input.regrade),
  'admin.quizSave': async (input, ctx) => ({ quizId: await saveQuiz(ctx, input) }),
  'admin.quizList': (input, ctx) => listQuizzes(ctx, input.unitId, input.skip, input.limit),
  'admin.quizAnalysis': (input, ctx) => quizAnalysis(ctx, input.quizId),
  'admin.quizExport': (input, ctx) => quizExport(ctx, input.quizId),
  'admin.quizFlags': (input, ctx) => listFlags(ctx, input),
  'admin.quizFlagDecide': (input, ctx) => decideFlag(ctx, input),
} satisfies Partial<FunctionHandlers<'admin'>>;
