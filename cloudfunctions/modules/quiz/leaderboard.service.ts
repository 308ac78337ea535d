import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError, type Filter } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { incrementOrCreate } from '../shared/upsert';
import { inQuizAudience } from './audience';
import { quizRepository } from './quiz.repository';
import type { ScoreDoc } from './quiz.types';

/**
 * Leaderboards from indexed queries, never by loading attempts or a whole board. Each member's best on a
 * board is one document; a histogram per board counts members per score. Higher score first, then less
 * time; members equal in both share a rank. So:
 * - my rank = the members with a higher score (summed from the histogram) + those with my score and less
 *   time (one count on the index of `scoreKey` and `seconds`) + 1;
 * - a page of the top = walk the histogram from the top score, reading each score's members by time.
 * Scores are whole numbers (percent, or a challenge streak), so a histogram has at most a few hundred bins.
 */
export const CHALLENGE_BOARD = 'challenge';

const scoreKey = (board: string, score: number) => `${board}|${score}`;
const bin = (score: number) => `counts.s${score}`;

async function moveInHistogram(ctx: CallContext, board: string, to: number, from: number | null) {
  const { histograms } = quizRepository(ctx.store);
  const inc: Record<string, number> = { [bin(to)]: 1 };
  if (from !== null) inc[bin(from)] = (inc[bin(from)] ?? 0) - 1;
  await incrementOrCreate(
    histograms,
    { _id: board, counts: Object.fromEntries(Object.entries(inc).map(([key, n]) => [key.slice('counts.'.length), n])) },
    inc,
  );
}

export async function recordBest(
  ctx: CallContext,
  board: string,
  member: { _id: string; unitPath: string[] },
  rawScore: number,
  seconds: number,
): Promise<void> {
  const score = Math.round(rawScore);
  const { scores } = quizRepository(ctx.store);
  const doc: ScoreDoc = {
    _id: `${board}_${member._id}`,
    board,
    scoreKey: scoreKey(board, score),
    memberId: member._id,
    unitPath: member.unitPath,
    score,
    seconds,
    at: ctx.now,
  };
  try {
    await scores.insert(doc);
    await moveInHistogram(ctx, board, score, null);
    await addToUnits(ctx, board, member.unitPath, score, 1);
    return;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
  // Only a better result replaces the best: a compare-and-set on the old one keeps the sums exact.
  for (let tries = 0; tries < 5; tries += 1) {
    const current = await scores.get(doc._id);
    if (!current) return;
    const better = score > current.score || (score === current.score && seconds < current.seconds);
    if (!better) return;
    if (await replaceIfUnchanged(ctx, current, score, seconds, member.unitPath)) return;
  }
}

async function replaceIfUnchanged(
  ctx: CallContext,
  current: ScoreDoc,
  score: number,
  seconds: number,
  unitPath: string[],
) {
  const replaced = await quizRepository(ctx.store).scores.updateWhere(
    { _id: current._id, score: current.score, seconds: current.seconds },
    { $set: { score, seconds, scoreKey: scoreKey(current.board, score), at: ctx.now, unitPath } },
  );
  if (!replaced) return false;
  if (score !== current.score) await moveInHistogram(ctx, current.board, score, current.score);
  await addToUnits(ctx, current.board, unitPath, score - current.score, 0);
  return true;
}

/**
 * Per board and unit on the member's path: how many took part and the sum of their best scores, kept as
 * the bests change, so a unit ranking is one read per unit whatever the number of participants.
 */
async function addToUnits(
  ctx: CallContext,
  board: string,
  unitPath: string[],
  scoreDelta: number,
  participants: number,
) {
  const { unitScores } = quizRepository(ctx.store);
  for (const unitId of unitPath)
    await incrementOrCreate(
      unitScores,
      { _id: `${board}_${unitId}`, board, unitId, participants, sum: scoreDelta },
      { participants, sum: scoreDelta },
    );
}

/** Replaces a member's best outright (a re-grade may lower it), keeping histogram and unit sums exact. */
export async function replaceBest(
  ctx: CallContext,
  board: string,
  memberId: string,
  rawScore: number,
  seconds: number,
) {
  const { scores } = quizRepository(ctx.store);
  for (let tries = 0; tries < 5; tries += 1) {
    const current = await scores.get(`${board}_${memberId}`);
    if (!current) return;
    if (await replaceIfUnchanged(ctx, current, Math.round(rawScore), seconds, current.unitPath)) return;
  }
}

/** Scores with members on a board, highest first, with how many hold each. */
async function bins(ctx: CallContext, board: string): Promise<Array<[score: number, members: number]>> {
  const histogram = await quizRepository(ctx.store).histograms.get(board);
  return Object.entries(histogram?.counts ?? {})
    .map(([key, n]): [number, number] => [Number(key.slice(1)), n])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[0] - a[0]);
}

