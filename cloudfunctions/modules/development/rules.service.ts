import type { z } from 'zod';
import { DEVELOPMENT_STEP_LABELS, DEVELOPMENT_STEPS, spanText, type Span } from '../../../types/development-rules';
import type { DevelopmentRulesOutput, DevelopmentRulesUpdateInput } from '../../../types/schemas/development';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { developmentRepository } from './development.repository';
import type { IntervalOverride, RulesDoc } from './development.types';
import { rebuildOverdueEntries } from './overdue-index';
import { applyOverrides, rulesInForce } from './rules-in-force';

/** The intervals in force, and their correction by an admin of the top Party committee (audited). */
const spanOrNull = (span: Span | undefined) => span ?? null;

function rulesOutput(doc: RulesDoc | null): DevelopmentRulesOutput {
  const steps = applyOverrides(doc?.overrides ?? []);
  return {
    steps: steps.map((step, i) => ({
      stepKey: step.key,
      label: step.label,
      stage: step.stage,
      movesTo: step.movesTo ?? null,
      documents: step.documents,
      contacts: step.contacts ?? null,
      committee: step.committee === true,
      publicity: step.publicity === true,
      intervals: step.intervals.map((interval, j) => {
        const defaults = DEVELOPMENT_STEPS[i]?.intervals[j];
        return {
          from: interval.from,
          fromLabel: DEVELOPMENT_STEP_LABELS[interval.from],
          notBefore: spanOrNull(interval.notBefore),
          within: spanOrNull(interval.within),
          defaultNotBefore: spanOrNull(defaults?.notBefore),
          defaultWithin: spanOrNull(defaults?.within),
          source: interval.source,
        };
      }),
    })),
    updatedAt: doc?.updatedAt ?? null,
    updatedByName: doc?.updatedByName ?? null,
  };
}

export async function developmentRules(ctx: CallContext): Promise<DevelopmentRulesOutput> {
  return rulesOutput((await rulesInForce(ctx.store)).doc);
}

const intervalText = (o: Pick<IntervalOverride, 'notBefore' | 'within'>) =>
  [o.notBefore && `满${spanText(o.notBefore)}后`, o.within && `${spanText(o.within)}内`].filter(Boolean).join('、') ||
  '不限';

export async function updateDevelopmentRules(
  ctx: CallContext,
  input: z.output<typeof DevelopmentRulesUpdateInput>,
): Promise<DevelopmentRulesOutput> {
  const admin = requireMember(ctx);
  for (const change of input.intervals) {
    const exists = DEVELOPMENT_STEPS.some(
      (s) => s.key === change.stepKey && s.intervals.some((i) => i.from === change.from),
    );
    if (!exists)
      throw new AppError(
        'VALIDATION_FAILED',
        `「${DEVELOPMENT_STEP_LABELS[change.stepKey]}」没有以「${DEVELOPMENT_STEP_LABELS[change.from]}」起算的时限。`,
      );
    if (change.notBefore && change.within && toDays(change.within) < toDays(change.notBefore))
      throw new AppError('VALIDATION_FAILED', '完成期限不能早于最早办理时间，请核对。');
  }
  const { settings } = developmentRepository(ctx.store);
  const before = (await settings.get('intervals'))?.overrides ?? [];
  const kept = before.filter((o) => !input.intervals.some((c) => c.stepKey === o.stepKey && c.from === o.from));
  const doc: RulesDoc = {
    _id: 'intervals',
    overrides: [...kept, ...input.intervals],
    updatedAt: ctx.now,
    updatedBy: admin._id,
    updatedByName: admin.name,
  };
  const { _id, ...fields } = doc;
  if ((await settings.updateWhere({ _id }, { $set: fields })) === 0) await settings.insert(doc);
  // New deadlines move when each person's next step turns overdue.
  await rebuildOverdueEntries(ctx.store);
  await appendAudit(ctx, {
    action: 'development.rules',
    summary: `调整发展党员时限：${input.intervals
      .map((c) => `「${DEVELOPMENT_STEP_LABELS[c.stepKey]}」${intervalText(c)}`)
      .join('；')}`,
    // Deployment-wide, like the points rules: on the audit log of the whole organisation.
    unitPath: [],
  });
  return rulesOutput(doc);
}

const toDays = (span: Span) => (span.unit === 'day' ? span.count : span.count * 30);
