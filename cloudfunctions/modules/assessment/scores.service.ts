import type { z } from 'zod';
import { GRADES } from '../../../types/assessment-labels';
import type { MemberScore } from '../../../types/schemas/assessment';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { assessmentRepository } from './assessment.repository';
import type { SchemeDoc } from './assessment.types';
import { rawValuesOf } from './indicators';
import { outrankedScores } from './outranked-scores';
import { periodOf, recentPeriods, type Period } from './periods';
import { closedPeriods, schemeInForce } from './schemes.service';
import { maxTotalOf, scoreIndicators } from './scoring';

/**
 * Scores: computed live from the records for an open period; read from the snapshot taken at closing for a
 * closed one, so a later scheme version never rescores it.
 */
/** A member's score with their unit path, so units above the member's own can group it. */
export type Scored = z.output<typeof MemberScore> & { unitPath: string[] };
export interface PeriodScores {
  period: Period;
  closed: boolean;
  schemeName: string;
  schemeVersion: number;
  maxTotal: number;
  scores: Scored[];
}

const ACTIVE = { status: { $in: ['normal', 'mobile'] } };

export async function unitPathOf(ctx: CallContext, unitId: string): Promise<string[]> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，请返回刷新。');
  return [...unit.path, unit._id];
}

export async function requireScheme(ctx: CallContext, unitPath: string[]): Promise<SchemeDoc> {
  const scheme = await schemeInForce(ctx, unitPath);
  if (!scheme) throw new AppError('NOT_FOUND', '还没有适用的考核方案，请先请党委管理员制定考核方案。');
  return scheme;
}

export async function liveScores(ctx: CallContext, scheme: SchemeDoc, members: MemberDoc[], period: Period) {
  const raw = await rawValuesOf(
    ctx,
    members.map((m) => m._id),
    period,
  );
  const names = await membersRepository(ctx.store).unitNames(members.map((m) => m.unitId));
  return members.map((member): Scored => ({
    memberId: member._id,
    name: member.name,
    unitId: member.unitId,
    unitName: names.get(member.unitId) ?? '',
    unitPath: member.unitPath,
    ...scoreIndicators(scheme.indicators, raw.get(member._id)!),
  }));
}

export async function scoresForUnit(ctx: CallContext, unitId: string, periodId: string): Promise<PeriodScores> {
  const path = await unitPathOf(ctx, unitId);
  const period = periodOf(periodId);
  const { scores } = assessmentRepository(ctx.store);
  if ((await closedPeriods(ctx, path, [periodId])).has(periodId)) {
    const kept = await findAll((skip) =>
      scores.find({ unitPath: unitId, periodId }, { sort: [['_id', 1]], skip, limit: 100 }),
    );
    const first = kept[0];
    const names = await membersRepository(ctx.store).unitNames(kept.map((k) => k.unitId));
    return {
      period,
      closed: true,
      schemeName: first?.schemeName ?? '',
      schemeVersion: first?.schemeVersion ?? 0,
      maxTotal: first?.maxTotal ?? 0,
      scores: kept.map(({ memberId, name, unitId: at, unitPath, total, percent, grade, indicators }) => ({
        memberId,
        name,
        unitId: at,
        unitName: names.get(at) ?? '',
        total,
        percent,
        grade,
        indicators,
        unitPath,
      })),
    };
  }
  const scheme = await requireScheme(ctx, path);
  const members = await findAll((skip) =>
    membersRepository(ctx.store).membersIn({ unitPath: unitId, ...ACTIVE }, skip, 100),
  );
  return {
    period,
    closed: false,
    schemeName: scheme.name,
    schemeVersion: scheme.version,
    maxTotal: maxTotalOf(scheme.indicators),
    scores: await liveScores(ctx, scheme, members, period),
  };
}

const average = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0;

/**
 * The console's view: grade distribution, everyone by score with their rank in their unit, and child units by
 * average. The figures count everyone; the ranking names only members of a lower role than the caller.
 */