async function rankIn(
  ctx: CallContext,
  board: string,
  binsDesc: Array<[number, number]>,
  score: number,
  seconds: number,
) {
  const above = binsDesc.filter(([s]) => s > score).reduce((sum, [, n]) => sum + n, 0);
  const faster = await quizRepository(ctx.store).scores.count({
    scoreKey: scoreKey(board, score),
    seconds: { $lt: seconds },
  });
  return above + faster + 1;
}

/** One page of the board, walking the histogram's bins from the top. */
async function topPage(
  ctx: CallContext,
  board: string,
  binsDesc: Array<[number, number]>,
  skip: number,
  limit: number,
) {
  const { scores } = quizRepository(ctx.store);
  const page: Array<ScoreDoc & { rank: number }> = [];
  let before = 0;
  for (const [score, members] of binsDesc) {
    if (page.length >= limit) break;
    if (before + members <= skip) {
      before += members;
      continue;
    }
    const offset = Math.max(0, skip - before);
    const docs = await scores.find(
      { scoreKey: scoreKey(board, score) },
      {
        sort: [
          ['seconds', 1],
          ['_id', 1],
        ],
        skip: offset,
        limit: limit - page.length,
      },
    );
    let rank = 0;
    for (const [index, doc] of docs.entries()) {
      const previous = docs[index - 1];
      if (previous && previous.seconds === doc.seconds) {
        page.push({ ...doc, rank });
        continue;
      }
      rank =
        index === 0 && offset > 0
          ? await rankIn(ctx, board, binsDesc, score, doc.seconds)
          : before + offset + index + 1;
      page.push({ ...doc, rank });
    }
    before += members;
  }
  return page;
}

/** A score of 0 earns no place: it stays on the board, unranked, below everyone who scored. */
const rankShown = (score: number, rank: number): number | null => (score > 0 ? rank : null);

export async function leaderboard(
  ctx: CallContext,
  board: string,
  unitId: string | undefined,
  skip: number,
  limit: number,
) {
  const member = requireMember(ctx);
  const { scores, quizzes } = quizRepository(ctx.store);
  // Reads that do not depend on each other go out together: the board, its histogram and my best first, then
  // the page beside my rank (which needs only the histogram and my best).
  const [quiz, binsDesc, mine] = await Promise.all([
    board === CHALLENGE_BOARD ? Promise.resolve(null) : quizzes.get(board),
    bins(ctx, board),
    scores.get(`${board}_${member._id}`),
  ]);
  if (board !== CHALLENGE_BOARD && !quiz) throw new AppError('NOT_FOUND', '没有找到这个排行榜。');
  const unitFilter = unitId ? await unitBoard(ctx, board, unitId, skip, limit) : null;
  const [page, rankOnBoard] = await Promise.all([
    unitFilter ? unitFilter.page : topPage(ctx, board, binsDesc, skip, limit),
    mine && !unitId ? rankIn(ctx, board, binsDesc, mine.score, mine.seconds) : null,
  ]);
  const { byId, unitNames } = await peopleOf(ctx, page);
  const items = page.map((row) => {
    const person = byId.get(row.memberId);
    return {
      rank: rankShown(row.score, row.rank),
      name: person?.name ?? '（已移出）',
      unitName: person ? (unitNames.get(person.unitId) ?? '') : '',
      score: row.score,
      seconds: row.seconds,
    };
  });
  const myRank = !mine
    ? null
    : unitId
      ? mine.unitPath.includes(unitId)
        ? await unitFilter!.rankOf(mine)
        : null
      : rankOnBoard;
  return {
    title: quiz?.title ?? '挑战答题',
    items,
    total: unitFilter ? unitFilter.total : binsDesc.reduce((sum, [, n]) => sum + n, 0),
    mine:
      mine && myRank !== null
        ? { rank: rankShown(mine.score, myRank), score: mine.score, seconds: mine.seconds }
        : null,
    competition: quiz?.kind === 'competition',
  };
}

