import type { DocStore } from '../../store/types';
import type {
  AttemptDoc,
  FlagDoc,
  HistogramDoc,
  QuestionDoc,
  QuizDoc,
  ReportDoc,
  ScoreDoc,
  SealedOutcomeDoc,
  UnitScoreDoc,
  WrongCardDoc,
} from './quiz.types';

/** The quiz module's collections. */
export function quizRepository(store: DocStore) {
  return {
    questions: store.collection<QuestionDoc>('questions'),
    quizzes: store.collection<QuizDoc>('quizzes'),
    attempts: store.collection<AttemptDoc>('attempts'),
    scores: store.collection<ScoreDoc>('quiz_scores'),
    histograms: store.collection<HistogramDoc>('quiz_histograms'),
    unitScores: store.collection<UnitScoreDoc>('quiz_unit_scores'),
    wrongBook: store.collection<WrongCardDoc>('wrong_book'),
    reports: store.collection<ReportDoc>('question_reports'),
    flags: store.collection<FlagDoc>('quiz_flags'),
    sealedOutcomes: store.collection<SealedOutcomeDoc>('wrong_book_sealed'),
  };
}
