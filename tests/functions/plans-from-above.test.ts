import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/** A branch secretary follows a 党委's plan read-only: listed with completion among his own members only. */
const SECOND = 1000;
const WEST_MEMBER = DEMO.member; // 西苑社区党支部
const WEST_ADMIN = 'm-007';

let store: DocStore;
let dataDir: string;
let d: Dispatcher;
let planId: string;
let contentId: string;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  const admin = d.as(DEMO.orgAdmin);
  ({ contentId } = await ok(
    admin('admin.contentSave', {
      unitId: 'u-gb-com',
      kind: 'article',
      category: 'theory',
      title: '上级部署的学习文章',
      summary: '上级部署',
      body: '<p>正文</p>',
      tags: [],
      estimatedMinutes: 1,
    }),
  ));
  await ok(admin('admin.contentPublish', { contentId }));
  ({ planId } = await ok(
    admin('admin.planCreate', {
      unitId: 'u-gb-com',
      title: '党委部署的学习计划',
      itemIds: [contentId],
      startAt: d.clock.now - 1000,
      deadline: d.clock.now + 7 * 86_400 * SECOND,
    }),
  ));
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the plan from above is not in the branch plan list, and its own report is out of scope', async () => {
  const secretary = d.as(WEST_ADMIN);
  const own = await ok(secretary('admin.planList', { unitId: 'u-b-west', skip: 0, limit: 20 }));
  expect(own.items.map((p: any) => p.planId)).not.toContain(planId);
  expect((await secretary('admin.planReport', { planId })).error.code).toBe('OUT_OF_SCOPE');
});

test('plansFromAbove lists it with completion counted among the branch only', async () => {
  // Completion is derived from progress; how progress is earned is the study tests' business.
  await store.collection<any>('study_progress').insert({
    _id: `${WEST_MEMBER}_${contentId}`,
    memberId: WEST_MEMBER,
    contentId,
    creditedSeconds: 60,
    watched: [],
    position: 0,
    lastOpenedAt: d.clock.now,
    completedAt: d.clock.now,
    version: 1,
  });
  const branchMembers = await store.collection('members').count({ unitPath: 'u-b-west', status: 'normal' });
  const { items } = await ok(d.as(WEST_ADMIN)('admin.plansFromAbove', { unitId: 'u-b-west' }));
  expect(items.find((p: any) => p.planId === planId)).toMatchObject({
    title: '党委部署的学习计划',
    members: branchMembers,
    completedMembers: 1,
  });
});

test('the report in his unit names only his members; a plan that does not reach the unit is refused', async () => {
  const report = await ok(d.as(WEST_ADMIN)('admin.planReportInUnit', { unitId: 'u-b-west', planId }));
  const units = new Set(report.rows.map((row: any) => row.unitName));
  expect([...units]).toEqual(['西苑社区党支部']);
  expect(report.rows.find((row: any) => row.memberId === WEST_MEMBER)).toMatchObject({ completed: true });

  const { planId: westPlan } = await ok(
    d.as(WEST_ADMIN)('admin.planCreate', {
      unitId: 'u-b-west',
      title: '支部自己的计划',
      itemIds: [contentId],
      startAt: d.clock.now - 1000,
      deadline: d.clock.now + 86_400 * SECOND,
    }),
  );
  const sibling = await d.as(DEMO.orgAdmin)('admin.planReportInUnit', { unitId: 'u-b-east', planId: westPlan });
  expect(sibling.error.code).toBe('NOT_FOUND');
  const fromAbove = await ok(d.as(WEST_ADMIN)('admin.plansFromAbove', { unitId: 'u-b-west' }));
  expect(fromAbove.items.map((p: any) => p.planId)).not.toContain(westPlan);
});
