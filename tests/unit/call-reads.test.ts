import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withCallReads } from '../../cloudfunctions/store/call-reads';
import { countingStore, newOpCounts } from '../../cloudfunctions/store/counting';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import type { DocStore } from '../../cloudfunctions/store/types';

type Item = { _id: string; n: number; tags: string[] };
let shared: DocStore;

beforeEach(async () => {
  shared = await openEmbeddedStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'zhdj-reads-')), 'db'));
  await shared.collection<Item>('items').insert({ _id: 'a', n: 1, tags: ['x'] });
});
afterEach(() => shared.close());

function callStore() {
  const counts = newOpCounts();
  return { counts, store: withCallReads(countingStore(shared, counts)) };
}

test('a document read twice by id in one call reaches the store once', async () => {
  const { counts, store } = callStore();
  const first = await store.collection<Item>('items').get('a');
  const second = await store.collection<Item>('items').get('a');
  expect(second).toEqual(first);
  expect(counts.reads).toBe(1);
  expect(counts.reads).toBe(1);
});

test('a miss is not remembered: a document another call creates meanwhile is seen on the next read', async () => {
  const { counts, store } = callStore();
  expect(await store.collection<Item>('items').get('b')).toBeNull();
  await shared.collection<Item>('items').insert({ _id: 'b', n: 2, tags: [] });
  expect(await store.collection<Item>('items').get('b')).toEqual({ _id: 'b', n: 2, tags: [] });
  expect(counts.reads).toBe(2);
});

test('each reader gets its own copy', async () => {
  const { store } = callStore();
  const first = (await store.collection<Item>('items').get('a'))!;
  first.n = 99;
  first.tags.push('changed');
  expect(await store.collection<Item>('items').get('a')).toEqual({ _id: 'a', n: 1, tags: ['x'] });
});

test('a write to a collection, matched or not, makes the next read go to the store', async () => {
  const { counts, store } = callStore();
  const items = store.collection<Item>('items');
  await items.get('a');
  expect(await items.updateWhere({ _id: 'a', n: 5 }, { $inc: { n: 1 } })).toBe(0);
  await items.get('a');
  expect(counts.reads).toBe(2);
  await items.updateWhere({ _id: 'a' }, { $inc: { n: 1 } });
  expect((await items.get('a'))?.n).toBe(2);
  await items.removeWhere({ _id: 'a' });
  expect(await items.get('a')).toBeNull();
});

test('a change made by another call is seen by the next call, and other collections keep their reads', async () => {
  const { store } = callStore();
  await store.collection<Item>('items').get('a');
  await shared.collection<Item>('items').updateWhere({ _id: 'a' }, { $set: { n: 7 } });
  expect((await callStore().store.collection<Item>('items').get('a'))?.n).toBe(7);
  const { counts, store: next } = callStore();
  await next.collection<Item>('items').get('a');
  await next.collection<Item>('others').insert({ _id: 'o', n: 0, tags: [] });
  await next.collection<Item>('items').get('a');
  expect(counts.reads).toBe(1);
});