export async function unitScores(ctx: CallContext, unitId: string, periodId: string) {
  const result = await scoresForUnit(ctx, unitId, periodId);
  const { units } = membersRepository(ctx.store);
  const names = await membersRepository(ctx.store).unitNames(result.scores.map((s) => s.unitId));
  const sorted = [...(await outrankedScores(ctx, result.scores))]
    .map((s) => ({ ...s, unitName: names.get(s.unitId) ?? s.unitName }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh'));
  const ranks = new Map<string, number>();
  const ranking = sorted.map(({ indicators: _breakdown, ...row }) => {
    const rankInUnit = (ranks.get(row.unitId) ?? 0) + 1;
    ranks.set(row.unitId, rankInUnit);
    const { unitPath: _path, ...clean } = row;
    return { ...clean, rankInUnit };
  });
  const children = await units.find({ parentId: unitId, archived: { $ne: true } }, { sort: [['name', 1]], limit: 100 });
  const groups = (children.length ? children : [{ _id: unitId, name: (await units.get(unitId))?.name ?? '' }]).map(
    (unit) => {
      const inUnit = result.scores.filter((s) => s.unitPath.includes(unit._id));
      return {
        unitId: unit._id,
        unitName: unit.name,
        members: inUnit.length,
        average: average(inUnit.map((s) => s.total)),
      };
    },
  );
  return {
    periodId,
    periodLabel: result.period.label,
    closed: result.closed,
    schemeName: result.schemeName,
    schemeVersion: result.schemeVersion,
    maxTotal: result.maxTotal,
    distribution: GRADES.map((grade) => ({ grade, count: result.scores.filter((s) => s.grade === grade).length })),
    average: average(result.scores.map((s) => s.total)),
    ranking,
    units: groups.sort((a, b) => b.average - a.average),
  };
}

/** For other modules (民主评议 shows it beside the ratings): a member's score for a period, or null without a scheme. */
export async function assessmentScoreOf(ctx: CallContext, memberId: string, periodId: string) {
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (!member) return null;
  const kept = await assessmentRepository(ctx.store).scores.get(`${periodId}_${memberId}`);
  if (kept)
    return {
      total: kept.total,
      maxTotal: kept.maxTotal,
      percent: kept.percent,
      grade: kept.grade,
      indicators: kept.indicators,
      closed: true,
    };
  const scheme = await schemeInForce(ctx, member.unitPath);
  if (!scheme) return null;
  const [score] = await liveScores(ctx, scheme, [member], periodOf(periodId));
  return {
    total: score!.total,
    maxTotal: maxTotalOf(scheme.indicators),
    percent: score!.percent,
    grade: score!.grade,
    indicators: score!.indicators,
    closed: false,
  };
}

export async function memberAssessment(ctx: CallContext, memberId: string, periodId: string) {
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位党员，请返回刷新。');
  const [score, unit] = await Promise.all([
    assessmentScoreOf(ctx, memberId, periodId),
    membersRepository(ctx.store).unitById(member.unitId),
  ]);
  return {
    name: member.name,
    unitName: unit?.name ?? '',
    periodLabel: periodOf(periodId).label,
    closed: score?.closed ?? false,
    score: score
      ? {
          total: score.total,
          percent: score.percent,
          grade: score.grade,
          indicators: score.indicators,
          maxTotal: score.maxTotal,
        }
      : null,
  };
}

export async function myAssessment(ctx: CallContext, periodId: string | undefined) {
  const member = requireMember(ctx);
  const scheme = await schemeInForce(ctx, member.unitPath);
  if (!scheme) return { scheme: null, periodId: null, periodLabel: '', closed: false, periods: [], score: null };
  const periods = recentPeriods(scheme.periodKind, ctx.now);
  const chosen = periodId ?? periods[0]!.periodId;
  const score = await assessmentScoreOf(ctx, member._id, chosen);
  return {
    scheme: { name: scheme.name, version: scheme.version },
    periodId: chosen,
    periodLabel: periodOf(chosen).label,
    closed: score?.closed ?? false,
    periods: periods.map((p) => ({ periodId: p.periodId, label: p.label })),
    score: score
      ? {
          unitName: (await membersRepository(ctx.store).unitById(member.unitId))?.name ?? '',
          total: score.total,
          percent: score.percent,
          grade: score.grade,
          indicators: score.indicators,
          maxTotal: score.maxTotal,
        }
      : null,
  };
}
