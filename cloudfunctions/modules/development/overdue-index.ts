import { PIPELINE_STAGES, type DevelopmentStep } from '../../../types/development-rules';
import type { Stage } from '../../../types/labels';
import type { CallContext } from '../../kernel/context';
import { consumer, type DomainEvent } from '../../kernel/events';
import type { Collection, Doc, DocStore, Filter } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import { ACTIVE_STATUSES } from './due.service';
import { developmentRepository } from './development.repository';
import type { StepDoc } from './development.types';
import { nextStep, type NextStepDates } from './progress';
import { rulesInForce } from './rules-in-force';

/**
 * The console's 发展超期 badge as one indexed count, whatever the number of members: each person in the
 * pipeline whose next step has a deadline holds one `development_overdue` entry with their unit path and the
 * moment that step turns overdue. The moment depends only on the recorded steps, the stage and the rules, never
 * on the clock, so the entry changes only when one of those does: a step recorded, a member changed or moved
 * (`member.changed`), a unit moved (`unit.moved`), the rules changed; the nightly reconcile rebuilds them all.
 */
export interface OverdueEntry {
  _id: string;
  unitPath: string[];
  overdueFrom: number;
}

const DAY_MS = 86_400_000;
export const OVERDUE_COLLECTION = 'development_overdue';
const entries = (store: DocStore) => store.collection<OverdueEntry>(OVERDUE_COLLECTION);

/** When the next step turns overdue (as `nextStep` decides its state), or null when it never does. */
export function overdueFrom(next: NextStepDates | null): number | null {
  if (!next || next.backfill || next.dueAt === null) return null;
  return Math.max(next.earliestAt ?? Number.NEGATIVE_INFINITY, next.dueAt + DAY_MS);
}

/** People in the subtree with a step overdue now: what `overdueInSubtree` finds by reading every person. */
export function countOverdueInSubtree(ctx: CallContext, unitId: string): Promise<number> {
  return entries(ctx.store).count({ unitPath: unitId, overdueFrom: { $lte: ctx.now } });
}

function wantedEntry(member: MemberDoc | null, rules: DevelopmentStep[], steps: StepDoc[]): OverdueEntry | null {
  if (!member || !PIPELINE_STAGES.includes(member.stage as never) || !ACTIVE_STATUSES.includes(member.status))
    return null;
  const from = overdueFrom(nextStep(rules, member.stage as Stage, steps, 0));
  return from === null ? null : { _id: member._id, unitPath: member.unitPath, overdueFrom: from };
}

/** Makes one person's entry follow their record (idempotent: it reads the record again each time). */
export async function refreshOverdueEntry(store: DocStore, memberId: string): Promise<void> {
  const [member, { steps: rules }, steps] = await Promise.all([
    store.collection<MemberDoc>('members').get(memberId),
    rulesInForce(store),
    developmentRepository(store).stepsOf(memberId),
  ]);
  const want = wantedEntry(member, rules, steps);
  if (!want) {
    await entries(store).removeWhere({ _id: memberId });
    return;
  }
  const { _id, ...fields } = want;
  if ((await entries(store).updateWhere({ _id }, { $set: fields })) === 0) {
    try {
      await entries(store).insert(want);
    } catch {
      // Written at the same moment by another delivery: that one read the same record.
      await entries(store).updateWhere({ _id }, { $set: fields });
    }
  }
}

/**
 * Rebuilds every entry from the records (the nightly reconcile, and after the rules change): returns how many
 * were wrong, missing or stale. Only people with a step recorded can have a deadline, so it reads the steps,
 * those people and the entries, each once.
 */
export async function rebuildOverdueEntries(store: DocStore): Promise<number> {
  const { steps: rules } = await rulesInForce(store);
  const stepsOf = new Map<string, StepDoc[]>();
  for await (const step of keyset(developmentRepository(store).steps, {}))
    stepsOf.set(step.memberId, [...(stepsOf.get(step.memberId) ?? []), step]);
  const wanted = new Map<string, OverdueEntry>();
  const people = [...stepsOf.keys()];
  for (let i = 0; i < people.length; i += 100) {
    const found = await store
      .collection<MemberDoc>('members')
      .find({ _id: { $in: people.slice(i, i + 100) } }, { limit: 100 });
    for (const member of found) {
      const want = wantedEntry(member, rules, stepsOf.get(member._id) ?? []);
      if (want) wanted.set(member._id, want);
    }
  }
  let drifted = 0;
  for await (const found of keyset(entries(store), {})) {
    const want = wanted.get(found._id);
    wanted.delete(found._id);
    if (!want) await entries(store).removeWhere({ _id: found._id });
    else if (want.overdueFrom !== found.overdueFrom || want.unitPath.join('/') !== found.unitPath.join('/'))
      await entries(store).updateWhere(
        { _id: found._id },
        { $set: { unitPath: want.unitPath, overdueFrom: want.overdueFrom } },
      );
    else continue;
    drifted += 1;
  }
  for (const want of wanted.values()) {
    await entries(store).insert(want);
    drifted += 1;
  }
  return drifted;
}

async function* keyset<T extends Doc>(collection: Collection<T>, filter: Filter): AsyncGenerator<T> {
  for (let after = ''; ;) {
    const page = await collection.find({ ...filter, _id: { $gt: after } }, { sort: [['_id', 1]], limit: 100 });
    yield* page;
    if (page.length < 100) return;
    after = page[page.length - 1]!._id;
  }
}

const inPipeline = (facts: { stage: string } | null) => !!facts && PIPELINE_STAGES.includes(facts.stage as never);

/** Members who changed (stage, status, unit) and whole units moved: their people's entries follow. */
export const overdueIndexConsumer = consumer<'member.changed' | 'unit.moved'>({
  name: 'development-overdue',
  types: ['member.changed', 'unit.moved'],
  async plan(event, ctx) {
    if (event.type === 'member.changed') {
      const { memberId, before, after } = (event as DomainEvent<'member.changed'>).payload;
      // Nobody before 正式党员 on either side: no entry to make or remove.
      if (!inPipeline(before) && !inPipeline(after)) return [];
      return [() => refreshOverdueEntry(ctx.store, memberId)];
    }
    const { unitId } = (event as DomainEvent<'unit.moved'>).payload;
    const under: string[] = [];
    for await (const entry of keyset(entries(ctx.store), { unitPath: unitId })) under.push(entry._id);
    return under.map((memberId) => () => refreshOverdueEntry(ctx.store, memberId));
  },
});
