import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import { openEmbeddedStore, toNedbQuery } from '../../cloudfunctions/store/embedded';
import { idWalkBounds } from '../../cloudfunctions/store/embedded-id-walk';
import { describeConformance } from './conformance';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-embedded-'));

describeConformance(
  'embedded (nedb, file-backed)',
  () => openEmbeddedStore(dir),
  async () => rmSync(dir, { recursive: true, force: true }),
);

describe('embedded keyset paging', () => {
  const pagingDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-embedded-paging-'));
  afterAll(() => rmSync(pagingDir, { recursive: true, force: true }));

  test('paging 20,000 documents by _id in pages of 100 visits each one once, in order', async () => {
    const store = await openEmbeddedStore(pagingDir);
    try {
      const docs = store.collection<{ _id: string; n: number; odd: boolean }>('paged');
      // Inserted out of order, so the order read back is the index's, not the insertion's.
      const ids = Array.from({ length: 20_000 }, (_, i) => `d-${String((i * 7919) % 20_000).padStart(5, '0')}`);
      for (let i = 0; i < ids.length; i += 500)
        await Promise.all(
          ids
            .slice(i, i + 500)
            .map((id) => docs.insert({ _id: id, n: Number(id.slice(2)), odd: Number(id.slice(2)) % 2 === 1 })),
        );
      const seen: string[] = [];
      let pagesRead = 0;
      for (let after = ''; ; pagesRead += 1) {
        const page = await docs.find({ _id: { $gt: after } }, { sort: [['_id', 1]], limit: 100 });
        seen.push(...page.map((doc) => doc._id));
        if (page.length < 100) break;
        after = page[page.length - 1]!._id;
      }
      expect(pagesRead).toBe(200);
      expect(seen).toEqual([...ids].sort());

      // With a filter on a field no index covers, and an upper bound: still every match once, in order.
      const odd: number[] = [];
      for (let after = ''; ;) {
        const page = await docs.find(
          { odd: true, _id: { $gt: after, $lt: 'd-10000' } },
          { sort: [['_id', 1]], limit: 100 },
        );
        odd.push(...page.map((doc) => doc.n));
        if (page.length < 100) break;
        after = page[page.length - 1]!._id;
      }
      expect(odd).toEqual(Array.from({ length: 5_000 }, (_, i) => 2 * i + 1));
      // Skip-paging and unsorted finds agree with the keyset walk.
      expect((await docs.find({}, { skip: 19_950, limit: 100 })).map((doc) => doc._id)).toEqual(
        [...ids].sort().slice(19_950),
      );
      // Pages are copies: changing one does not change the store.
      const [first] = await docs.find({}, { limit: 1 });
      first!.n = -1;
      expect((await docs.get(first!._id))!.n).not.toBe(-1);
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('embedded query translation', () => {
  test('both bounds of a range stay in one clause, where nedb and the _id walk use them', () => {
    expect(toNedbQuery({ _id: { $gte: 'u-1:2026-01-01', $lte: 'u-1:2026-04-10' } })).toEqual({
      _id: { $gte: 'u-1:2026-01-01', $lte: 'u-1:2026-04-10' },
    });
    expect(toNedbQuery({ day: { $gt: 'a', $lt: 'b', $ne: 'ab' }, unitId: 'u-1' })).toEqual({
      $not: { day: 'ab' },
      day: { $gt: 'a', $lt: 'b' },
      unitId: 'u-1',
    });
  });
});

describe('embedded _id walk', () => {
  test('walks by _id unless nedb would answer from another index', async () => {
    const db = new Datastore();
    await db.ensureIndexAsync({ fieldName: ['memberId', 'completedAt'] });
    await db.ensureIndexAsync({ fieldName: 'status' });
    const after = { $gt: 'p-100' };
    // A compound index covered only in part is not used by nedb: the keyset page walks (it used to sort every
    // later document for each page, so paging a collection cost the square of its size).
    expect(idWalkBounds(db, { completedAt: { $exists: true }, _id: after })).toEqual(after);
    expect(idWalkBounds(db, { memberId: 'm-1', _id: after })).toEqual(after);
    // Indexes nedb does use keep the query: an equality, a full compound equality, $in, a range.
    expect(idWalkBounds(db, { status: 'done', _id: after })).toBeNull();
    expect(idWalkBounds(db, { memberId: 'm-1', completedAt: 5, _id: after })).toBeNull();
    expect(idWalkBounds(db, { status: { $in: ['a', 'b'] }, _id: after })).toBeNull();
    expect(idWalkBounds(db, { status: { $gte: 'a' }, _id: after })).toBeNull();
  });
});
