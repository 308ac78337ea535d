import Taro from '@tarojs/taro';
import type { Answer } from '../../../types/schemas/quiz';

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
