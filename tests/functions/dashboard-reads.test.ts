import { rmSync } from 'node:fs';
import type { CallRecord } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { uploadMaterialFor } from '../support/development-materials';

/**
 * The committee's console home (admin.dashboard of the root) reads a fixed number of documents, whatever the
 * size of the tree below it: the same store reads with the demo's three branches as with thirty, each new
 * branch bringing people in the development pipeline (one with a step overdue) and a task with a report
 * waiting for review. Its 待办 badges still equal a direct count over the records.
 */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;
const DAY = 86_400_000;
const ANCHOR = new Date(FIXED_NOW + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  await ok(d.system('system.reconcileAggregates'));
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function readsOf(route: string, input: unknown): Promise<number> {
  const records: CallRecord[] = [];
  const log = d.services.log;
  d.services.log = (record) => {
    if (record.route === route) records.push(record);
  };
  try {
    await ok(d.as(DEMO.superAdmin)(route, input));
  } finally {
    d.services.log = log;
  }
  return records[0]!.reads;
}

const rootHome = () => readsOf('admin.dashboard', { unitId: 'u-committee', period: 'year', anchor: ANCHOR });

async function newMember(unitId: string, name: string, stage: 'applicant' | 'activist') {
  const created = await ok(
    d.as(DEMO.superAdmin)('admin.memberCreate', {
      unitId,
      name,
      gender: 'male',
      ethnicity: null,
      birthDate: null,
      education: null,
      idCard: null,
      phone: null,
      position: null,
      status: 'normal',
      joinedAt: null,
      stage,
      stageSince: FIXED_NOW - 400 * DAY,
    }),
  );
  return created.memberId as string;
}

/** A branch under the 社区党总支 with an applicant overdue for their talk, one not yet, and a report to review. */
async function addBranch(n: number) {
  const name = `第${'一二三四五六七八九十'[n % 10]}${n}网格党支部`;
  const unit = await ok(d.as(DEMO.superAdmin)('admin.unitCreate', { unitId: 'u-gb-com', name, kind: 'branch' }));
  const late = await newMember(unit.unitId, `超期${n}`, 'applicant');
  const recent = await newMember(unit.unitId, `按期${n}`, 'applicant');
  for (const [memberId, date] of [
    [late, FIXED_NOW - 200 * DAY],
    [recent, FIXED_NOW - 2 * DAY],
  ] as const)
    await ok(
      d.as(DEMO.superAdmin)('admin.developmentRecord', {
        memberId,
        stepKey: 'application',
        date,
        documents: [{ name: '入党申请书', fileId: await uploadMaterialFor(d.as(DEMO.superAdmin), memberId) }],
      }),
    );
  const task = await ok(
    d.as(DEMO.superAdmin)('admin.taskCreate', {
      unitId: unit.unitId,
      title: `学习心得${n}`,
      deadline: FIXED_NOW + 7 * DAY,
      memberIds: [late, recent],
    }),
  );
  await ok(d.as(late)('task.submit', { taskId: task.taskId, text: '已经完成学习' }));
}

async function directBadges(unitId: string) {
  const due = await ok(d.as(DEMO.superAdmin)('admin.developmentDue', { unitId, skip: 0, limit: 50 }));
  const tasks = await store.collection<{ _id: string; unitPath: string[] }>('tasks').find({ unitPath: unitId }, {});
  let waiting = 0;
  for (const task of tasks)
    waiting += await store.collection('task_assignments').count({ taskId: task._id, state: 'submitted' });
  return { developmentOverdue: due.overdue as number, taskReportsToReview: waiting };
}

test('the committee’s console home reads the same with 3 branches as with 30, and its badges stay true', async () => {
  const withThree = await rootHome();
  for (let n = 1; n <= 27; n += 1) await addBranch(n);
  const branches = await store.collection('units').count({ path: 'u-committee', kind: 'branch' });
  expect(branches).toBeGreaterThanOrEqual(30);
  expect(await rootHome()).toBe(withThree);

  const pending = await ok(d.as(DEMO.superAdmin)('admin.pendingWork', { unitId: 'u-committee' }));
  const direct = await directBadges('u-committee');
  expect(direct.developmentOverdue).toBeGreaterThanOrEqual(27);
  expect(direct.taskReportsToReview).toBeGreaterThanOrEqual(27);
  expect(pending).toMatchObject(direct);
  // After the nightly reconcile rebuilds the badge indexes, nothing changes.
  await ok(d.system('system.reconcileAggregates'));
  expect(await ok(d.as(DEMO.superAdmin)('admin.pendingWork', { unitId: 'u-committee' }))).toMatchObject(direct);
  expect(await rootHome()).toBe(withThree);
}, 300_000);
