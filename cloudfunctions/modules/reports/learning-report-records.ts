import type { DocStore } from '../../store/types';
import { activitiesRepository } from '../activities/activities.repository';
import { eachDoc } from '../dashboard/member-records';
import type { AwardDoc } from '../points/points.types';
import { quizRepository } from '../quiz/quiz.repository';
import { studyRepository } from '../study/study.repository';
import type { ReportWindow } from './learning-report-period';

/**
 * One member's records in one period, each read by the member's own indexes (member + day / time), paged by id,
 * so the cost grows with what this member did and never with the size of a collection.
 */
export interface PeriodRecords {
  studySeconds: number;
  itemsCompleted: number;
  quizzesHandedIn: number;
  /** Every graded question of the handed-in attempts: unanswered ones count as wrong. */
  answers: Array<{ questionId: string; correct: boolean }>;
  /** Activities checked in at, with when. */
  checkIns: Array<{ activityId: string; at: number }>;
  pointsEarned: number;
}

export async function readPeriodRecords(store: DocStore, memberId: string, window: ReportWindow) {
  const study = studyRepository(store);
  const { attempts } = quizRepository(store);
  const { signups } = activitiesRepository(store);
  const records: PeriodRecords = {
    studySeconds: 0,
    itemsCompleted: 0,
    quizzesHandedIn: 0,
    answers: [],
    checkIns: [],
    pointsEarned: 0,
  };
  const during = { $gte: window.start, $lt: window.end };
  for await (const day of eachDoc(study.days, { memberId, day: { $gte: window.fromDay, $lt: window.toDay } }))
    records.studySeconds += day.seconds;
  records.itemsCompleted = await study.progress.count({ memberId, completedAt: during });
  for await (const attempt of eachDoc(attempts, { memberId, submittedAt: during, status: 'submitted' })) {
    records.quizzesHandedIn += 1;
    for (const [questionId, result] of Object.entries(attempt.results ?? {}))
      records.answers.push({ questionId, correct: result.correct });
  }
  for await (const signup of eachDoc(signups, { memberId, checkedInAt: during }))
    records.checkIns.push({ activityId: signup.activityId, at: signup.checkedInAt! });
  for await (const award of eachDoc(store.collection<AwardDoc>('points_awards'), { memberId, at: during }))
    records.pointsEarned += award.points;
  return records;
}

/** The question ids in the member's wrong-answer book now (at most `limit`, the most recently updated). */
export async function wrongBookQuestionIds(store: DocStore, memberId: string, limit: number): Promise<string[]> {
  const cards = await quizRepository(store).wrongBook.find(
    { memberId },
    { sort: [['updatedAt', -1]], limit: Math.min(100, limit) },
  );
  return cards.map((card) => card.questionId);
}

/** The tags of questions by id, read in pages of 100. */
export async function tagsOfQuestions(store: DocStore, ids: Iterable<string>): Promise<Map<string, string[]>> {
  const unique = [...new Set(ids)];
  const tags = new Map<string, string[]>();
  const { questions } = quizRepository(store);
  for (let i = 0; i < unique.length; i += 100) {
    const page = await questions.find({ _id: { $in: unique.slice(i, i + 100) } }, { limit: 100 });
    for (const question of page) tags.set(question._id, question.tags);
  }
  return tags;
}
