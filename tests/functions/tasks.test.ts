import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/** Tasks with feedback through the real dispatcher: assign, report, return, report again, accept; scope; bad input. */
const DAY = 86_400_000;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
).toString('base64');

async function membersOf(store: DocStore, unitId: string): Promise<string[]> {
  const found = await store
    .collection<any>('members')
    .find({ unitId, role: 'member', status: { $in: ['normal', 'mobile'] } }, { sort: [['_id', 1]], limit: 100 });
  return found.map((member) => member._id);
}

describe.each(['embedded', 'postgres'] as const)('tasks with feedback on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let east: string[];

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    east = await membersOf(store, 'u-b-east');
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('assigned, reported with a photo, returned with a reason (notified once), reported again, accepted', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const [first, second] = east as [string, string];
    const { taskId, assigned } = await ok(
      admin('admin.taskCreate', {
        unitId: 'u-b-east',
        title: '提交学习心得',
        description: '结合主题教育写一篇心得',
        deadline: FIXED_NOW + 7 * DAY,
        memberIds: [first, second],
      }),
    );
    expect(assigned).toBe(2);
    const member = d.as(first);
    const todo = await ok(member('task.mine', { state: 'todo' }));
    expect(todo.items.map((task: any) => task.taskId)).toEqual([taskId]);

    const sent = await ok(
      member('task.submit', { taskId, text: '已完成心得一篇', photo: { name: '心得.png', content: PNG } }),
    );
    expect(sent.state).toBe('submitted');
    expect(sent.photoUrl).toEqual(expect.any(String));
    expect((await member('task.submit', { taskId, text: '再交一次' })).error.code).toBe('CONFLICT');

    const returned = await ok(
      admin('admin.taskReview', { taskId, memberId: first, decision: 'return', reason: '请补充学习体会' }),
    );
    expect(returned.assignees.find((a: any) => a.memberId === first).state).toBe('returned');
    const again = await admin('admin.taskReview', { taskId, memberId: first, decision: 'return', reason: '再退一次' });
    expect(again.error.code).toBe('CONFLICT');
    const notices = await store.collection<any>('notices').find({ memberId: first }, { limit: 50 });
    expect(notices.filter((notice) => notice.title === '任务反馈被退回')).toHaveLength(1);
    expect((await ok(member('task.mine', { state: 'returned' }))).items[0].returnReason).toBe('请补充学习体会');

    await ok(member('task.submit', { taskId, text: '已补充学习体会' }));
    const detail = await ok(admin('admin.taskReview', { taskId, memberId: first, decision: 'accept' }));
    expect(detail.byUnit).toEqual([{ unitId: 'u-b-east', unitName: '东湖社区党支部', assigned: 2, accepted: 1 }]);
    const [row] = (await ok(admin('admin.taskList', { unitId: 'u-b-east' }))).items;
    expect(row).toMatchObject({ taskId, assigned: 2, counts: { todo: 1, submitted: 0, returned: 0, accepted: 1 } });

    const audit = await store.collection<any>('audit').find({ targetId: taskId }, { limit: 10 });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['task.accept', 'task.create', 'task.return']);
  });

  test('the whole unit when no one is picked; members outside the unit refused', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const whole = await ok(
      admin('admin.taskCreate', { unitId: 'u-b-east', title: '填写信息核对', deadline: FIXED_NOW + DAY }),
    );
    expect(whole.assigned).toBe(
      await store.collection('members').count({ unitPath: 'u-b-east', status: { $in: ['normal', 'mobile'] } }),
    );
    const [outsider] = await membersOf(store, 'u-b-office');
    const before = await store.collection('tasks').count({});
    const refused = await admin('admin.taskCreate', {
      unitId: 'u-b-east',
      title: '参加志愿服务',
      deadline: FIXED_NOW + DAY,
      memberIds: [east[0], outsider],
    });
    expect(refused.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('tasks').count({})).toBe(before);
  });

  test('scope: another branch’s admin sees nothing; a member cannot report a task not theirs', async () => {
    const { taskId } = await ok(
      d.as(DEMO.eastBranchAdmin)('admin.taskCreate', {
        unitId: 'u-b-east',
        title: '参加志愿服务',
        deadline: FIXED_NOW + DAY,
        memberIds: [east[0]],
      }),
    );
    const office = d.as(DEMO.officeBranchAdmin);
    expect((await office('admin.taskDetail', { taskId })).error.code).toBe('OUT_OF_SCOPE');
    expect((await office('admin.taskList', { unitId: 'u-b-east' })).error.code).toBe('OUT_OF_SCOPE');
    expect(
      (await office('admin.taskCreate', { unitId: 'u-b-east', title: '越权任务', deadline: FIXED_NOW + DAY })).error
        .code,
    ).toBe('OUT_OF_SCOPE');
    const notMine = await d.as(east[1] as string)('task.submit', { taskId, text: '我也交一份' });
    expect(notMine.error.code).toBe('NOT_FOUND');
    expect((await ok(d.as(east[1] as string)('task.mine', {}))).items.map((t: any) => t.taskId)).not.toContain(taskId);
  });

  test('bad input changes nothing', async () => {
    const admin = d.as(DEMO.eastBranchAdmin);
    const before = await store.collection('tasks').count({});
    for (const input of [
      { unitId: 'u-b-east', title: '', deadline: FIXED_NOW + DAY },
      { unitId: 'u-b-east', title: '过期任务', deadline: FIXED_NOW - DAY },
      { unitId: 'u-b-east', title: '多余字段', deadline: FIXED_NOW + DAY, extra: true },
    ])
      expect((await admin('admin.taskCreate', input)).error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('tasks').count({})).toBe(before);

    const { taskId } = await ok(
      admin('admin.taskCreate', {
        unitId: 'u-b-east',
        title: '提交学习心得',
        deadline: FIXED_NOW + DAY,
        memberIds: [east[0]],
      }),
    );
    const member = d.as(east[0] as string);
    expect((await member('task.submit', { taskId, text: '' })).error.code).toBe('VALIDATION_FAILED');
    expect((await member('task.submit', { taskId, text: '含有违禁词的反馈' })).error.code).toBe('VALIDATION_FAILED');
    const noReason = await admin('admin.taskReview', { taskId, memberId: east[0], decision: 'return' });
    expect(noReason.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection<any>('task_assignments').get(`${taskId}_${east[0]}`)).toMatchObject({
      state: 'todo',
      feedback: null,
    });
  });
});
