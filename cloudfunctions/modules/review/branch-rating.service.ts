import type { z } from 'zod';
import type { BranchRatingInput, BranchYearRow } from '../../../types/schemas/review';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { aggregateCollections, unitSnapshots, type UnitMonthDoc } from '../dashboard/aggregates';
import { meetingCell } from '../dashboard/dashboard.service';
import { membersRepository } from '../members/members.repository';
import type { UnitDoc } from '../members/members.types';
import { percentOf } from '../reports/report-figures';
import { chinaDay } from '../shared/china-time';
import { upsert } from '../shared/upsert';
import { outcomePublished } from './round-facts';
import { reviewRepository, roundIdOf } from './review.repository';
import type { BranchRatingDoc } from './review.types';

/**
 * 支部评星定级: the committee rates each branch's year with stars and a note, beside the branch's figures
 * from the console's aggregates (members, study, attendance), its 三会一课 record month by month and its
 * 民主评议 outcome. Reads depend on the number of branches, never on the members.
 */
const monthsOf = (year: number, now: number) => {
  const current = chinaDay(now).slice(0, 7);
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter(
    (month) => month <= current,
  );
};

async function branchesUnder(ctx: CallContext, unitId: string): Promise<UnitDoc[]> {
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，请返回刷新。');
  if (unit.kind === 'branch') return [unit];
  return repo.units.find(
    { path: unit._id, kind: 'branch', archived: { $ne: true } },
    { sort: [['name', 1]], limit: 100 },
  );
}

async function yearRows(ctx: CallContext, branches: UnitDoc[], year: number) {
  const months = monthsOf(year, ctx.now);
  const monthIds = branches.flatMap((b) => months.map((m) => `${b._id}:${m}`));
  const monthDocs: UnitMonthDoc[] = [];
  for (let i = 0; i < monthIds.length; i += 100) {
    const ids = monthIds.slice(i, i + 100);
    monthDocs.push(...(await aggregateCollections(ctx.store).months.find({ _id: { $in: ids } }, { limit: 100 })));
  }
  const { rounds, branchRatings } = reviewRepository(ctx.store);
  const ids = branches.map((b) => roundIdOf(b._id, year));
  const [snapshots, roundDocs, ratingDocs] = await Promise.all([
    unitSnapshots(
      ctx.store,
      branches.map((b) => b._id),
    ),
    rounds.find({ _id: { $in: ids } }, { limit: 100 }),
    branchRatings.find({ _id: { $in: ids } }, { limit: 100 }),
  ]);
  return branches.map((branch): z.input<typeof BranchYearRow> => {
    const own = monthDocs.filter((doc) => doc.unitId === branch._id);
    const sum = (key: string) => own.reduce((total, doc) => total + (doc.c[key] ?? 0), 0);
    const active = snapshots.get(branch._id)?.active ?? 0;
    const round = roundDocs.find((r) => r.unitId === branch._id);
    const rating = ratingDocs.find((r) => r.unitId === branch._id);
    return {
      unitId: branch._id,
      unitName: branch.name,
      members: active,
      studyMinutesPerMember: active ? Math.floor(sum('studySeconds') / 60 / active) : null,
      attendanceRate: percentOf(sum('checkins'), sum('signups')),
      meetingMonthsComplete: months.filter((m) => !meetingCell(ctx.now, branch, m, own).missing.length).length,
      meetingMonthsOwed: months.length,
      reviewOutcome: round && outcomePublished(round) ? (round.outcome ?? null) : null,
      stars: rating?.stars ?? null,
      note: rating?.note ?? null,
      ratedAt: rating?.ratedAt ?? null,
    };
  });
}

export async function branchRatings(ctx: CallContext, unitId: string, year: number) {
  return { year, items: await yearRows(ctx, await branchesUnder(ctx, unitId), year) };
}

export async function rateBranch(ctx: CallContext, input: z.output<typeof BranchRatingInput>) {
  const admin = requireMember(ctx);
  const branch = await membersRepository(ctx.store).unitById(input.unitId);
  if (!branch || branch.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销，请返回刷新。');
  if (branch.kind !== 'branch')
    throw new AppError('VALIDATION_FAILED', '评星定级以党支部为单位，请选择一个党支部。', {
      unitId: '请选择一个党支部',
    });
  if (admin.unitPath.includes(branch._id) || admin.unitId === branch._id)
    throw new AppError('FORBIDDEN', '支部不能给自己评星定级，请由上级党组织评定。');
  const { branchRatings: ratings } = reviewRepository(ctx.store);
  const id = roundIdOf(branch._id, input.year);
  const before = await ratings.get(id);
  const doc: BranchRatingDoc = {
    _id: id,
    unitId: branch._id,
    unitPath: [...branch.path, branch._id],
    unitName: branch.name,
    year: input.year,
    stars: input.stars,
    note: input.note,
    ratedBy: admin._id,
    ratedAt: ctx.now,
  };
  const { _id: _docId, ...fields } = doc;
  await upsert(ratings, doc, { $set: fields });
  await appendAudit(ctx, {
    action: 'review.branchRating',
    summary: `评定${branch.name}${input.year}年度为${input.stars}星：${input.note}`,
    targetId: branch._id,
    targetName: branch.name,
    unitPath: doc.unitPath,
    changes: [{ field: '星级', before: before ? `${before.stars}星` : null, after: `${input.stars}星` }],
  });
  const [row] = await yearRows(ctx, [branch], input.year);
  return row!;
}
