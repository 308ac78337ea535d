import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, ok, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * `system.setup` marks 违纪扣分 as a deduction on scheme versions saved before the 扣分项 flag, so it no longer
 * raises their maximum; a closed period keeps the scores it kept, a scheme saved since keeps its own choice, and
 * a second run changes nothing. Both stores.
 */
const ROOT = 'u-committee';
const STUDY = { key: 'study_minutes', label: '学习时长', source: 'study_minutes', weight: 0.1, cap: 90 } as const;
const DISCIPLINE = { key: 'discipline', label: '违纪扣分', source: 'manual', weight: 1, cap: 10 } as const;

describe.each(['embedded', 'postgres'] as const)('old schemes and 违纪扣分 on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  let member: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    d = await dispatcherFor(store);
    d.clock.now = FIXED_NOW;
    const [east] = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member' }, { sort: [['_id', 1]], limit: 1 });
    member = east._id;
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await close();
  });

  /** A version stored as saves wrote it before the flag: no `deduction`, no `deductionsFlagged`. */
  async function insertOldScheme(name: string) {
    const schemes = store.collection<any>('assessment_schemes');
    const [latest] = await schemes.find({ unitId: ROOT }, { sort: [['version', -1]], limit: 1 });
    const version = (latest?.version ?? 0) + 1;
    const doc = {
      _id: `${ROOT}_v${version}`,
      unitId: ROOT,
      unitPath: [ROOT],
      name,
      periodKind: 'year',
      version,
      indicators: [STUDY, DISCIPLINE],
      createdBy: DEMO.orgAdmin,
      createdByName: '旧版本',
      createdAt: FIXED_NOW - 86_400_000,
    };
    await schemes.insert(doc);
    return doc._id;
  }

  test('bad input to the setup route changes no scheme', async () => {
    const before = await store.collection('assessment_schemes').find({}, { sort: [['_id', 1]], limit: 100 });
    const refused = await d.as(DEMO.superAdmin)('system.setup', {});
    expect(refused.ok).toBe(false);
    expect(await store.collection('assessment_schemes').find({}, { sort: [['_id', 1]], limit: 100 })).toEqual(before);
  });

  test('the old scheme loses 违纪扣分 from its maximum, the closed period keeps its scores, a rerun does nothing', async () => {
    const oldId = await insertOldScheme('旧版考核方案');
    const open = await ok(d.as(member)('me.assessment', { periodId: '2026' }));
    expect(open.score.maxTotal).toBe(STUDY.cap + DISCIPLINE.cap);
    await ok(d.as(DEMO.orgAdmin)('admin.assessmentClose', { unitId: ROOT, periodId: '2025' }));
    const closed = await ok(d.as(member)('me.assessment', { periodId: '2025' }));
    expect(closed.score.maxTotal).toBe(STUDY.cap + DISCIPLINE.cap);

    const setup = await ok(d.system('system.setup'));
    expect(setup.disciplineDeductions).toEqual({ migrated: 1 });
    const scheme = await store.collection<any>('assessment_schemes').get(oldId);
    expect(scheme.indicators).toEqual([STUDY, { ...DISCIPLINE, deduction: true }]);
    expect((await ok(d.as(member)('me.assessment', { periodId: '2026' }))).score.maxTotal).toBe(STUDY.cap);
    expect(await ok(d.as(member)('me.assessment', { periodId: '2025' }))).toEqual(closed);
    const closure = await store.collection<any>('assessment_periods').get(`${ROOT}_2025`);
    expect(closure.maxTotal).toBe(STUDY.cap + DISCIPLINE.cap);

    expect((await ok(d.system('system.setup'))).disciplineDeductions).toEqual({ migrated: 0 });
    expect(await store.collection<any>('assessment_schemes').get(oldId)).toEqual(scheme);
  });

  test('a scheme saved since the flag keeps 违纪扣分 as 加分 when that was chosen', async () => {
    const saved = await ok(
      d.as(DEMO.orgAdmin)('admin.assessmentSchemeSave', {
        unitId: ROOT,
        name: '新版考核方案',
        periodKind: 'year',
        indicators: [STUDY, DISCIPLINE],
      }),
    );
    expect((await ok(d.system('system.setup'))).disciplineDeductions).toEqual({ migrated: 0 });
    const scheme = await store.collection<any>('assessment_schemes').get(saved.schemeId);
    expect(scheme.indicators).toEqual([STUDY, DISCIPLINE]);
  });

  test('a scheme whose only indicator is 违纪扣分 keeps it, so it still has a maximum', async () => {
    const schemes = store.collection<any>('assessment_schemes');
    const oldId = await insertOldScheme('只有扣分的旧方案');
    await schemes.updateWhere({ _id: oldId }, { $set: { indicators: [DISCIPLINE] } });
    expect((await ok(d.system('system.setup'))).disciplineDeductions).toEqual({ migrated: 0 });
    expect((await schemes.get(oldId)).indicators).toEqual([DISCIPLINE]);
  });
});
