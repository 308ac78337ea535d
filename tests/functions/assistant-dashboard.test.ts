import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoAssistant } from '../../scripts/seed/demo-assistant';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * 问一问 on the console: questions this month and how many members asked, per unit and rolled up, equal to a
 * direct count over the daily counters — after questions on two days, a refusal, and a member's first two
 * questions sent at once — and the nightly reconcile finds nothing to repair. No question text is counted.
 */
const DAY = 86_400_000;
const MONTH = new Date(FIXED_NOW + 8 * 3_600_000).toISOString().slice(0, 7);
const UNITS = ['u-committee', 'u-b-east', 'u-b-west'];
const SECRET_QUESTION = '党员有哪些权利';

describe.each(['embedded', 'postgres'] as const)('问一问 counts on the console on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  const ask = (memberId: string, question: string) => ok(d.as(memberId)('assistant.ask', { question }));

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    await seedDemoStudy(store, FIXED_NOW);
    await seedDemoAssistant(store, FIXED_NOW);
    d = await dispatcherFor(store);
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  async function all(name: string): Promise<any[]> {
    const out: any[] = [];
    for (let skip = 0; ; skip += 100) {
      const page = await store.collection<any>(name).find({}, { sort: [['_id', 1]], skip, limit: 100 });
      out.push(...page);
      if (page.length < 100) return out;
    }
  }

  async function direct(unitId: string) {
    const members = (await all('members')).filter((member) => member.unitPath.includes(unitId));
    const ids = new Set(members.map((member) => member._id));
    const counters = (await all('assistant_quota')).filter(
      (counter) => ids.has(counter.memberId) && counter.day.startsWith(MONTH),
    );
    return {
      questions: counters.reduce((sum, counter) => sum + counter.used, 0),
      members: new Set(counters.map((counter) => counter.memberId)).size,
    };
  }

  it('shows each unit the questions asked in it this month and by how many members', async () => {
    const start = d.clock.now;
    await ask(DEMO.member, SECRET_QUESTION);
    await ask(DEMO.member, '明天的天气怎么样');
    await ask(DEMO.eastBranchAdmin, '党费交纳比例');
    await Promise.all([ask('m-013', '党的根本宗旨是什么'), ask('m-013', '留党察看最长多久')]);
    d.clock.now = start + DAY;
    await ask(DEMO.member, '主题党日怎么开');
    await ask('m-014', '遵义会议是哪一年召开的');

    for (const unitId of UNITS) {
      const dashboard = await ok(d.as(DEMO.superAdmin)('admin.dashboard', { unitId, anchor: `${MONTH}-15` }));
      expect({ unitId, ...dashboard.assistantThisMonth }).toEqual({ unitId, ...(await direct(unitId)) });
    }
    const committee = await ok(
      d.as(DEMO.superAdmin)('admin.dashboard', { unitId: 'u-committee', anchor: `${MONTH}-15` }),
    );
    expect(committee.assistantThisMonth).toEqual({ questions: 7, members: 4 });
    // The monthly report carries the same counts, per unit and per branch.
    const report = await ok(d.as(DEMO.superAdmin)('admin.monthlyReport', { unitId: 'u-committee', month: MONTH }));
    expect(report.figures.assistant).toEqual({ questions: 7, members: 4 });
    for (const branch of report.branches)
      expect({ unitId: branch.unitId, ...branch.figures.assistant }).toEqual({
        unitId: branch.unitId,
        ...(await direct(branch.unitId)),
      });

    const aggregates = JSON.stringify([...(await all('unit_days')), ...(await all('unit_months'))]);
    expect(aggregates).not.toContain(SECRET_QUESTION);
    expect(await ok(d.system('system.reconcileAggregates'))).toMatchObject({ days: 0, months: 0 });
  });
});
