import Taro from '@tarojs/taro';
import type { Answer } from '@contract/schemas/quiz';

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

const ROOT = '/packages/quiz/pages';
export const openQuiz = (page: string, query = '') => void Taro.navigateTo({ url: `${ROOT}/${page}/index${query}` });
export const replaceQuiz = (page: string, query = '') => void Taro.redirectTo({ url: `${ROOT}/${page}/index${query}` });

/** An answer as a person reads it: "B、D", "对", or the text. */
export function answerText(answer: Answer | null): string {
  if (answer === null) return '未作答';
  if (typeof answer === 'boolean') return answer ? '对' : '错';
  if (typeof answer === 'string') return answer.trim() || '未作答';
  return answer.length ? answer.map((i) => LETTERS[i] ?? '?').join('、') : '未作答';
}

export const secondsText = (seconds: number) =>
  seconds >= 60 ? `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒` : `${seconds} 秒`;

/** Points as people write them: whole numbers plain, partial credit to one decimal. */
export const pointsText = (points: number) => (Number.isInteger(points) ? String(points) : points.toFixed(1));

/** The colour of a result: green only when passed, red only when failed; practice has neither. */
export const passClass = (passed: boolean | null) =>
  passed === true ? 'result__right' : passed === false ? 'result__wrong' : 'muted';

/** A place on a board; a score of 0 has none. */
export const rankText = (rank: number | null) => (rank === null ? '未上榜' : `第 ${rank} 名`);
