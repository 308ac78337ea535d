import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { TINY_PNG, uploadMaterialFor } from '../support/development-materials';
import { seededStore } from '../support/seeded-store';
import { seedDemoDevelopment } from '../../scripts/seed/demo-development';

/**
 * A step's materials are files uploaded for that same person: a made-up id, a file uploaded for another
 * person or a forum image of a branch member is refused and nothing is written, on both stores.
 */
const DECISION_DOCUMENTS = ['支部大会决议', '上级党委审批意见'];

describe.each(['embedded', 'postgres'] as const)('development materials on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let converting: string;
  let other: string;
  let forumWriter: string;
  const secretary = () => d.as(DEMO.eastBranchAdmin);
  const extension = (fileIds: string[]) => ({
    memberId: converting,
    stepKey: 'probationExtension',
    date: FIXED_NOW,
    documents: DECISION_DOCUMENTS.map((name, i) => ({ name, fileId: fileIds[i] ?? fileIds[0] })),
    note: '支部大会认为需要继续考察',
    extensionMonths: 6,
  });
  const snapshot = async () => ({
    steps: await store.collection('development_steps').count({ memberId: converting }),
    paths: await store.collection('development_paths').count({}),
    audit: await store.collection('audit').count({ targetId: converting }),
  });

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    await seedDemoDevelopment(store, FIXED_NOW);
    [converting, other] = (
      await store
        .collection<any>('members')
        .find({ unitId: 'u-b-east', role: 'member', stage: 'probationary' }, { sort: [['_id', 1]], limit: 2 })
    ).map((m) => m._id) as [string, string];
    forumWriter = (
      await store
        .collection<any>('members')
        .find({ unitId: 'u-b-east', role: 'member', stage: 'full', status: 'normal' }, { limit: 1 })
    )[0]._id;
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('an upload is remembered with the person it is for and who uploaded it', async () => {
    const fileId = await uploadMaterialFor(secretary(), converting, '支部大会决议.png');
    expect(await store.collection('development_materials').get(fileId)).toMatchObject({
      fileId,
      memberId: converting,
      uploaderId: DEMO.eastBranchAdmin,
      docKey: '支部大会决议.png',
      at: FIXED_NOW,
    });
  });

  test('a made-up id, another person’s material or a forum image is refused and nothing is written', async () => {
    const othersMaterial = await uploadMaterialFor(secretary(), other);
    const forumImage = (await ok(d.as(forumWriter)('forum.upload', { name: '照片.png', content: TINY_PNG }))).fileId;
    const own = await uploadMaterialFor(secretary(), converting);
    const before = await snapshot();
    for (const forged of ['made-up.pdf', othersMaterial, forumImage]) {
      const refused = await secretary()('admin.developmentRecord', extension([own, forged]));
      expect(refused.ok).toBe(false);
      expect(refused.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('不是为本人上传的'),
        fields: { documents: expect.stringContaining('重新上传') },
      });
      expect(await snapshot()).toEqual(before);
    }
    const timeline = await ok(secretary()('admin.developmentTimeline', { memberId: converting }));
    expect(timeline.done.some((step: any) => step.stepKey === 'probationExtension')).toBe(false);
  });

  test('the person’s own uploads are accepted and linked on the timeline', async () => {
    const files = [await uploadMaterialFor(secretary(), converting), await uploadMaterialFor(secretary(), converting)];
    const timeline = await ok(secretary()('admin.developmentRecord', extension(files)));
    const recorded = timeline.done.find((step: any) => step.stepKey === 'probationExtension');
    expect(recorded.documents.map((document: any) => document.fileId)).toEqual(files);
    expect(recorded.documents.every((document: any) => typeof document.url === 'string')).toBe(true);
  });
});
