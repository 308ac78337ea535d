import type { Stage } from '../../../types/labels';
import type { DocStore, Filter } from '../../store/types';
import { pinyinSortKey } from '../shared/pinyin-order';
import type { BindingRequestDoc, InviteDoc, MemberDoc, UnitDoc } from './members.types';

/** Member, unit and binding queries in the domain's words; the only place that knows their collections. */
export function membersRepository(store: DocStore) {
  const members = store.collection<MemberDoc>('members');
  const units = store.collection<UnitDoc>('units');
  const invites = store.collection<InviteDoc>('invites');
  const requests = store.collection<BindingRequestDoc>('binding_requests');
  return {
    members,
    units,
    memberById: (id: string) => members.get(id),
    async memberByOpenid(openid: string): Promise<MemberDoc | null> {
      const [member] = await members.find({ openid }, { limit: 1 });
      return member ?? null;
    },
    async memberByHash(field: 'phoneHash' | 'idCardHash', hash: string): Promise<MemberDoc | null> {
      const [member] = await members.find({ [field]: hash }, { limit: 1 });
      return member ?? null;
    },
    membersIn: (filter: Filter, skip: number, limit: number) =>
      members.find(filter, {
        sort: [
          ['nameKey', 1],
          ['_id', 1],
        ],
        skip,
        limit,
      }),
    countMembers: (filter: Filter) => members.count(filter),
    unitById: (id: string) => units.get(id),
    /** Names of the given units (duplicates ignored), fetched 100 ids at a time. */
    async unitNames(ids: string[]): Promise<Map<string, string>> {
      const unique = [...new Set(ids)];
      const names = new Map<string, string>();
      for (let i = 0; i < unique.length; i += 100) {
        const page = await units.find({ _id: { $in: unique.slice(i, i + 100) } }, { limit: 100 });
        for (const unit of page) names.set(unit._id, unit.name);
      }
      return names;
    },
    childUnits: (parentId: string) =>
      units.find({ parentId, archived: { $ne: true } }, { sort: [['name', 1]], limit: 100 }),
    countChildUnits: (parentId: string) => units.count({ parentId, archived: { $ne: true } }),
    /** Units of a subtree (the unit and everything below it), a page at a time. */
    unitsInSubtree: (unitId: string, skip: number) =>
      units.find({ $or: [{ _id: unitId }, { path: unitId }] }, { sort: [['_id', 1]], skip, limit: 100 }),
    countInSubtree: (unitId: string, stage?: Stage) =>
      members.count(stage ? { unitPath: unitId, stage } : { unitPath: unitId }),
    demoMembers: (skip: number) => members.find({ demo: true }, { sort: [['_id', 1]], skip, limit: 100 }),
    insertUnit: (unit: UnitDoc) => units.insert(unit),
    insertMember: (member: MemberDoc) => members.insert({ ...member, nameKey: pinyinSortKey(member.name) }),
    invites,
    requests,
  };
}

export type MembersRepository = ReturnType<typeof membersRepository>;

/** Every document matching `filter`, fetched 100 at a time (the cloud database's page size). */
export async function findAll<T>(fetchPage: (skip: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const page = await fetchPage(all.length);
    all.push(...page);
    if (page.length < 100) return all;
  }
}
