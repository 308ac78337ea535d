import type { Doc, DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * An attacker's look at 民主评议: the secretary does not record their own 组织评定, and a 民主测评 too small to
 * hide who gave which grade is not opened.
 */
const DAY = 86_400_000;
const EAST = 'u-b-east';
const WEST = 'u-b-west';
const deadlines = {
  self: FIXED_NOW + 7 * DAY,
  rating: FIXED_NOW + 14 * DAY,
  grading: FIXED_NOW + 21 * DAY,
  publicity: FIXED_NOW + 28 * DAY,
};

interface MemberRow extends Doc {
  stage: string;
  role: string;
}

describe('民主评议 against its own admins', () => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close } = await seededStore('embedded'));
    d = await dispatcherFor(store);
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('the secretary cannot grade themselves; an admin above the branch can', async () => {
    const secretary = d.as(DEMO.eastBranchAdmin);
    const { roundId } = await ok(secretary('admin.reviewRoundOpen', { unitId: EAST, year: 2026, deadlines }));
    await ok(secretary('admin.reviewRoundAdvance', { roundId }));
    await ok(secretary('admin.reviewRoundAdvance', { roundId }));
    const { rows } = await ok(secretary('admin.reviewTally', { roundId }));
    expect(rows.map((row: { memberId: string }) => row.memberId)).toContain(DEMO.eastBranchAdmin);

    const own = await secretary('admin.reviewGrade', {
      roundId,
      memberId: DEMO.eastBranchAdmin,
      grade: 'excellent',
      reason: '自评优秀',
    });
    expect(own.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('不能为自己评定') });
    expect(await store.collection('review_grades').count({ roundId })).toBe(0);
    expect(await store.collection('audit').count({ action: 'review.grade' })).toBe(0);

    const byCommittee = await ok(
      d.as(DEMO.orgAdmin)('admin.reviewGrade', {
        roundId,
        memberId: DEMO.eastBranchAdmin,
        grade: 'qualified',
        reason: '经党委审核评定',
      }),
    );
    expect(byCommittee.grade).toBe('qualified');
  });

  test('the secretary cannot grade an equal or a superior in the branch; the committee above grades them', async () => {
    const roundId = `${EAST}_2026`;
    const { rows } = await ok(d.as(DEMO.eastBranchAdmin)('admin.reviewTally', { roundId }));
    const [deputy, superior] = rows
      .map((row: { memberId: string }) => row.memberId)
      .filter((id: string) => id !== DEMO.eastBranchAdmin);
    const members = store.collection<MemberRow>('members');
    await members.updateWhere({ _id: deputy }, { $set: { role: 'branch_admin', adminUnitId: EAST } });
    await members.updateWhere({ _id: superior }, { $set: { role: 'org_admin', adminUnitId: EAST } });
    const before = await store.collection('review_grades').count({ roundId });
    for (const memberId of [deputy, superior]) {
      const refused = await d.as(DEMO.eastBranchAdmin)('admin.reviewGrade', {
        roundId,
        memberId,
        grade: 'excellent',
        reason: '表现突出',
      });
      expect(refused.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('角色低于您') });
    }
    expect(await store.collection('review_grades').count({ roundId })).toBe(before);
    expect(await store.collection('audit').count({ action: 'review.grade', targetId: deputy })).toBe(0);
    const byCommittee = await ok(
      d.as(DEMO.orgAdmin)('admin.reviewGrade', { roundId, memberId: deputy, grade: 'qualified', reason: '经党委评定' }),
    );
    expect(byCommittee.grade).toBe('qualified');
    expect(
      (
        await d.as(DEMO.orgAdmin)('admin.reviewGrade', {
          roundId,
          memberId: superior,
          grade: 'qualified',
          reason: '经党委评定',
        })
      ).error.code,
    ).toBe('FORBIDDEN');
  });

  test('a round with two raters is refused: each would read the other’s whole sheet in the tally', async () => {
    const members = store.collection<MemberRow>('members');
    const full = await members.find({ unitPath: WEST, stage: 'full' }, { sort: [['_id', 1]], limit: 100 });
    expect(full.length).toBeGreaterThan(2);
    // Leave the branch two full members; the others become probationary (reviewed, not rating).
    for (const member of full.slice(2))
      await members.updateWhere({ _id: member._id }, { $set: { stage: 'probationary' } });

    const westAdmin = full.find((m) => m.role === 'branch_admin')?._id ?? DEMO.orgAdmin;
    const refused = await d.as(westAdmin)('admin.reviewRoundOpen', { unitId: WEST, year: 2026, deadlines });
    expect(refused.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { unitId: expect.any(String) } });
    expect(await store.collection('review_rounds').count({ unitId: WEST })).toBe(0);

    await members.updateWhere({ _id: full[2]!._id }, { $set: { stage: 'full' } });
    await ok(d.as(westAdmin)('admin.reviewRoundOpen', { unitId: WEST, year: 2026, deadlines }));
  });
});
