import type { z } from 'zod';
import { PIPELINE_STAGES, type DevelopmentStep } from '../../../types/development-rules';
import type { Stage } from '../../../types/labels';
import type { DevelopmentDueInput, DevelopmentDueOutput, DueItem } from '../../../types/schemas/development';
import type { CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { developmentRepository } from './development.repository';
import { nextStep, type NextStepDates } from './progress';
import { rulesInForce } from './rules-in-force';

/** What is due in the development pipeline of a subtree, worked out from each person's recorded steps. */
export const ACTIVE_STATUSES = ['normal', 'mobile'];

export interface PersonInPipeline {
  member: MemberDoc;
  next: NextStepDates;
}

/** Everyone before 正式党员 matching `filter`, with their next step. */
export async function pipeline(
  ctx: CallContext,
  filter: Filter,
  rules: DevelopmentStep[],
): Promise<PersonInPipeline[]> {
  const { members } = membersRepository(ctx.store);
  const found = await findAll((skip) =>
    members.find(
      { ...filter, stage: { $in: [...PIPELINE_STAGES] }, status: { $in: ACTIVE_STATUSES } },
      { sort: [['_id', 1]], skip, limit: 100 },
    ),
  );
  const steps = await developmentRepository(ctx.store).stepsOfMany(found.map((m) => m._id));
  return found.flatMap((member) => {
    const next = nextStep(rules, member.stage, steps.get(member._id) ?? [], ctx.now);
    return next ? [{ member, next }] : [];
  });
}

const URGENCY = { overdue: 0, due: 1, open: 2, waiting: 3 } as const;

function byUrgency(a: PersonInPipeline, b: PersonInPipeline): number {
  const when = (p: PersonInPipeline) => p.next.dueAt ?? p.next.earliestAt ?? Number.MAX_SAFE_INTEGER;
  return (
    URGENCY[a.next.state] - URGENCY[b.next.state] || when(a) - when(b) || a.member.name.localeCompare(b.member.name)
  );
}

export async function dueInSubtree(
  ctx: CallContext,
  input: z.output<typeof DevelopmentDueInput>,
): Promise<DevelopmentDueOutput> {
  const repo = membersRepository(ctx.store);
  const { steps: rules } = await rulesInForce(ctx.store);
  const people = await pipeline(ctx, { unitPath: input.unitId }, rules);
  const stageCounts = PIPELINE_STAGES.map((stage) => ({
    stage,
    count: people.filter((p) => p.member.stage === stage).length,
  }));
  const listed = people
    .filter((p) =>
      input.stage ? p.member.stage === input.stage : p.next.state === 'due' || p.next.state === 'overdue',
    )
    .sort(byUrgency);
  const page = listed.slice(input.skip, input.skip + input.limit);
  const names = await repo.unitNames(page.map((p) => p.member.unitId));
  const items: DueItem[] = page.map(({ member, next }) => ({
    memberId: member._id,
    name: member.name,
    unitName: names.get(member.unitId) ?? '未知单位',
    stage: member.stage as Stage,
    stepKey: next.step.key,
    label: next.step.label,
    state: next.state,
    earliestAt: next.earliestAt,
    dueAt: next.dueAt,
  }));
  return {
    stageCounts,
    overdue: people.filter((p) => p.next.state === 'overdue').length,
    due: people.filter((p) => p.next.state === 'due').length,
    items,
    total: listed.length,
  };
}
