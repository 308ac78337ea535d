import { awardPoints } from '../../cloudfunctions/modules/points/points.service';
import type { CallContext } from '../../cloudfunctions/kernel/context';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, testCipher } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/** Points awards under parallel duplicate calls, on both stores: once per idempotency key, never past a cap. */
describe.each(['embedded', 'postgres'] as const)('points on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let ctx: CallContext;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    const member = await store.collection<any>('members').get(DEMO.member);
    ctx = {
      store,
      platform: d.services.platform,
      pii: testCipher(),
      now: FIXED_NOW,
      caller: { kind: 'member', member, openid: null },
    };
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  const award = (objectId: string) =>
    awardPoints(ctx, { member: (ctx.caller as any).member, rule: 'read_article', objectId, reason: '读完' });

  test('fifty identical awards at once give the points once', async () => {
    const given = await Promise.all(Array.from({ length: 50 }, () => award('same-article')));
    expect(given.filter((points) => points > 0)).toEqual([1]);
    const mine = await d.as(DEMO.member)('points.mine', {});
    expect(mine.data).toMatchObject({ balance: 1, total: 1 });
  });

  test('forty different awards at once stop exactly at the daily cap', async () => {
    const given = await Promise.all(Array.from({ length: 40 }, (_, i) => award(`article-${i}`)));
    // The default rule: 1 point each, 6 a day; one was given by the previous test.
    expect(given.reduce((sum, points) => sum + points, 0)).toBe(5);
    const mine = await d.as(DEMO.member)('points.mine', { limit: 100 });
    expect(mine.data.balance).toBe(6);
    expect(mine.data.total).toBe(6);
  });

  test('the next China-time day has a fresh cap', async () => {
    ctx = { ...ctx, now: FIXED_NOW + 86_400_000 };
    const given = await Promise.all(Array.from({ length: 10 }, (_, i) => award(`article-${i}`)));
    expect(given.reduce((sum, points) => sum + points, 0)).toBe(6);
  });
});
