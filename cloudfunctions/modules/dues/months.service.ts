import type { z } from 'zod';
import type { DuesMemberRow } from '../../../types/schemas/dues';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { outranks } from '../../kernel/scope';
import { findAll, membersRepository } from '../members/members.repository';
import { duesRepository, monthOf } from './dues.repository';
import type { DuesMonthDoc, DuesProfileDoc } from './dues.types';
import { DUES_PAYING, ensureMonthRecord } from './profiles.service';

/** Monthly due records: created once per member per month, summed per unit, listed per member. */
export async function generateMonth(ctx: CallContext) {
  const month = monthOf(ctx.now);
  const { profiles } = duesRepository(ctx.store);
  let created = 0;
  let existing = 0;
  let after = '';
  for (;;) {
    const page = await profiles.find({ _id: { $gt: after } }, { sort: [['_id', 1]], limit: 100 });
    for (const profile of page) {
      if ((await ensureMonthRecord(ctx, profile, month)) === 'created') created += 1;
      else existing += 1;
    }
    if (page.length < 100) break;
    after = page[page.length - 1]!._id;
  }
  return { month, created, existing };
}

const STATE_ORDER: Record<z.output<typeof DuesMemberRow>['state'], number> = {
  arrears: 0,
  due: 1,
  no_profile: 2,
  paid: 3,
};

/** A unit's month: figures over its subtree, and each dues-paying member with what they owe. */
export async function unitMonth(ctx: CallContext, unitId: string, month: string) {
  const members = membersRepository(ctx.store);
  const unit = await members.unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个组织，请返回刷新。');
  const repo = duesRepository(ctx.store);
  const [roster, profiles, records] = await Promise.all([
    findAll((skip) => members.membersIn({ unitPath: unitId, ...DUES_PAYING }, skip, 100)),
    findAll((skip) => repo.profiles.find({ unitPath: unitId }, { sort: [['_id', 1]], skip, limit: 100 })),
    findAll((skip) =>
      repo.months.find({ unitPath: unitId, month: { $lte: month } }, { sort: [['_id', 1]], skip, limit: 100 }),
    ),
  ]);
  const profileOf = new Map<string, DuesProfileDoc>(profiles.map((p) => [p.memberId, p]));
  const recordsOf = new Map<string, DuesMonthDoc[]>();
  for (const record of records) recordsOf.set(record.memberId, [...(recordsOf.get(record.memberId) ?? []), record]);
  const yearStart = Date.parse(`${month.slice(0, 4)}-01-01T00:00:00+08:00`);
  const admin = requireMember(ctx);

  const rows = roster.map((member): z.output<typeof DuesMemberRow> => {
    const profile = profileOf.get(member._id) ?? null;
    const own = (recordsOf.get(member._id) ?? []).sort((a, b) => a.month.localeCompare(b.month));
    const current = own.find((r) => r.month === month) ?? null;
    const unpaid = own.filter((r) => r.state === 'due');
    const state =
      !profile && !current
        ? 'no_profile'
        : unpaid.some((r) => r.month < month)
          ? 'arrears'
          : current?.state === 'due'
            ? 'due'
            : 'paid';
    return {
      memberId: member._id,
      name: member.name,
      category: profile?.category ?? null,
      dueFen: current?.dueFen ?? null,
      state,
      paidAt: current?.paidAt ?? null,
      method: current?.method ?? null,
      unpaid: unpaid.map((r) => ({ month: r.month, dueFen: r.dueFen })),
      unpaidFen: unpaid.reduce((sum, r) => sum + r.dueFen, 0),
      reviewDue: profile !== null && profile.reviewedAt < yearStart,
      canManage: outranks(admin, member),
    };
  });
  rows.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.unpaidFen - a.unpaidFen);
  const thisMonth = records.filter((r) => r.month === month);
  return {
    month,
    unitName: unit.name,
    dueFen: thisMonth.reduce((sum, r) => sum + r.dueFen, 0),
    paidFen: thisMonth.filter((r) => r.state === 'paid').reduce((sum, r) => sum + r.dueFen, 0),
    arrearsFen: records.filter((r) => r.state === 'due').reduce((sum, r) => sum + r.dueFen, 0),
    paidCount: thisMonth.filter((r) => r.state === 'paid').length,
    memberCount: rows.length,
    members: rows,
  };
}

/** My dues: the year statement, everything I still owe, and whether I can pay online. */
export async function myDues(ctx: CallContext, year: number | undefined) {
  const member = requireMember(ctx);
  const repo = duesRepository(ctx.store);
  const shownYear = year ?? Number(monthOf(ctx.now).slice(0, 4));
  const [profile, yearRecords, unpaid] = await Promise.all([
    repo.profiles.get(member._id),
    repo.months.find(
      { memberId: member._id, month: { $gte: `${shownYear}-01`, $lte: `${shownYear}-12` } },
      { sort: [['month', -1]], limit: 12 },
    ),
    findAll((skip) =>
      repo.months.find({ memberId: member._id, state: 'due' }, { sort: [['month', 1]], skip, limit: 100 }),
    ),
  ]);
  return {
    profile: profile
      ? { category: profile.category, monthlyDueFen: profile.monthlyDueFen, reviewedAt: profile.reviewedAt }
      : null,
    year: shownYear,
    months: yearRecords.map((r) => ({
      month: r.month,
      dueFen: r.dueFen,
      state: r.state,
      paidAt: r.paidAt,
      method: r.method,
    })),
    yearDueFen: yearRecords.reduce((sum, r) => sum + r.dueFen, 0),
    yearPaidFen: yearRecords.filter((r) => r.state === 'paid').reduce((sum, r) => sum + r.dueFen, 0),
    arrears: { months: unpaid.map((r) => r.month), totalFen: unpaid.reduce((sum, r) => sum + r.dueFen, 0) },
    onlinePay: Boolean(ctx.platform.payments),
  };
}
