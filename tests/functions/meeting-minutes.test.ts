import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';

/**
 * Meeting minutes: refused before the meeting starts (and nothing is kept), read back and edited by the
 * organiser, and readable by the members the meeting concerned, not by others in the audience.
 */
const HOUR = 3_600_000;
const MINUTES = {
  topic: '学习全会精神',
  presenter: '书记',
  recorder: '组织委员',
  content: '传达学习全会精神，逐一发言。',
  resolutions: '按期转正一名预备党员',
};

describe('meeting minutes', () => {
  let store: DocStore;
  let dataDir: string;
  let d: Dispatcher;
  let activityId: string;
  let expectedMember: string;
  let outsider: string;

  beforeAll(async () => {
    ({ store, dataDir } = await seededDataDir());
    d = await dispatcherFor(store);
    d.clock.now = FIXED_NOW;
    const admin = d.as(DEMO.eastBranchAdmin);
    const created = await admin('admin.activityCreate', {
      unitId: 'u-b-east',
      type: 'branch_congress',
      title: '第四季度支部党员大会',
      startAt: FIXED_NOW + HOUR,
      endAt: FIXED_NOW + 3 * HOUR,
      place: { text: '社区党群服务中心' },
      capacity: null,
      signupOpensAt: FIXED_NOW - HOUR,
      signupClosesAt: FIXED_NOW + HOUR,
      cancelPolicy: 'any_time',
    });
    activityId = created.data.activityId;
    const members = (await admin('admin.memberList', { unitId: 'u-b-east', limit: 50 })).data.items;
    expectedMember = members.find(
      (m: any) => m.role === 'member' && (m.stage === 'full' || m.stage === 'probationary'),
    ).memberId;
    // An eastern applicant or activist is in the audience of the meeting but not among those it expects.
    outsider = members.find((m: any) => m.stage !== 'full' && m.stage !== 'probationary').memberId;
  });
  afterAll(async () => {
    await d.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('before the meeting starts the save is refused with the reason, and nothing is kept', async () => {
    const refused = await d.as(DEMO.eastBranchAdmin)('admin.minutesSave', { activityId, ...MINUTES });
    expect(refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('开始后才能填写') });
    expect((await d.as(DEMO.eastBranchAdmin)('admin.minutesGet', { activityId })).error.code).toBe('NOT_FOUND');
    expect((await d.as(expectedMember)('activity.get', { activityId })).data.minutesAvailable).toBe(false);
    expect((await d.as(expectedMember)('activity.minutes', { activityId })).error.code).toBe('NOT_FOUND');
  });

  test('once saved, the organiser reads them back and edits them', async () => {
    d.clock.now = FIXED_NOW + 4 * HOUR;
    const admin = d.as(DEMO.eastBranchAdmin);
    expect((await admin('admin.minutesSave', { activityId, ...MINUTES })).ok).toBe(true);
    expect((await admin('admin.minutesGet', { activityId })).data).toMatchObject(MINUTES);
    const edited = await admin('admin.minutesSave', { activityId, ...MINUTES, resolutions: '两名预备党员按期转正' });
    expect(edited.data.resolutions).toBe('两名预备党员按期转正');
    expect((await admin('admin.minutesGet', { activityId })).data.resolutions).toBe('两名预备党员按期转正');
  });

  test('an expected member reads them; a member the meeting did not concern is refused', async () => {
    expect((await d.as(expectedMember)('activity.get', { activityId })).data.minutesAvailable).toBe(true);
    expect((await d.as(expectedMember)('activity.minutes', { activityId })).data).toMatchObject({
      topic: MINUTES.topic,
      resolutions: '两名预备党员按期转正',
    });
    expect((await d.as(outsider)('activity.get', { activityId })).data.minutesAvailable).toBe(false);
    expect((await d.as(outsider)('activity.minutes', { activityId })).error.code).toBe('FORBIDDEN');
    expect((await d.as('m-011')('activity.minutes', { activityId })).ok).toBe(false);
  });
});
