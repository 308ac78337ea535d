import type { Answer } from '@contract/schemas/quiz';
import { timeRangeText } from '@/lib/format';

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** An answer as a person reads it: "B、D", "对", or the text. */
export function answerText(answer: Answer | null): string {
  if (answer === null) return '未作答';
  if (typeof answer === 'boolean') return answer ? '对' : '错';
  if (typeof answer === 'string') return answer.trim() || '未作答';
  return answer.length ? answer.map((i) => LETTERS[i] ?? '?').join('、') : '未作答';
}

/** Whether a question was left blank (nothing picked, nothing typed). */
export function isUnanswered(answer: Answer | null | undefined): boolean {
  if (answer === null || answer === undefined) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  return Array.isArray(answer) && answer.length === 0;
}

export const secondsText = (seconds: number) =>
  seconds >= 60 ? `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒` : `${seconds} 秒`;

/** A countdown: 14:05, or 1:02:09 past an hour. */
export function countdownText(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const rest = `${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return hours ? `${hours}:${rest}` : rest;
}

/** Points as people write them: whole numbers plain, partial credit to one decimal. */
export const pointsText = (points: number) => (Number.isInteger(points) ? String(points) : points.toFixed(1));

/** A score with its one unit, out of the paper's total: "1 / 7 分". */
export const scoreText = (score: number, maxScore: number) => `${pointsText(score)} / ${maxScore} 分`;

/** The kit Tag type of a result: green only when passed, red only when failed; practice has neither. */
export const passTagType = (passed: boolean | null) =>
  passed === true ? 'success' : passed === false ? 'danger' : 'default';

export const passText = (passed: boolean) => (passed ? '及格' : '未及格');

/** A place on a board; a score of 0 has none. */
export const rankText = (rank: number | null) => (rank === null ? '未上榜' : `第 ${rank} 名`);

/** What the end of a challenge run says: praise only for a run that beat the best (never a run of 0). */
export function challengeOutcomeText(step: { streak: number; newBest: boolean }): string {
  if (step.newBest && step.streak > 0) return '刷新了您的最好成绩！';
  return step.streak > 0 ? `连续答对 ${step.streak} 题，再接再厉。` : '第一题就答错了，看看解析再来一次。';
}

/** When an exam can be taken: 12月8日 14:30 – 12月15日 14:30. */
export const quizWindowText = (opensAt: number, closesAt: number, now = Date.now()) =>
  timeRangeText(opensAt, closesAt, now);
