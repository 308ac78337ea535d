import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * The points rules hold for the whole deployment: only a super admin changes them. An org admin (over one
 * general branch, or even over the root) reads them and is refused a change, which leaves everything as it was.
 */
const GENERAL_BRANCH_ADMIN = DEMO.eastBranchAdmin;
const doubled = { rules: [{ rule: 'read_article', points: 20, dailyCap: 40, enabled: true }] };

let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  await store
    .collection('members')
    .updateWhere({ _id: GENERAL_BRANCH_ADMIN }, { $set: { role: 'org_admin', adminUnitId: 'u-gb-com' } });
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('an org admin over one general branch reads the rules but cannot change them; nothing changes', async () => {
  const before = await ok(d.as(GENERAL_BRANCH_ADMIN)('admin.pointsRules', {}));
  for (const admin of [GENERAL_BRANCH_ADMIN, DEMO.orgAdmin]) {
    const refused = await d.as(admin)('admin.pointsRulesSave', doubled);
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('FORBIDDEN');
    expect(refused.error.message).toMatch(/[\u4e00-\u9fa5]/);
  }
  expect(await ok(d.as(DEMO.orgAdmin)('admin.pointsRules', {}))).toEqual(before);
  expect(await store.collection('points_rules').count({})).toBe(0);
  expect(await store.collection('audit').count({ action: 'points.rules' })).toBe(0);
});

test('a super admin changes them, for everyone, and it is audited', async () => {
  const saved = await ok(d.as(DEMO.superAdmin)('admin.pointsRulesSave', doubled));
  expect(saved.rules.find((r: any) => r.rule === 'read_article')).toMatchObject({ points: 20, dailyCap: 40 });
  const seen = await ok(d.as(GENERAL_BRANCH_ADMIN)('admin.pointsRules', {}));
  expect(seen.rules.find((r: any) => r.rule === 'read_article')).toMatchObject({ points: 20, dailyCap: 40 });
  expect(await store.collection('audit').count({ action: 'points.rules' })).toBe(1);
});
