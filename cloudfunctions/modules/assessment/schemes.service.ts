import type { z } from 'zod';
import { PERIOD_KIND_LABELS } from '../../../types/assessment-labels';
import type { Scheme, SchemeSaveInput } from '../../../types/schemas/assessment';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import { assessmentRepository, closureId, schemeId } from './assessment.repository';
import type { SchemeDoc } from './assessment.types';
import { recentPeriods } from './periods';
import { maxTotalOf } from './scoring';

/**
 * Schemes are versioned per unit: saving writes version n+1 beside the others, never over them. The scheme in
 * force for a unit is the latest version of the nearest unit on its path that has one. Closed periods keep the
 * scores taken when they closed, so a new version changes only open periods.
 */
export async function schemeInForce(ctx: CallContext, unitPath: string[]): Promise<SchemeDoc | null> {
  const { schemes } = assessmentRepository(ctx.store);
  for (const unitId of [...unitPath].reverse()) {
    const [latest] = await schemes.find({ unitId }, { sort: [['version', -1]], limit: 1 });
    if (latest) return latest;
  }
  return null;
}

export async function schemeView(ctx: CallContext, doc: SchemeDoc): Promise<z.output<typeof Scheme>> {
  const unit = await membersRepository(ctx.store).unitById(doc.unitId);
  return {
    schemeId: doc._id,
    unitId: doc.unitId,
    unitName: unit?.name ?? '',
    name: doc.name,
    periodKind: doc.periodKind,
    version: doc.version,
    indicators: doc.indicators,
    maxTotal: maxTotalOf(doc.indicators),
    createdByName: doc.createdByName,
    createdAt: doc.createdAt,
  };
}

async function unitPathOf(ctx: CallContext, unitId: string): Promise<string[]> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，请返回刷新。');
  return [...unit.path, unit._id];
}

export async function saveScheme(ctx: CallContext, input: z.output<typeof SchemeSaveInput>) {
  const admin = requireMember(ctx);
  const { schemes } = assessmentRepository(ctx.store);
  const [latest] = await schemes.find({ unitId: input.unitId }, { sort: [['version', -1]], limit: 1 });
  const version = (latest?.version ?? 0) + 1;
  const doc: SchemeDoc = {
    _id: schemeId(input.unitId, version),
    unitId: input.unitId,
    unitPath: await unitPathOf(ctx, input.unitId),
    name: input.name,
    periodKind: input.periodKind,
    version,
    indicators: input.indicators,
    createdBy: admin._id,
    createdByName: admin.name,
    createdAt: ctx.now,
    deductionsFlagged: true,
  };
  try {
    await schemes.insert(doc);
  } catch (error) {
    if (error instanceof DuplicateKeyError)
      throw new AppError('CONFLICT', '另一位管理员刚刚保存了新版本，请刷新后在最新版本上修改。');
    throw error;
  }
  await appendAudit(ctx, {
    action: 'assessment.scheme',
    summary: `保存了考核方案「${input.name}」第 ${version} 版（${PERIOD_KIND_LABELS[input.periodKind]}，${input.indicators.length} 项指标）`,
    targetId: doc._id,
    targetName: input.name,
    unitPath: doc.unitPath,
  });
  return schemeView(ctx, doc);
}

export async function listSchemes(ctx: CallContext, unitId: string) {
  const { schemes } = assessmentRepository(ctx.store);
  const path = await unitPathOf(ctx, unitId);
  const [current, versions] = await Promise.all([
    schemeInForce(ctx, path),
    schemes.find({ unitId }, { sort: [['version', -1]], limit: 50 }),
  ]);
  const periods = current ? recentPeriods(current.periodKind, ctx.now) : [];
  const closed = await closedPeriods(
    ctx,
    path,
    periods.map((p) => p.periodId),
  );
  return {
    current: current ? await schemeView(ctx, current) : null,
    versions: await Promise.all(versions.map((doc) => schemeView(ctx, doc))),
    periods: periods.map((p) => ({ periodId: p.periodId, label: p.label, closed: closed.has(p.periodId) })),
  };
}

/** Which of the periods are closed for a unit: closed for it or for a unit above it. */
export async function closedPeriods(ctx: CallContext, unitPath: string[], periodIds: string[]): Promise<Set<string>> {
  const ids = unitPath.flatMap((unitId) => periodIds.map((periodId) => closureId(unitId, periodId)));
  if (ids.length === 0) return new Set();
  const found = await assessmentRepository(ctx.store).closures.find({ _id: { $in: ids } }, { limit: 100 });
  return new Set(found.map((closure) => closure.periodId));
}
