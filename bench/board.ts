import type { DocStore } from '../cloudfunctions/store/types';

/** The demo competition's board, seeded at full scale so the leaderboard ranks as it would in production. */
export const BOARD = 'quiz-demo-competition';

/** Member i's best on the demo competition: a spread of scores with many ties, as real boards have. */
const scoreOf = (i: number) => (i * 37) % 101;

export function syntheticBest(i: number, unitPath: string[], now: number) {
  return {
    _id: `${BOARD}_s-${i}`,
    board: BOARD,
    memberId: `s-${i}`,
    unitPath,
    scoreKey: `${BOARD}|${scoreOf(i)}`,
    score: scoreOf(i),
    seconds: 60 + ((i * 13) % 600),
    at: now,
  };
}

/** Every synthetic member's best on the demo competition, with the histogram and unit sums recordBest keeps. */
export async function seedBoard(store: DocStore, members: number, now: number): Promise<void> {
  const scores = store.collection<ReturnType<typeof syntheticBest>>('quiz_scores');
  const member = await store.collection<{ _id: string; unitPath: string[] }>('members').get('s-0');
  for (let i = 0; i < members; i += 1) await scores.insert(syntheticBest(i, member?.unitPath ?? [], now));
  let sum = 0;
  for (let i = 0; i < members; i += 1) sum += scoreOf(i);
  const unitScores = store.collection<{
    _id: string;
    board: string;
    unitId: string;
    participants: number;
    sum: number;
  }>('quiz_unit_scores');
  await seedHistogram(store, members);
  for (const unitId of member?.unitPath ?? [])
    await unitScores.insert({ _id: `${BOARD}_${unitId}`, board: BOARD, unitId, participants: members, sum });
}

/** The per-score counts the leaderboard walks, for boards seeded with score (i × 37) mod 101. */
export async function seedHistogram(store: DocStore, members: number): Promise<void> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < members; i += 1) counts[`s${scoreOf(i)}`] = (counts[`s${scoreOf(i)}`] ?? 0) + 1;
  const histograms = store.collection<{ _id: string; counts: Record<string, number> }>('quiz_histograms');
  await histograms.removeWhere({ _id: BOARD });
  await histograms.insert({ _id: BOARD, counts });
}
