import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';
import { uploadMaterialFor } from '../support/development-materials';
import { seedDemoDevelopment } from '../../scripts/seed/demo-development';

/**
 * The branch's decisions during the probation (延长预备期 once, 6–12 months, with a reason; 取消预备党员资格)
 * and the materials each step needs as files, through the real dispatcher on both stores.
 */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const DECISION_DOCUMENTS = ['支部大会决议', '上级党委审批意见'];

describe.each(['embedded', 'postgres'] as const)('probation decisions and step materials on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let converting: string;
  let probationary: string;
  /** Each person's material, uploaded for them: a step may cite only files uploaded for the same person. */
  const fileIds = new Map<string, string>();
  const secretary = () => d.as(DEMO.eastBranchAdmin);
  const decision = (memberId: string, stepKey: string, extra: Record<string, unknown> = {}) => ({
    memberId,
    stepKey,
    date: FIXED_NOW,
    documents: DECISION_DOCUMENTS.map((name) => ({ name, fileId: fileIds.get(memberId) })),
    note: '支部大会认为需要继续考察',
    ...extra,
  });
  const steps = (memberId: string) => store.collection<any>('development_steps').count({ memberId });

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    await seedDemoDevelopment(store, FIXED_NOW);
    [converting, probationary] = (
      await store
        .collection<any>('members')
        .find({ unitId: 'u-b-east', role: 'member', stage: 'probationary' }, { sort: [['_id', 1]], limit: 2 })
    ).map((m) => m._id) as [string, string];
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });
  beforeEach(() => {
    d.clock.now = FIXED_NOW;
  });

  test('a material is stored as a file; a step whose required document has no file is refused', async () => {
    const uploaded = await ok(
      secretary()('admin.developmentUpload', { memberId: converting, name: '支部大会决议.png', content: TINY_PNG }),
    );
    fileIds.set(converting, uploaded.fileId);
    fileIds.set(probationary, await uploadMaterialFor(secretary(), probationary));
    expect(uploaded.url).toEqual(expect.any(String));
    const badType = await secretary()('admin.developmentUpload', {
      memberId: converting,
      name: 'a.exe',
      content: 'AA',
    });
    expect(badType.error.code).toBe('VALIDATION_FAILED');
    const before = await steps(converting);
    const noFile = await secretary()('admin.developmentRecord', {
      ...decision(converting, 'probationExtension', { extensionMonths: 6 }),
      documents: DECISION_DOCUMENTS.map((name) => ({ name })),
    });
    expect(noFile.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { documents: expect.stringContaining('未上传') },
    });
    expect(await steps(converting)).toBe(before);
  });

  test('the probation is extended once, 6–12 months with a reason, and the conversion waits for it', async () => {
    const timeline = await ok(secretary()('admin.developmentTimeline', { memberId: converting }));
    expect(timeline.next.stepKey).toBe('conversionMeeting');
    expect(timeline.decisions.map((x: any) => x.label)).toEqual(['延长预备期', '取消预备党员资格']);
    const before = await steps(converting);
    for (const bad of [
      decision(converting, 'probationExtension', { extensionMonths: 3 }),
      decision(converting, 'probationExtension', { extensionMonths: 13 }),
      decision(converting, 'probationExtension'),
      decision(converting, 'probationExtension', { extensionMonths: 6, note: '' }),
    ])
      expect((await secretary()('admin.developmentRecord', bad)).error.code).toBe('VALIDATION_FAILED');
    expect(await steps(converting)).toBe(before);

    const twice = await Promise.all(
      [1, 2].map(() =>
        secretary()('admin.developmentRecord', decision(converting, 'probationExtension', { extensionMonths: 6 })),
      ),
    );
    expect(twice.map((r) => r.error?.message ?? 'ok')).toContain('ok');
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(await steps(converting)).toBe(before + 1);
    const after = await ok(secretary()('admin.developmentTimeline', { memberId: converting }));
    expect(after.done.at(-1)).toMatchObject({ label: '延长预备期', extensionMonths: 6 });
    expect(after.done.at(-1).documents[0].url).toEqual(expect.any(String));
    expect(after.next).toMatchObject({ stepKey: 'conversionMeeting', state: 'waiting' });
    expect(after.next.rule).toContain('预备期延长6个月');
    expect(after.decisions.map((x: any) => x.label)).toEqual(['取消预备党员资格']);
    const early = await secretary()('admin.developmentRecord', {
      memberId: converting,
      stepKey: 'conversionMeeting',
      date: FIXED_NOW,
      documents: [{ name: '支部大会决议', fileId: fileIds.get(converting) }],
    });
    expect(early.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('最早可在') });
    const audit = await store.collection<any>('audit').find({ targetId: converting }, { limit: 20 });
    expect(audit.map((a) => a.summary).join()).toContain('延长 6 个月');
  });

  test('取消预备党员资格 ends the path: nothing further is recorded', async () => {
    const cancelled = await secretary()('admin.developmentRecord', decision(probationary, 'probationCancellation'));
    expect(cancelled.error?.message ?? 'ok').toBe('ok');
    const timeline = await ok(secretary()('admin.developmentTimeline', { memberId: probationary }));
    expect(timeline).toMatchObject({ next: null, decisions: [] });
    const again = await secretary()(
      'admin.developmentRecord',
      decision(probationary, 'probationExtension', { extensionMonths: 6 }),
    );
    expect(again.error.message).toContain('已取消');
  });
});
