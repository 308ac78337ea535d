import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallContext } from '../../cloudfunctions/kernel/context';
import { consumer, drainEvents, installConsumers, publish } from '../../cloudfunctions/kernel/events';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * The outbox when one consumer of an event finishes and a later one fails: the drain runs only what is still
 * owed, so a function that delivers every consumer in-process counts nothing twice (docs/architecture.md).
 */
const NOW = Date.UTC(2026, 10, 22, 8, 0, 0);
let store: DocStore;
let failuresLeft: number;

const runs = { counting: 0, flaky: 0 };
const countingConsumer = consumer({
  name: 'counting',
  types: ['content.changed'],
  plan: async (_event, ctx) => [
    async () => {
      runs.counting += 1;
      await ctx.store.collection('outbox_tallies').insert({ _id: `t-${runs.counting}` });
    },
  ],
});
const flakyConsumer = consumer({
  name: 'flaky',
  types: ['content.changed'],
  plan: async () => [
    async () => {
      runs.flaky += 1;
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('the store went away');
      }
    },
  ],
});

const ctxAt = (now: number) => ({ store, now }) as unknown as CallContext;

beforeAll(async () => {
  store = await openEmbeddedStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'zhdj-outbox-')), 'db'));
  installConsumers([countingConsumer, flakyConsumer]);
});

test('a later consumer failing leaves the event for the drain, which runs only that consumer again', async () => {
  failuresLeft = 1;
  await publish(ctxAt(NOW), { type: 'content.changed', payload: { contentId: 'c-1' } });
  expect(runs).toEqual({ counting: 1, flaky: 1 });
  expect(await store.collection('events').count({})).toBe(1);

  expect(await drainEvents(ctxAt(NOW + 1))).toEqual({ delivered: 1, waiting: 0 });
  expect(runs).toEqual({ counting: 1, flaky: 2 });
  expect(await store.collection('outbox_tallies').count({})).toBe(1);
});