/**
 * The members on a page and their units' names, in one round trip: the names are read beside the members for
 * the units the bests were recorded in, which is where the members still are unless they have moved since;
 * the units of those who have are read after.
 */
async function peopleOf(ctx: CallContext, page: ScoreDoc[]) {
  const repo = membersRepository(ctx.store);
  if (!page.length) return { byId: new Map<string, MemberDoc>(), unitNames: new Map<string, string>() };
  const [people, unitNames] = await Promise.all([
    repo.members.find({ _id: { $in: page.map((row) => row.memberId) } }, { limit: page.length }),
    repo.unitNames(page.flatMap((row) => row.unitPath.slice(-1))),
  ]);
  const moved = people.map((person) => person.unitId).filter((unitId) => !unitNames.has(unitId));
  if (moved.length) for (const [unitId, name] of await repo.unitNames(moved)) unitNames.set(unitId, name);
  return { byId: new Map(people.map((person) => [person._id, person])), unitNames };
}

/** Within one unit (a branch looking at its own members): a sorted page of that unit's bests. */
async function unitBoard(ctx: CallContext, board: string, unitId: string, skip: number, limit: number) {
  const { scores } = quizRepository(ctx.store);
  const base: Filter = { board, unitPath: unitId };
  const rankOf = async (row: { score: number; seconds: number }) => {
    const [higher, faster] = await Promise.all([
      scores.count({ ...base, score: { $gt: row.score } }),
      scores.count({ ...base, score: row.score, seconds: { $lt: row.seconds } }),
    ]);
    return higher + faster + 1;
  };
  const [docs, total] = await Promise.all([
    scores.find(base, {
      sort: [
        ['score', -1],
        ['seconds', 1],
        ['_id', 1],
      ],
      skip,
      limit,
    }),
    scores.count(base),
  ]);
  const page: Array<ScoreDoc & { rank: number }> = [];
  for (const [index, doc] of docs.entries()) {
    const previous = docs[index - 1];
    const same = previous && previous.score === doc.score && previous.seconds === doc.seconds;
    page.push({ ...doc, rank: same ? page[index - 1]!.rank : index === 0 ? await rankOf(doc) : skip + index + 1 });
  }
  return { page, total, rankOf };
}

/** Each unit scored per member: average of its participants × participation, so size alone wins nothing. */
export async function competitionUnits(ctx: CallContext, quizId: string) {
  const member = requireMember(ctx);
  const quiz = await quizRepository(ctx.store).quizzes.get(quizId);
  if (!quiz || quiz.kind !== 'competition' || !inQuizAudience(quiz, member))
    throw new AppError('NOT_FOUND', '没有找到这场竞赛。');
  const unitIds = quiz.audienceUnitIds.length ? quiz.audienceUnitIds : [quiz.unitId];
  const repo = membersRepository(ctx.store);
  const { unitScores } = quizRepository(ctx.store);
  const names = await repo.unitNames(unitIds);
  const rows = await Promise.all(
    unitIds.map(async (unitId) => {
      // The participation base is fixed when the competition is published (counted live for older ones).
      const [members, totals] = await Promise.all([
        quiz.audienceCounts?.[unitId] ?? repo.members.count({ unitPath: unitId, status: 'normal' }),
        unitScores.get(`${quiz._id}_${unitId}`),
      ]);
      const participants = totals?.participants ?? 0;
      const average = participants ? (totals?.sum ?? 0) / participants : 0;
      const participation = members ? Math.min(1, participants / members) : 0;
      return {
        unitId,
        unitName: names.get(unitId) ?? '',
        members,
        participants,
        participationPercent: Math.round(participation * 100),
        averagePercent: Math.round(average),
        index: Math.round(average * participation),
      };
    }),
  );
  const sorted = rows.sort(
    (a, b) => b.index - a.index || b.averagePercent - a.averagePercent || a.unitName.localeCompare(b.unitName, 'zh'),
  );
  // Units with the same index share a rank; a unit at 0 is unranked.
  return {
    units: sorted.map((row) => ({
      ...row,
      rank: rankShown(row.index, 1 + sorted.filter((other) => other.index > row.index).length),
    })),
  };
}
