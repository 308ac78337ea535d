import { consumer, type DomainEvent } from '../../kernel/events';
import type { DocStore } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import type { UnitDoc } from '../members/members.types';
import { batchedWrites } from './batched-writes';
import { eachDoc } from './member-records';
import { upsert } from '../shared/upsert';

/**
 * The branches a unit's 三会一课 matrix lists: the first MATRIX_BRANCHES open branches of its subtree by name, kept
 * in `unit_branch_lists` `<unitId>` for every unit above a branch. Finding them in the subtree reads and sorts
 * every unit under it (2,000 branches under a committee of 100,000 members); the console home reads this one
 * document instead. Kept by `unit.changed` and `unit.moved`, rebuilt by the nightly reconcile.
 */
export const MATRIX_BRANCHES = 100;

export interface BranchListDoc {
  _id: string;
  branches: Array<{ _id: string; name: string }>;
}

export const branchLists = (store: DocStore) => store.collection<BranchListDoc>('unit_branch_lists');

/** The open branches of a unit's subtree, first by name, as the matrix lists them, read from the units. */
export async function subtreeBranches(store: DocStore, unitId: string): Promise<BranchListDoc['branches']> {
  const found = await membersRepository(store).units.find(
    { path: unitId, kind: 'branch', archived: { $ne: true } },
    { sort: [['name', 1]], limit: MATRIX_BRANCHES },
  );
  return found.map((branch) => ({ _id: branch._id, name: branch.name }));
}

/** The matrix's branches for a unit: itself if a branch, else its kept list (read afresh if none is kept yet). */
export async function matrixBranches(store: DocStore, unit: UnitDoc): Promise<BranchListDoc['branches']> {
  if (unit.kind === 'branch') return [{ _id: unit._id, name: unit.name }];
  const kept = await branchLists(store).get(unit._id);
  return kept ? kept.branches : subtreeBranches(store, unit._id);
}

function refresh(store: DocStore, unitId: string): () => Promise<void> {
  return async () => {
    const branches = await subtreeBranches(store, unitId);
    await upsert(branchLists(store), { _id: unitId, branches }, { $set: { branches } });
  };
}

/**
 * After a unit is created, renamed or archived, the lists of the units above it (and its own, if it is not a
 * branch); after a move, the lists of the units it left and joined. The units inside a moved subtree keep theirs.
 */
export const branchListsConsumer = consumer<'unit.changed' | 'unit.moved'>({
  name: 'branch-lists',
  types: ['unit.changed', 'unit.moved'],
  async plan(event, ctx) {
    const changed = event as DomainEvent<'unit.changed'> | DomainEvent<'unit.moved'>;
    const units =
      changed.type === 'unit.changed'
        ? [...changed.payload.path, ...(changed.payload.kind === 'branch' ? [] : [changed.payload.unitId])]
        : [...new Set([...changed.payload.before, ...changed.payload.after])];
    return units.map((unitId) => refresh(ctx.store, unitId));
  },
});

/** Makes every open unit above the branch level hold the list the units say; returns how many were wrong. */
export async function rebuildBranchLists(store: DocStore): Promise<number> {
  const { units } = membersRepository(store);
  const wanted = new Set<string>();
  for await (const unit of eachDoc(units, { kind: { $ne: 'branch' }, archived: { $ne: true } })) wanted.add(unit._id);
  const lists = branchLists(store);
  const writes = batchedWrites();
  for await (const kept of eachDoc(lists, {}))
    if (!wanted.has(kept._id)) await writes.add(() => lists.removeWhere({ _id: kept._id }));
  for (const unitId of wanted) {
    const [kept, branches] = await Promise.all([lists.get(unitId), subtreeBranches(store, unitId)]);
    if (kept && JSON.stringify(kept.branches) === JSON.stringify(branches)) continue;
    await writes.add(() => upsert(lists, { _id: unitId, branches }, { $set: { branches } }));
  }
  return writes.done();
}
