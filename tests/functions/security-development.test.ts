import { developmentStep, type DevelopmentStepKey } from '../../types/development-rules';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';
import { uploadMaterialFor } from '../support/development-materials';

/**
 * An attacker's look at 发展党员: the steps the higher Party committee takes (预审, 审批…) are recorded from a
 * unit above the applicant's branch, never by an admin of the branch itself, whatever role they were given.
 */
const day = (iso: string) => Date.parse(`${iso}T10:00:00+08:00`);
const EAST = 'u-b-east';
const CONFIRM = { method: 'fallback', reason: '设备不支持指纹' };

describe('committee steps of the development workflow', () => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let contacts: string[];
  let branchOrgAdmin: string;
  let material = '';

  const complete = (memberId: string, stepKey: DevelopmentStepKey, date: number) => {
    const step = developmentStep(stepKey);
    return {
      memberId,
      stepKey,
      date,
      documents: step.documents.map((name) => ({ name, fileId: material })),
      contactIds: contacts.slice(0, step.contacts?.min ?? 0),
    };
  };

  beforeAll(async () => {
    ({ store, close } = await seededStore('embedded'));
    d = await dispatcherFor(store);
    const full = await store
      .collection<{ _id: string }>('members')
      .find({ unitPath: EAST, stage: 'full', role: 'member', status: 'normal' }, { limit: 5, sort: [['_id', 1]] });
    contacts = full.slice(0, 2).map((m) => m._id);
    branchOrgAdmin = full[4]!._id;
    // Given the committee's role, but over the branch only (the default when no unit is picked).
    await ok(
      d.as(DEMO.superAdmin)('admin.memberSetRole', {
        memberId: branchOrgAdmin,
        role: 'org_admin',
        confirmation: CONFIRM,
      }),
    );
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('an org admin of the branch itself cannot record the committee’s 预审; the committee can', async () => {
    expect(await store.collection<any>('members').get(branchOrgAdmin)).toMatchObject({
      role: 'org_admin',
      adminUnitId: EAST,
    });
    const created = await ok(
      d.as(DEMO.eastBranchAdmin)('admin.memberCreate', {
        unitId: EAST,
        name: '周晓明',
        gender: 'male',
        ethnicity: null,
        birthDate: null,
        education: null,
        idCard: null,
        phone: null,
        position: null,
        status: 'normal',
        joinedAt: null,
        stage: 'applicant',
        stageSince: day('2025-03-01'),
      }),
    );
    const id = created.memberId as string;
    material = await uploadMaterialFor(d.as(DEMO.eastBranchAdmin), id);
    await ok(
      d.as(DEMO.superAdmin)('admin.developmentRulesUpdate', {
        intervals: [
          {
            stepKey: 'activistReview1',
            from: 'activistDetermination',
            notBefore: { count: 1, unit: 'month' },
            within: null,
          },
          { stepKey: 'activistReview2', from: 'activistReview1', notBefore: { count: 1, unit: 'month' }, within: null },
        ],
      }),
    );
    for (const [key, iso] of [
      ['application', '2025-09-01'],
      ['applicationTalk', '2025-09-10'],
      ['activistRecommendation', '2025-09-20'],
      ['activistDetermination', '2025-10-08'],
      ['contactAssignment', '2025-10-09'],
      ['activistReview1', '2025-11-08'],
      ['activistReview2', '2025-12-08'],
      ['candidateDetermination', '2026-10-08'],
      ['introducers', '2026-10-09'],
      ['politicalReview', '2026-10-12'],
      ['candidateTraining', '2026-10-15'],
    ] as const)
      await ok(d.as(DEMO.eastBranchAdmin)('admin.developmentRecord', complete(id, key, day(iso))));

    const steps = await store.collection('development_steps').count({ memberId: id });
    const byBranch = await d.as(branchOrgAdmin)(
      'admin.developmentRecord',
      complete(id, 'committeePreReview', day('2026-10-20')),
    );
    expect(byBranch.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('上级党委') });
    expect(await store.collection('development_steps').count({ memberId: id })).toBe(steps);

    await ok(d.as(DEMO.orgAdmin)('admin.developmentRecord', complete(id, 'committeePreReview', day('2026-10-20'))));
    expect(await store.collection('development_steps').count({ memberId: id })).toBe(steps + 1);
  });
});
