import { STAGES } from '../../types/labels';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seededRandom } from './demo-organisation';

/**
 * Synthetic load for benchmarks: extra members `s-<from>` … `s-<count - 1>` in branches of 50 under the
 * demo 社区党总支, generated deterministically. Not demo members (the demo login does not list them).
 */
const PER_BRANCH = 50;

export async function seedSyntheticMembers(store: DocStore, count: number, now: number, from = 0): Promise<void> {
  const repo = membersRepository(store);
  const random = seededRandom(count);
  const parentPath = ['u-committee', 'u-gb-com'];
  // Growing an earlier set (`from` > 0) starts at a branch boundary, so every branch is created once.
  if (from % PER_BRANCH !== 0) throw new Error(`synthetic members grow in whole branches of ${PER_BRANCH}`);
  for (let branch = from / PER_BRANCH; branch * PER_BRANCH < count; branch += 1) {
    const unit: UnitDoc = {
      _id: `u-syn-${branch}`,
      name: `第${branch + 1}网格党支部`,
      kind: 'branch',
      parentId: 'u-gb-com',
      path: parentPath,
    };
    await repo.insertUnit(unit);
    const members: Promise<MemberDoc>[] = [];
    for (let i = branch * PER_BRANCH; i < Math.min(count, (branch + 1) * PER_BRANCH); i += 1) {
      const stage = STAGES[Math.floor(random() * STAGES.length)] ?? 'full';
      const stageSince = now - Math.floor(random() * 3650) * 86_400_000;
      members.push(
        repo.insertMember({
          _id: `s-${i}`,
          name: `成员${i}`,
          gender: random() < 0.5 ? 'male' : 'female',
          ethnicity: null,
          birthDate: null,
          education: null,
          idCard: null,
          phone: null,
          unitId: unit._id,
          unitPath: [...parentPath, unit._id],
          role: 'member',
          position: null,
          stage,
          stageSince,
          stageHistory: [{ stage, at: stageSince, recordedBy: null }],
          joinedAt: null,
          status: 'normal',
          trainings: [],
          demo: false,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    await Promise.all(members);
  }
}
