import { developmentStep, type DevelopmentStepKey } from '../../types/development-rules';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';
import { uploadMaterialFor } from '../support/development-materials';
import { seedDemoDevelopment } from '../../scripts/seed/demo-development';

/**
 * The development workflow (发展党员) through the real dispatcher: steps in order, minimum intervals and
 * deadlines, required documents and contacts, who records which step, the stage moving with the steps,
 * reminders sent once, the interval correction, and one step recorded once under a race on both stores.
 */
const day = (iso: string) => Date.parse(`${iso}T10:00:00+08:00`);
const EAST = 'u-b-east';

async function newApplicant(d: Dispatcher, name: string): Promise<string> {
  const created = await ok(
    d.as(DEMO.eastBranchAdmin)('admin.memberCreate', {
      unitId: EAST,
      name,
      gender: 'female',
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
  return created.memberId;
}

async function fullMembersOfEast(store: DocStore): Promise<string[]> {
  const found = await store
    .collection<{ _id: string }>('members')
    .find({ unitPath: EAST, stage: 'full', role: 'member', status: 'normal' }, { limit: 5, sort: [['_id', 1]] });
  return found.map((m) => m._id);
}

describe.each(['embedded', 'postgres'] as const)('the development workflow on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let contacts: string[];
  const secretary = () => d.as(DEMO.eastBranchAdmin);
  /** Each applicant's material, uploaded for them: a step may cite only files uploaded for the same person. */
  const materials = new Map<string, string>();
  const applicant = async (name: string): Promise<string> => {
    const id = await newApplicant(d, name);
    materials.set(id, await uploadMaterialFor(secretary(), id));
    return id;
  };

  /** The input that records a step with every document and as few contacts as it needs. */
  const complete = (memberId: string, stepKey: DevelopmentStepKey, date: number) => {
    const step = developmentStep(stepKey);
    return {
      memberId,
      stepKey,
      date,
      documents: step.documents.map((name) => ({ name, fileId: materials.get(memberId) ?? 'never-uploaded.pdf' })),
      contactIds: contacts.slice(0, step.contacts?.min ?? 0),
    };
  };
  const walk = async (memberId: string, steps: Array<[DevelopmentStepKey, string]>, as = secretary()) => {
    for (const [key, iso] of steps) await ok(as('admin.developmentRecord', complete(memberId, key, day(iso))));
  };
  const stepCount = (memberId: string) => store.collection('development_steps').count({ memberId });

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    contacts = await fullMembersOfEast(store);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  test('steps go in order, each with its documents and contacts, and the stage moves with them', async () => {
    const id = await applicant('林小红');
    const outOfOrder = await secretary()(
      'admin.developmentRecord',
      complete(id, 'activistDetermination', day('2025-03-01')),
    );
    expect(outOfOrder.error).toMatchObject({ code: 'CONFLICT' });
    expect(outOfOrder.error.message).toContain('下一步应是「递交入党申请书」');

    await walk(id, [['application', '2025-03-01']]);
    const noDocuments = await secretary()('admin.developmentRecord', {
      ...complete(id, 'applicationTalk', day('2025-03-10')),
      documents: [],
    });
    expect(noDocuments.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { documents: '还缺：谈话记录' } });
    const noContact = await secretary()('admin.developmentRecord', {
      ...complete(id, 'applicationTalk', day('2025-03-10')),
      contactIds: [],
    });
    expect(noContact.error.fields.contactIds).toContain('谈话人');
    const themselves = await secretary()('admin.developmentRecord', {
      ...complete(id, 'applicationTalk', day('2025-03-10')),
      contactIds: [id],
    });
    expect(themselves.error.fields.contactIds).toContain('正式党员');
    const beforeApplication = await secretary()(
      'admin.developmentRecord',
      complete(id, 'applicationTalk', day('2025-02-20')),
    );
    expect(beforeApplication.error.message).toContain('不能早于上一步「递交入党申请书」（2025年3月1日）');
    expect(await stepCount(id)).toBe(1);

    await walk(id, [
      ['applicationTalk', '2025-03-20'],
      ['activistRecommendation', '2025-04-01'],
      ['activistDetermination', '2025-04-10'],
    ]);
    const dossier = await ok(secretary()('admin.memberGet', { memberId: id }));
    expect(dossier.stage).toBe('activist');
    expect(dossier.stageHistory.at(-1)).toMatchObject({
      stage: 'activist',
      at: Date.parse('2025-04-10T00:00:00+08:00'),
    });

    const timeline = await ok(secretary()('admin.developmentTimeline', { memberId: id }));
    expect(timeline.done.map((s: any) => s.label)).toEqual([
      '递交入党申请书',
      '派人谈话',
      '推荐入党积极分子',
      '确定为入党积极分子',
    ]);
    expect(timeline.done[1].contacts).toHaveLength(1);
    expect(timeline.next).toMatchObject({ stepKey: 'contactAssignment', state: 'open' });
    const audit = await store
      .collection<any>('audit')
      .find({ action: 'development.record', targetId: id }, { limit: 10 });
    expect(audit).toHaveLength(4);

    // The member sees their own timeline.
    const own = await ok(d.as(id)('me.developmentTimeline', {}));
    expect(own.done).toHaveLength(4);
  });

  test('a step too early is refused naming the earliest date; a deadline missed is recorded as late', async () => {
    const id = await applicant('周建国');
    await walk(id, [
      ['application', '2025-01-02'],
      ['applicationTalk', '2025-02-20'],
      ['activistRecommendation', '2025-03-01'],
      ['activistDetermination', '2025-03-10'],
      ['contactAssignment', '2025-03-12'],
    ]);
    const early = await secretary()('admin.developmentRecord', complete(id, 'activistReview1', day('2025-08-01')));
    expect(early.error.code).toBe('CONFLICT');
    expect(early.error.message).toContain('最早可在 2025年9月10日 办理');
    expect(early.error.fields).toEqual({ date: '最早 2025年9月10日' });
    const timeline = await ok(secretary()('admin.developmentTimeline', { memberId: id }));
    expect(timeline.done[1]).toMatchObject({ stepKey: 'applicationTalk', late: true });
    const future = await secretary()(
      'admin.developmentRecord',
      complete(id, 'activistReview1', FIXED_NOW + 3 * 86_400_000),
    );
    expect(future.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { date: '日期不能晚于今天' } });
    expect(await stepCount(id)).toBe(5);
  });

  test('admission needs a year as an activist, and the committee records its own steps', async () => {
    const id = await applicant('吴志强');
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
    await walk(id, [
      ['application', '2025-09-01'],
      ['applicationTalk', '2025-09-10'],
      ['activistRecommendation', '2025-09-20'],
      ['activistDetermination', '2025-10-08'],
      ['contactAssignment', '2025-10-09'],
      ['activistReview1', '2025-11-08'],
      ['activistReview2', '2025-12-08'],
    ]);
    const tooSoon = await secretary()(
      'admin.developmentRecord',
      complete(id, 'candidateDetermination', day('2026-09-01')),
    );
    expect(tooSoon.error.message).toBe(
      '「确定为发展对象」最早可在 2026年10月8日 办理（确定为入党积极分子后满1年），请到时再记录。',
    );
    await walk(id, [
      ['candidateDetermination', '2026-10-08'],
      ['introducers', '2026-10-09'],
      ['politicalReview', '2026-10-12'],
      ['candidateTraining', '2026-10-15'],
    ]);
    const byBranch = await secretary()(
      'admin.developmentRecord',
      complete(id, 'committeePreReview', day('2026-10-20')),
    );
    expect(byBranch.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(byBranch.error.message).toContain('由上级党委办理');
    await walk(id, [['committeePreReview', '2026-10-20']], d.as(DEMO.orgAdmin));
    await walk(id, [['admissionPublicity', '2026-10-21']]);
    const duringPublicity = await secretary()(
      'admin.developmentRecord',
      complete(id, 'applicationForm', day('2026-10-22')),
    );
    expect(duringPublicity.ok).toBe(true);
    const meetingTooSoon = await secretary()(
      'admin.developmentRecord',
      complete(id, 'admissionMeeting', day('2026-10-23')),
    );
    expect(meetingTooSoon.error.message).toContain('最早可在 2026年10月26日');
    await walk(id, [['admissionMeeting', '2026-10-28']]);
    await walk(
      id,
      [
        ['committeeTalk', '2026-11-02'],
        ['admissionApproval', '2026-11-10'],
      ],
      d.as(DEMO.orgAdmin),
    );
    await walk(id, [['oath', '2026-11-12']]);
    expect((await ok(secretary()('admin.memberGet', { memberId: id }))).stage).toBe('probationary');
    const conversion = await secretary()(
      'admin.developmentRecord',
      complete(id, 'conversionApplication', day('2026-11-20')),
    );
    expect(conversion.error.message).toContain('最早可在 2027年9月28日 办理（支部大会讨论接收后满11个月）');
    const rules = await ok(secretary()('admin.developmentRules', {}));
    const review = rules.steps.find((s: any) => s.stepKey === 'activistReview1');
    expect(review.intervals[0]).toMatchObject({
      notBefore: { count: 1, unit: 'month' },
      within: null,
      defaultNotBefore: { count: 6, unit: 'month' },
    });
    expect(rules.updatedByName).toBeTruthy();
    const refused = await secretary()('admin.developmentRulesUpdate', {
      intervals: [{ stepKey: 'oath', from: 'application', notBefore: null, within: null }],
    });
    expect(refused.error.code).toBe('FORBIDDEN');
    const unknown = await d.as(DEMO.superAdmin)('admin.developmentRulesUpdate', {
      intervals: [{ stepKey: 'oath', from: 'application', notBefore: null, within: null }],
    });
    expect(unknown.error.code).toBe('VALIDATION_FAILED');
  });

  test('due and overdue steps are listed first, and each reminder is sent once however often the timer runs', async () => {
    const overdue = await applicant('郑晓东');
    await walk(overdue, [['application', '2026-09-01']]);
    const due = await applicant('钱丽华');
    await walk(due, [['application', '2026-11-10']]);
    const list = await ok(secretary()('admin.developmentDue', { unitId: EAST }));
    const names = list.items.map((item: any) => item.name);
    expect(names).toEqual(expect.arrayContaining(['郑晓东', '钱丽华']));
    expect(list.items[0]).toMatchObject({ state: 'overdue' });
    expect(list.items.find((i: any) => i.name === '钱丽华')).toMatchObject({ state: 'due', label: '派人谈话' });
    expect(list.stageCounts.find((c: any) => c.stage === 'applicant').count).toBeGreaterThanOrEqual(2);

    const notices = store.collection<any>('notices');
    const before = await notices.count({ memberId: DEMO.eastBranchAdmin });
    const first = await ok(d.system('system.developmentReminders', {}));
    const second = await ok(d.system('system.developmentReminders', {}));
    expect(first.reminded).toBeGreaterThanOrEqual(2);
    expect(second).toEqual({ reminded: 0, notified: 0 });
    const sent = await notices.find({ memberId: DEMO.eastBranchAdmin }, { limit: 100, sort: [['createdAt', 1]] });
    expect(sent.length - before).toBeGreaterThanOrEqual(2);
    expect(sent.filter((n: any) => n.body.startsWith('郑晓东'))).toHaveLength(1);
    expect(sent.find((n: any) => n.body.startsWith('郑晓东')).title).toBe('发展党员步骤已逾期');

    // The same step turning overdue later is a new state: one more reminder, once.
    d.clock.now = FIXED_NOW + 30 * 86_400_000;
    await ok(d.system('system.developmentReminders', {}));
    await ok(d.system('system.developmentReminders', {}));
    d.clock.now = FIXED_NOW;
    const again = await notices.find({ memberId: DEMO.eastBranchAdmin }, { limit: 100 });
    expect(again.filter((n: any) => n.body.startsWith('钱丽华'))).toHaveLength(2);
  });

  test('a 公示 within its period goes on the 公示栏, and the meeting waits for its objections to be handled', async () => {
    const id = await applicant('陈向阳');
    await walk(id, [
      ['application', '2025-06-01'],
      ['applicationTalk', '2025-06-10'],
      ['activistRecommendation', '2025-06-20'],
      ['activistDetermination', '2025-07-01'],
      ['contactAssignment', '2025-07-02'],
      ['activistReview1', '2026-01-05'],
      ['activistReview2', '2026-07-06'],
      ['candidateDetermination', '2026-07-06'],
      ['introducers', '2026-07-07'],
      ['politicalReview', '2026-07-10'],
      ['candidateTraining', '2026-07-15'],
    ]);
    await walk(id, [['committeePreReview', '2026-07-20']], d.as(DEMO.orgAdmin));
    await walk(id, [
      ['admissionPublicity', '2026-11-22'],
      ['applicationForm', '2026-11-22'],
    ]);
    const step = await store.collection<any>('development_steps').get(`${id}_admissionPublicity`);
    const items = store.collection<any>('publicity_items');
    const item = await items.get(step.publicityItemId);
    expect(item).toMatchObject({ kind: 'development_candidate', unitId: EAST, objectionCount: 0 });
    expect(item.title).toContain('陈向阳');
    await items.updateWhere({ _id: item._id }, { $set: { objectionCount: 1 } });
    d.clock.now = FIXED_NOW + 6 * 86_400_000;
    try {
      const meeting = complete(id, 'admissionMeeting', day('2026-11-28'));
      const refused = await secretary()('admin.developmentRecord', meeting);
      expect(refused.error.message).toBe(
        '公示期间收到的异议还有 1 条未处理，请在公示栏处理后再记录「支部大会讨论接收」。',
      );
      await items.updateWhere({ _id: item._id }, { $set: { handledCount: 1 } });
      await ok(secretary()('admin.developmentRecord', meeting));
    } finally {
      d.clock.now = FIXED_NOW;
    }
  });

  test('one step recorded twice at once: one succeeds, nothing is doubled', async () => {
    const id = await applicant('孙立新');
    const input = complete(id, 'application', day('2026-10-01'));
    const results = await Promise.all([
      secretary()('admin.developmentRecord', input),
      d.as(DEMO.orgAdmin)('admin.developmentRecord', input),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok).error.code).toBe('CONFLICT');
    expect(await stepCount(id)).toBe(1);
  });

  test('bad input changes nothing', async () => {
    const id = await applicant('冯春燕');
    const bad = await secretary()('admin.developmentRecord', { memberId: id, stepKey: 'nonsense', date: FIXED_NOW });
    expect(bad.error.code).toBe('VALIDATION_FAILED');
    const full = await secretary()(
      'admin.developmentRecord',
      complete(contacts[0] as string, 'application', FIXED_NOW),
    );
    expect(full.error.message).toContain('已是正式党员');
    expect(await stepCount(id)).toBe(0);
    expect(await stepCount(contacts[0] as string)).toBe(0);
  });
});

describe('the demo pipeline', () => {
  test('the 东湖 branch has a step overdue, steps due and one waiting today', async () => {
    const { store, close } = await seededStore('embedded');
    try {
      expect(await seedDemoDevelopment(store, FIXED_NOW)).toBe(true);
      const d = await dispatcherFor(store);
      const due = await ok(d.as(DEMO.eastBranchAdmin)('admin.developmentDue', { unitId: 'u-b-east' }));
      expect(due.overdue).toBe(1);
      expect(due.items.map((i: any) => [i.label, i.state])).toEqual([
        ['派人谈话', 'overdue'],
        ['支部大会讨论转正', 'due'],
        ['第一次半年考察', 'due'],
      ]);
      const probationers = await ok(
        d.as(DEMO.eastBranchAdmin)('admin.developmentDue', { unitId: 'u-b-east', stage: 'probationary' }),
      );
      expect(probationers.items.map((i: any) => i.state)).toEqual(['due', 'waiting']);
    } finally {
      await close();
    }
  });
});
