import { createWxCloudStore } from '../../cloudfunctions/store/wxcloud';
import { toWxUpdate, toWxWhere } from '../../cloudfunctions/store/wxcloud-translate';
import { createFakeWxDatabase, fakeCommand } from '../support/fake-wx-database';
import { describeConformance } from './conformance';

// The WeChat database cannot be reached here: the adapter runs the conformance cases against a fake
// `cloud.database()` with MongoDB semantics. Unique indexes are made in the cloud console, not by code.
describeConformance(
  'wxcloud (translation to db.command)',
  async () => createWxCloudStore(createFakeWxDatabase()),
  undefined,
  {
    createsUniqueIndexes: false,
  },
);

describe('wxcloud translation', () => {
  test('field operators become commands, several on one field are joined with _.and', () => {
    expect(toWxWhere({ n: { $gt: 1, $lte: 3 }, name: 'x' }, fakeCommand)).toEqual({
      n: {
        __cmd: 'and',
        args: [
          { __cmd: 'gt', args: [1] },
          { __cmd: 'lte', args: [3] },
        ],
      },
      name: 'x',
    });
  });

  test('$or becomes _.or of translated parts, combined with plain fields through _.and', () => {
    expect(toWxWhere({ flag: true, $or: [{ n: 1 }, { n: { $ne: 2 } }] }, fakeCommand)).toEqual({
      __cmd: 'and',
      args: [{ flag: true }, { __cmd: 'or', args: [[{ n: 1 }, { n: { __cmd: 'neq', args: [2] } }]] }],
    });
  });

  test('every $set goes through _.set so nested objects are replaced, not merged', () => {
    expect(
      toWxUpdate(
        { $set: { nested: { a: 1 } }, $inc: { n: 2 }, $unset: { old: true }, $push: { tags: 'x' } },
        fakeCommand,
      ),
    ).toEqual({
      nested: { __cmd: 'set', args: [{ a: 1 }] },
      n: { __cmd: 'inc', args: [2] },
      old: { __cmd: 'remove', args: [] },
      tags: { __cmd: 'push', args: [['x']] },
    });
  });

  test('a duplicate-key error of the cloud database becomes a DuplicateKeyError', async () => {
    const store = createWxCloudStore(createFakeWxDatabase());
    const collection = store.collection('dup');
    await collection.insert({ _id: 'same' });
    await expect(collection.insert({ _id: 'same' })).rejects.toMatchObject({ name: 'DuplicateKeyError' });
  });
});
