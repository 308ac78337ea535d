import type { DevelopmentStep } from '../../../types/development-rules';
import type { DevelopmentTimeline, NextStep } from '../../../types/schemas/development';
import type { CallContext } from '../../kernel/context';
import { requireMember } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { loadMember, unitNameOf } from '../members/member-writes';
import { developmentRepository } from './development.repository';
import type { StepDoc } from './development.types';
import { nextStep, publicityEnd, type NextStepDates } from './progress';
import { rulesInForce } from './rules-in-force';

/** A person's development timeline: the steps recorded, the next one with its dates, and the rest of the path. */
export function toNextStep(next: NextStepDates): NextStep {
  const { step } = next;
  return {
    stepKey: step.key,
    label: step.label,
    stage: step.stage,
    state: next.state,
    earliestAt: next.earliestAt,
    dueAt: next.dueAt,
    documents: step.documents,
    contacts: step.contacts ?? null,
    committee: step.committee === true,
    rule: next.rule,
  };
}

export function buildTimeline(
  rules: DevelopmentStep[],
  member: MemberDoc,
  unitName: string,
  done: StepDoc[],
  now: number,
): DevelopmentTimeline {
  const next = nextStep(rules, member.stage, done, now);
  const doneKeys = new Set(done.map((step) => step.stepKey));
  const ordered = rules.filter((rule) => doneKeys.has(rule.key));
  const byKey = new Map(done.map((step) => [step.stepKey, step]));
  return {
    memberId: member._id,
    name: member.name,
    unitId: member.unitId,
    unitName,
    stage: member.stage,
    done: ordered.map((rule) => {
      const step = byKey.get(rule.key) as StepDoc;
      return {
        stepKey: step.stepKey,
        label: rule.label,
        stage: step.stage,
        date: step.date,
        documents: step.documents,
        contacts: step.contacts,
        contactLabel: rule.contacts?.label ?? null,
        note: step.note,
        recordedByName: step.recordedByName,
        recordedAt: step.recordedAt,
        late: step.late,
        publicityEndsAt: publicityEnd(rules, step),
      };
    }),
    next: next ? toNextStep(next) : null,
    later: next
      ? rules
          .slice(rules.findIndex((rule) => rule.key === next.step.key) + 1)
          .map((rule) => ({ stepKey: rule.key, label: rule.label, stage: rule.stage }))
      : [],
    backfill: next?.backfill ?? false,
  };
}

export async function timelineOf(ctx: CallContext, member: MemberDoc): Promise<DevelopmentTimeline> {
  const [{ steps: rules }, done, unitName] = await Promise.all([
    rulesInForce(ctx.store),
    developmentRepository(ctx.store).stepsOf(member._id),
    unitNameOf(membersRepository(ctx.store), member.unitId),
  ]);
  return buildTimeline(rules, member, unitName, done, ctx.now);
}

export async function memberTimeline(ctx: CallContext, memberId: string): Promise<DevelopmentTimeline> {
  return timelineOf(ctx, await loadMember(membersRepository(ctx.store), memberId));
}

export async function ownTimeline(ctx: CallContext): Promise<DevelopmentTimeline> {
  return timelineOf(ctx, requireMember(ctx));
}
