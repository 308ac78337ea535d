import type { Stage } from '../../../types/labels';
import type { DocStore } from '../../store/types';
import type { MemberDoc, UnitDoc } from './members.types';

/** Member and unit queries in the domain's words; the only place that knows their collections. */
export function membersRepository(store: DocStore) {
  const members = store.collection<MemberDoc>('members');
  const units = store.collection<UnitDoc>('units');
  return {
    memberById: (id: string) => members.get(id),
    async memberByOpenid(openid: string): Promise<MemberDoc | null> {
      const [member] = await members.find({ openid }, { limit: 1 });
      return member ?? null;
    },
    unitById: (id: string) => units.get(id),
    unitsByIds: (ids: string[]) => units.find({ _id: { $in: ids } }, { limit: Math.max(1, ids.length) }),
    childUnits: (parentId: string) => units.find({ parentId }, { sort: [['name', 1]], limit: 100 }),
    countInSubtree: (unitId: string, stage?: Stage) =>
      members.count(stage ? { unitPath: unitId, stage } : { unitPath: unitId }),
    demoMembers: (skip: number) => members.find({ demo: true }, { sort: [['_id', 1]], skip, limit: 100 }),
    insertUnit: (unit: UnitDoc) => units.insert(unit),
    insertMember: (member: MemberDoc) => members.insert(member),
  };
}
