import type { DevelopmentStep } from '../../../types/development-rules';
import type { DevelopmentTimeline, NextStep } from '../../../types/schemas/development';
import type { CallContext } from '../../kernel/context';
import { requireMember } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { loadMember, unitNameOf } from '../members/member-writes';
import { developmentRepository } from './development.repository';
import type { StepDoc } from './development.types';
import { nextStep, openDecisions, publicityEnd, type NextStepDates } from './progress';
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
  // Branch decisions sit where they were taken: by date, then in the rules' order.
  const ordered = rules
    .filter((rule) => doneKeys.has(rule.key))
    .map((rule, index) => ({ rule, index, date: done.find((step) => step.stepKey === rule.key)?.date ?? 0 }))
    .sort((a, b) => a.date - b.date || a.index - b.index)
    .map(({ rule }) => rule);
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
        documents: step.documents.map((document) => ({ ...document, url: null })),
        contacts: step.contacts,
        contactLabel: rule.contacts?.label ?? null,
        note: step.note,
        recordedByName: step.recordedByName,
        recordedAt: step.recordedAt,
        late: step.late,
        publicityEndsAt: publicityEnd(rules, step),
        extensionMonths: step.extensionMonths ?? null,
      };
    }),
    next: next ? toNextStep(next) : null,
    later: next
      ? rules
          .slice(rules.findIndex((rule) => rule.key === next.step.key) + 1)
          .filter((rule) => !rule.decision)
          .map((rule) => ({ stepKey: rule.key, label: rule.label, stage: rule.stage }))
      : [],
    backfill: next?.backfill ?? false,
    decisions: openDecisions(rules, member.stage, done).map((rule) => ({
      stepKey: rule.key,
      label: rule.label,
      documents: rule.documents,
      extension: rule.decision?.extends ?? null,
      ends: rule.decision?.ends === true,
    })),
  };
}

/** The stored materials' addresses, asked of the files port when the timeline is read. */
async function withFileUrls(ctx: CallContext, timeline: DevelopmentTimeline): Promise<DevelopmentTimeline> {
  const done = await Promise.all(
    timeline.done.map(async (step) => ({
      ...step,
      documents: await Promise.all(
        step.documents.map(async (document) => ({
          ...document,
          url: document.fileId ? await ctx.platform.files.urlOf(document.fileId) : null,
        })),
      ),
    })),
  );
  return { ...timeline, done };
}

export async function timelineOf(ctx: CallContext, member: MemberDoc): Promise<DevelopmentTimeline> {
  const [{ steps: rules }, done, unitName] = await Promise.all([
    rulesInForce(ctx.store),
    developmentRepository(ctx.store).stepsOf(member._id),
    unitNameOf(membersRepository(ctx.store), member.unitId),
  ]);
  return withFileUrls(ctx, buildTimeline(rules, member, unitName, done, ctx.now));
}

export async function memberTimeline(ctx: CallContext, memberId: string): Promise<DevelopmentTimeline> {
  return timelineOf(ctx, await loadMember(membersRepository(ctx.store), memberId));
}

export async function ownTimeline(ctx: CallContext): Promise<DevelopmentTimeline> {
  return timelineOf(ctx, requireMember(ctx));
}
