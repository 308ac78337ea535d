import { AppError } from '../../router/app-error';
import { requireMember, type CallContext } from '../../router/context';
import { DuplicateKeyError, type Filter } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import { incrementOrCreate } from '../shared/upsert';
import { quizRepository } from './quiz.repository';
import type { ScoreDoc } from './quiz.types';

/**
 * Leaderboards from indexed queries, never by loading attempts: each member's best on a board is one
 * document; the top is a sorted page, "my rank" two counts. Higher score first, then less time; members
 * equal in both share a rank.
 */
export const CHALLENGE_BOARD = 'challenge';

export async function recordBest(
  ctx: CallContext,
  board: string,
  member: { _id: string; unitPath: string[] },
  score: number,
  seconds: number,
): Promise<void> {
  const { scores } = quizRepository(ctx.store);
  const doc: ScoreDoc = {
    _id: `${board}_${member._id}`,
    board,
    memberId: member._id,
    unitPath: member.unitPath,
    score,
    seconds,
    at: ctx.now,
  };
  try {
    await scores.insert(doc);
    await addToUnits(ctx, board, member.unitPath, score, 1);
    return;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
  // Only a better result replaces the best: a compare-and-set on the old one, so the unit sums stay exact.
  for (let tries = 0; tries < 5; tries += 1) {
    const current = await scores.get(doc._id);
    if (!current) return;
    const better = score > current.score || (score === current.score && seconds < current.seconds);
    if (!better) return;
    const replaced = await scores.updateWhere(
      { _id: doc._id, score: current.score, seconds: current.seconds },
      { $set: { score, seconds, at: ctx.now, unitPath: member.unitPath } },
    );
    if (replaced) return addToUnits(ctx, board, member.unitPath, score - current.score, 0);
  }
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

/** Replaces a member's best outright (a re-grade may lower it), keeping the unit sums exact. */
export async function replaceBest(ctx: CallContext, board: string, memberId: string, score: number, seconds: number) {
  const { scores } = quizRepository(ctx.store);
  for (let tries = 0; tries < 5; tries += 1) {
    const current = await scores.get(`${board}_${memberId}`);
    if (!current) return;
    const replaced = await scores.updateWhere(
      { _id: current._id, score: current.score, seconds: current.seconds },
      { $set: { score, seconds } },
    );
    if (replaced) return addToUnits(ctx, board, current.unitPath, score - current.score, 0);
  }
}

async function rankOf(ctx: CallContext, base: Filter, score: number, seconds: number): Promise<number> {
  const { scores } = quizRepository(ctx.store);
  const [higher, faster] = await Promise.all([
    scores.count({ ...base, score: { $gt: score } }),
    scores.count({ ...base, score, seconds: { $lt: seconds } }),
  ]);
  return higher + faster + 1;
}

export async function leaderboard(
  ctx: CallContext,
  board: string,
  unitId: string | undefined,
  skip: number,
  limit: number,
) {
  const member = requireMember(ctx);
  const { scores, quizzes } = quizRepository(ctx.store);
  const quiz = board === CHALLENGE_BOARD ? null : await quizzes.get(board);
  if (board !== CHALLENGE_BOARD && !quiz) throw new AppError('NOT_FOUND', '没有找到这个排行榜。');
  const base: Filter = unitId ? { board, unitPath: unitId } : { board };
  const [page, total, mine] = await Promise.all([
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
    scores.get(`${board}_${member._id}`),
  ]);
  const repo = membersRepository(ctx.store);
  const people = page.length
    ? await repo.members.find({ _id: { $in: page.map((s) => s.memberId) } }, { limit: page.length })
    : [];
  const byId = new Map(people.map((person) => [person._id, person]));
  const unitNames = await repo.unitNames(people.map((person) => person.unitId));
  let rank = page[0] ? await rankOf(ctx, base, page[0].score, page[0].seconds) : 1;
  const items = page.map((row, index) => {
    const previous = page[index - 1];
    if (previous && (previous.score !== row.score || previous.seconds !== row.seconds)) rank = skip + index + 1;
    const person = byId.get(row.memberId);
    return {
      rank,
      name: person?.name ?? '（已移出）',
      unitName: person ? (unitNames.get(person.unitId) ?? '') : '',
      score: row.score,
      seconds: row.seconds,
    };
  });
  return {
    title: quiz?.title ?? '挑战答题',
    items,
    total,
    mine:
      mine && (!unitId || mine.unitPath.includes(unitId))
        ? { rank: await rankOf(ctx, base, mine.score, mine.seconds), score: mine.score, seconds: mine.seconds }
        : null,
    units:
      quiz?.kind === 'competition'
        ? await unitStandings(ctx, board, quiz.audienceUnitIds.length ? quiz.audienceUnitIds : [quiz.unitId])
        : [],
  };
}

/** Each unit scored per member: average of its participants × participation, so size alone wins nothing. */
async function unitStandings(ctx: CallContext, board: string, unitIds: string[]) {
  const repo = membersRepository(ctx.store);
  const { unitScores } = quizRepository(ctx.store);
  const names = await repo.unitNames(unitIds);
  const rows = await Promise.all(
    unitIds.map(async (unitId) => {
      const [members, totals] = await Promise.all([
        repo.members.count({ unitPath: unitId, status: 'normal' }),
        unitScores.get(`${board}_${unitId}`),
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
  return rows.sort(
    (a, b) => b.index - a.index || b.averagePercent - a.averagePercent || a.unitName.localeCompare(b.unitName, 'zh'),
  );
}
