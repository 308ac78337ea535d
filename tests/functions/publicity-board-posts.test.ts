import type { CallContext } from '../../cloudfunctions/kernel/context';
import { paragraphsHtml, postToBoard } from '../../cloudfunctions/modules/publicity/board-posts';
import type { DocStore } from '../../cloudfunctions/store/types';
import { FIXED_NOW, testCipher } from '../support/demo-store';
import { seededStore } from '../support/seeded-store';

/** `postToBoard`, the API other modules post 公示 with: idempotent on its source, even when raced. */
const DAY = 86_400_000;
const contextOn = (store: DocStore): CallContext => ({
  store,
  platform: {} as CallContext['platform'],
  pii: testCipher(),
  now: FIXED_NOW,
  caller: { kind: 'system' },
});
const post = (id: string, overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-b-east',
  kind: 'development_candidate' as const,
  title: '关于张三同志列为发展对象的公示',
  body: ['经支部委员会研究，拟将张三同志列为发展对象。', '如有异议，请在公示期内反映。'],
  startsAt: FIXED_NOW,
  endsAt: FIXED_NOW + 5 * DAY,
  source: { module: 'development', id },
  ...overrides,
});

describe.each(['embedded', 'postgres'] as const)('postToBoard on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
  }, 120_000);
  afterAll(() => close());

  test('three concurrent posts of one record make one item, and all return its id', async () => {
    const ctx = contextOn(store);
    const results = await Promise.all([0, 1, 2].map(() => postToBoard(ctx, post('dev-1'))));
    expect(new Set(results.map((r) => r.itemId)).size).toBe(1);
    const items = await store.collection('publicity_items').find({ 'source.id': 'dev-1' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ unitName: '东湖社区党支部', unitPath: ['u-committee', 'u-gb-com', 'u-b-east'] });
    expect(await postToBoard(ctx, post('dev-1', { title: '改过的标题' }))).toEqual(results[0]);
    expect(await store.collection('audit').count({ targetId: results[0]!.itemId })).toBe(1);
  });

  test('a period shorter than the kind requires is refused and stores nothing', async () => {
    const ctx = contextOn(store);
    await expect(postToBoard(ctx, post('dev-2', { endsAt: FIXED_NOW + 3 * DAY }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('至少 5 天'),
    });
    expect(await store.collection('publicity_items').count({ 'source.id': 'dev-2' })).toBe(0);
  });
});

test('plain paragraphs become escaped HTML paragraphs, blank lines dropped', () => {
  expect(paragraphsHtml('第一段 <b>\n\n  第二段 & 说明 ')).toBe('<p>第一段 &lt;b&gt;</p><p>第二段 &amp; 说明</p>');
});
