import {
  DuplicateKeyError,
  StoreQueryError,
  type Doc,
  type DocStore,
  type Filter,
} from '../../cloudfunctions/store/types';

/**
 * The DocStore conformance suite: the same cases for every adapter. Each case uses its own collection,
 * so adapters that share one database between cases (PostgreSQL) need no cleaning in between.
 */
interface Item extends Doc {
  n?: number;
  name?: string;
  tags?: string[];
  nested?: { a?: { b?: number }; label?: string };
  flag?: boolean;
  seats?: number;
  list?: unknown[];
  code?: string;
}

const ITEMS: Item[] = [
  { _id: 'a', n: 1, name: 'alpha', tags: ['x', 'y'], nested: { a: { b: 1 }, label: 'one' }, flag: true },
  { _id: 'b', n: 2, name: 'beta', tags: ['y'], nested: { a: { b: 2 } }, flag: false },
  { _id: 'c', n: 3, name: 'gamma', tags: [], flag: true },
  { _id: 'd', n: 4, name: 'delta', tags: ['z', 'x'] },
  { _id: 'e', name: 'epsilon' },
];

export interface ConformanceOptions {
  /** False where indexes are made outside the code (the WeChat cloud console). */
  createsUniqueIndexes?: boolean;
}

export function describeConformance(
  label: string,
  openStore: () => Promise<DocStore>,
  closeStore?: () => Promise<void>,
  options: ConformanceOptions = {},
) {
  const uniqueTest = options.createsUniqueIndexes === false ? test.skip : test;
  describe(`DocStore conformance: ${label}`, () => {
    let store: DocStore;
    let counter = 0;
    const fresh = async (items: Item[] = ITEMS) => {
      counter += 1;
      const collection = store.collection<Item>(`t${counter}_${Date.now() % 100000}`);
      for (const item of items) await collection.insert(structuredClone(item));
      return collection;
    };
    const ids = (docs: Doc[]) => docs.map((doc) => doc._id);
    const matching = async (filter: Filter) => ids(await (await fresh()).find(filter, { sort: [['_id', 1]] })).join('');

    beforeAll(async () => {
      store = await openStore();
    });
    afterAll(async () => {
      await store.close();
      await closeStore?.();
    });

    test('insert, get by id, missing id reads as null', async () => {
      const collection = await fresh();
      expect(await collection.get('a')).toEqual(ITEMS[0]);
      expect(await collection.get('nope')).toBeNull();
    });

    test('inserting an existing _id is a DuplicateKeyError and changes nothing', async () => {
      const collection = await fresh();
      await expect(collection.insert({ _id: 'a', n: 99 })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await collection.get('a'))?.n).toBe(1);
    });

    test.each<[string, Filter, string]>([
      ['equality', { name: 'beta' }, 'b'],
      ['$eq', { n: { $eq: 3 } }, 'c'],
      ['$ne includes documents without the field', { n: { $ne: 3 } }, 'abde'],
      ['$gt', { n: { $gt: 2 } }, 'cd'],
      ['$gte', { n: { $gte: 2 } }, 'bcd'],
      ['$lt', { n: { $lt: 2 } }, 'a'],
      ['$lte with $gt (a range)', { n: { $gt: 1, $lte: 3 } }, 'bc'],
      ['$in', { n: { $in: [1, 4, 7] } }, 'ad'],
      ['$nin includes documents without the field', { n: { $nin: [1, 4] } }, 'bce'],
      ['$exists true', { flag: { $exists: true } }, 'abc'],
      ['$exists false', { flag: { $exists: false } }, 'de'],
      ['boolean equality', { flag: false }, 'b'],
      ['nested path', { 'nested.a.b': 2 }, 'b'],
      ['nested string', { 'nested.label': 'one' }, 'a'],
      ['array contains', { tags: 'x' }, 'ad'],
      ['array $ne means no element equals', { tags: { $ne: 'x' } }, 'bce'],
      ['array $in means any element in the list', { tags: { $in: ['z', 'y'] } }, 'abd'],
      [
        'a long $in (past the short-list form), on numbers, ids and arrays',
        {
          $or: [
            { n: { $in: [1, 4, 7, 8, 9, 10, 11, 12, 13, 14] } },
            { tags: { $in: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'y', 'z'] } },
          ],
        },
        'abd',
      ],
      ['a long $in on _id', { _id: { $in: ['a', 'c', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8'] } }, 'ac'],
      ['_id equality', { _id: 'e' }, 'e'],
      ['array $nin means no element in the list', { tags: { $nin: ['x', 'y'] } }, 'ce'],
      ['$and', { $and: [{ flag: true }, { n: { $gt: 1 } }] }, 'c'],
      ['$or', { $or: [{ name: 'alpha' }, { n: 4 }] }, 'ad'],
      ['fields and $or together', { flag: true, $or: [{ n: 1 }, { n: 3 }] }, 'ac'],
      ['comparison never matches another type', { name: { $gt: 0 } }, ''],
      ['empty filter matches all', {}, 'abcde'],
    ])('filter: %s', async (_name, filter, expected) => {
      expect(await matching(filter)).toBe(expected);
    });

    test('count uses the same filters', async () => {
      const collection = await fresh();
      expect(await collection.count({})).toBe(5);
      expect(await collection.count({ tags: 'x' })).toBe(2);
      expect(await collection.count({ n: { $gte: 3 } })).toBe(2);
    });

    test('sort ascending, descending and by two keys', async () => {
      const collection = await fresh([
        { _id: 'p', n: 2, name: 'b' },
        { _id: 'q', n: 1, name: 'c' },
        { _id: 'r', n: 2, name: 'a' },
        { _id: 's', n: 3, name: 'a' },
      ]);
      expect(ids(await collection.find({}, { sort: [['n', 1]] }))).toEqual(['q', 'p', 'r', 's']);
      expect(ids(await collection.find({}, { sort: [['n', -1]] }))).toEqual(['s', 'p', 'r', 'q']);
      expect(
        ids(
          await collection.find(
            {},
            {
              sort: [
                ['name', 1],
                ['n', -1],
              ],
            },
          ),
        ),
      ).toEqual(['s', 'r', 'p', 'q']);
    });

    test('paging past 100 with skip returns every document exactly once', async () => {
      const many: Item[] = Array.from({ length: 250 }, (_, i) => ({ _id: `k${String(i).padStart(3, '0')}`, n: i % 7 }));
      const collection = await fresh(many);
      const seen: string[] = [];
      for (let skip = 0; ; skip += 100) {
        const page = await collection.find({}, { sort: [['n', 1]], skip, limit: 100 });
        seen.push(...ids(page));
        if (page.length < 100) break;
      }
      expect(seen).toHaveLength(250);
      expect(new Set(seen).size).toBe(250);
      expect(await collection.find({}, { limit: 101 }).catch((error: unknown) => error)).toBeInstanceOf(
        StoreQueryError,
      );
    });

    test('$set creates nested fields and replaces values', async () => {
      const collection = await fresh();
      expect(await collection.updateWhere({ _id: 'c' }, { $set: { 'nested.a.b': 7, name: 'GAMMA' } })).toBe(1);
      const doc = await collection.get('c');
      expect(doc?.nested).toEqual({ a: { b: 7 } });
      expect(doc?.name).toBe('GAMMA');
      await collection.updateWhere({ _id: 'a' }, { $set: { nested: { label: 'new' } } });
      expect((await collection.get('a'))?.nested).toEqual({ label: 'new' });
    });

    test('$unset removes a field', async () => {
      const collection = await fresh();
      await collection.updateWhere({ _id: 'a' }, { $unset: { flag: true, 'nested.label': true } });
      const doc = await collection.get('a');
      expect(doc && 'flag' in doc).toBe(false);
      expect(doc?.nested).toEqual({ a: { b: 1 } });
    });

    test('$inc adds, and starts a missing field from zero', async () => {
      const collection = await fresh();
      await collection.updateWhere({ _id: 'a' }, { $inc: { n: 5, 'nested.a.b': -1 } });
      await collection.updateWhere({ _id: 'e' }, { $inc: { n: 2 } });
      expect((await collection.get('a'))?.n).toBe(6);
      expect((await collection.get('a'))?.nested?.a?.b).toBe(0);
      expect((await collection.get('e'))?.n).toBe(2);
    });

    test('$push appends, $addToSet appends once, $pull removes every equal element', async () => {
      const collection = await fresh();
      await collection.updateWhere({ _id: 'a' }, { $push: { tags: 'x' } });
      expect((await collection.get('a'))?.tags).toEqual(['x', 'y', 'x']);
      await collection.updateWhere({ _id: 'a' }, { $addToSet: { tags: 'y' } });
      await collection.updateWhere({ _id: 'a' }, { $addToSet: { tags: 'w' } });
      expect((await collection.get('a'))?.tags).toEqual(['x', 'y', 'x', 'w']);
      await collection.updateWhere({ _id: 'a' }, { $pull: { tags: 'x' } });
      expect((await collection.get('a'))?.tags).toEqual(['y', 'w']);
      await collection.updateWhere({ _id: 'e' }, { $push: { list: { k: 1 } } });
      await collection.updateWhere({ _id: 'e' }, { $addToSet: { list: { k: 1 } } });
      expect((await collection.get('e'))?.list).toEqual([{ k: 1 }]);
    });

    test('conditional update reports matches; multi updates every match; no match changes nothing', async () => {
      const collection = await fresh();
      expect(await collection.updateWhere({ _id: 'a', n: { $gt: 5 } }, { $set: { name: 'x' } })).toBe(0);
      expect((await collection.get('a'))?.name).toBe('alpha');
      expect(await collection.updateWhere({ flag: true }, { $set: { name: 'one' } })).toBe(1);
      expect(await collection.count({ name: 'one' })).toBe(1);
      expect(await collection.updateWhere({ tags: 'x' }, { $inc: { n: 10 } }, { multi: true })).toBe(2);
      expect(ids(await collection.find({ n: { $gte: 10 } }))).toEqual(['a', 'd']);
    });

    test('removeWhere removes one, or every match with multi', async () => {
      const collection = await fresh();
      expect(await collection.removeWhere({ tags: 'x' })).toBe(1);
      expect(await collection.count({})).toBe(4);
      expect(await collection.removeWhere({ n: { $exists: true } }, { multi: true })).toBe(3);
      expect(ids(await collection.find({}))).toEqual(['e']);
    });

    // Skipped only where the adapter cannot create indexes (see ConformanceOptions).
    uniqueTest(
      'unique index: a second equal value is refused, documents without the field do not collide',
      async () => {
        counter += 1;
        const name = `u${counter}_${Date.now() % 100000}`;
        await store.ensureCollection(name, [{ fields: ['code'], unique: true }, { fields: ['n'] }]);
        await store.ensureCollection(name, [{ fields: ['code'], unique: true }, { fields: ['n'] }]);
        const collection = store.collection<Item>(name);
        await collection.insert({ _id: '1', code: 'A' });
        await collection.insert({ _id: '2' });
        await collection.insert({ _id: '3' });
        await expect(collection.insert({ _id: '4', code: 'A' })).rejects.toMatchObject({
          name: 'DuplicateKeyError',
          field: 'code',
        });
        await collection.insert({ _id: '5', code: 'B' });
        await expect(collection.updateWhere({ _id: '5' }, { $set: { code: 'A' } })).rejects.toBeInstanceOf(
          DuplicateKeyError,
        );
        expect(await collection.count({})).toBe(4);
      },
    );

    test('concurrent conditional increments never pass the cap', async () => {
      const collection = await fresh([{ _id: 'seat', seats: 0 }]);
      const cap = 10;
      const results = await Promise.all(
        Array.from({ length: 60 }, () =>
          collection.updateWhere({ _id: 'seat', seats: { $lt: cap } }, { $inc: { seats: 1 } }),
        ),
      );
      expect(results.reduce((sum, n) => sum + n, 0)).toBe(cap);
      expect((await collection.get('seat'))?.seats).toBe(cap);
    });

    test.each<[string, Filter]>([
      ['$where', { name: { $where: 'return true' } }],
      ['$regex', { name: { $regex: '.*' } }],
      ['a bad path', { 'name;drop': 1 }],
      ['operators mixed with fields', { nested: { $gt: 1, a: 1 } }],
      ['$in without an array', { n: { $in: 1 } }],
    ])('refuses %s with a StoreQueryError', async (_name, filter) => {
      const collection = await fresh();
      await expect(collection.find(filter)).rejects.toBeInstanceOf(StoreQueryError);
    });

    test('refuses unsupported update operators and _id changes', async () => {
      const collection = await fresh();
      await expect(collection.updateWhere({ _id: 'a' }, { $rename: { n: 'm' } } as never)).rejects.toBeInstanceOf(
        StoreQueryError,
      );
      await expect(collection.updateWhere({ _id: 'a' }, { $set: { _id: 'z' } })).rejects.toBeInstanceOf(
        StoreQueryError,
      );
      expect(await collection.get('a')).toEqual(ITEMS[0]);
    });
  });
}
