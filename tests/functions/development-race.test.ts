import type { StepDoc } from '../../cloudfunctions/modules/development/development.types';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { uploadMaterialFor } from '../support/development-materials';
import { seededStore } from '../support/seeded-store';
import { seedDemoDevelopment } from '../../scripts/seed/demo-development';

/**
 * Steps that exclude each other, recorded at the same moment by two admins: 支部大会讨论转正 against
 * 取消预备党员资格 or 延长预备期. Exactly one is recorded, the other is refused with a conflict and leaves
 * nothing behind, on both stores.
 */
const DECISION_DOCUMENTS = ['支部大会决议', '上级党委审批意见'];

describe.each(['embedded', 'postgres'] as const)('conflicting development steps at once on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let template: StepDoc[];
  let count = 0;
  const secretary = () => d.as(DEMO.eastBranchAdmin);
  const steps = (memberId: string) => store.collection('development_steps').count({ memberId });

  /** A probationary member whose conversion meeting is due today: the demo's converting member's steps, copied. */
  async function dueForConversion(): Promise<string> {
    count += 1;
    const created = await ok(
      secretary()('admin.memberCreate', {
        unitId: 'u-b-east',
        name: `赵预备${'甲乙丙丁'[count - 1]}`,
        gender: 'male',
        ethnicity: null,
        birthDate: null,
        education: null,
        idCard: null,
        phone: null,
        position: null,
        status: 'normal',
        joinedAt: null,
        stage: 'probationary',
        stageSince: template.find((step) => step.stepKey === 'admissionMeeting')!.date,
      }),
    );
    const memberId = created.memberId as string;
    const member = await store.collection<any>('members').get(memberId);
    for (const step of template)
      await store
        .collection<StepDoc>('development_steps')
        .insert({ ...step, _id: `${memberId}_${step.stepKey}`, memberId, unitPath: member.unitPath });
    return memberId;
  }

  const record = async (memberId: string, stepKey: string, extra: Record<string, unknown> = {}) => {
    const fileId = await uploadMaterialFor(secretary(), memberId);
    const names = stepKey === 'conversionMeeting' ? ['支部大会决议'] : DECISION_DOCUMENTS;
    return {
      memberId,
      stepKey,
      date: FIXED_NOW,
      documents: names.map((name) => ({ name, fileId })),
      note: '支部大会决定',
      ...extra,
    };
  };

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    await seedDemoDevelopment(store, FIXED_NOW);
    const [converting] = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', stage: 'probationary' }, { sort: [['_id', 1]], limit: 1 });
    template = await store.collection<StepDoc>('development_steps').find({ memberId: converting._id }, { limit: 100 });
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  test.each([
    ['取消预备党员资格', 'probationCancellation', {}],
    ['延长预备期', 'probationExtension', { extensionMonths: 6 }],
  ] as const)('支部大会讨论转正 against %s: exactly one is recorded', async (_label, decision, extra) => {
    const memberId = await dueForConversion();
    const timeline = await ok(secretary()('admin.developmentTimeline', { memberId }));
    expect(timeline.next).toMatchObject({ stepKey: 'conversionMeeting', state: 'due' });
    expect(timeline.decisions.map((x: any) => x.stepKey)).toContain(decision);
    const before = await steps(memberId);
    const inputs = [await record(memberId, 'conversionMeeting'), await record(memberId, decision, extra)];
    const results = await Promise.all([
      secretary()('admin.developmentRecord', inputs[0]),
      d.as(DEMO.orgAdmin)('admin.developmentRecord', inputs[1]),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser.error.code).toBe('CONFLICT');
    expect(loser.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await steps(memberId)).toBe(before + 1);
    const recorded = await store.collection<StepDoc>('development_steps').find({ memberId }, { limit: 100 });
    const keys = recorded.map((step) => step.stepKey);
    expect(keys.filter((key) => key === 'conversionMeeting' || key === decision)).toHaveLength(1);
    const audit = await store.collection<any>('audit').find({ targetId: memberId, action: 'development.record' });
    expect(audit).toHaveLength(1);
  });

  test('one after the other, the second is refused by the order rules', async () => {
    const memberId = await dueForConversion();
    await ok(secretary()('admin.developmentRecord', await record(memberId, 'probationCancellation')));
    const late = await secretary()('admin.developmentRecord', await record(memberId, 'conversionMeeting'));
    expect(late.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已取消') });
    expect(await store.collection('development_paths').get(memberId)).toMatchObject({
      version: 1,
      lastStep: 'probationCancellation',
    });
  });
});
