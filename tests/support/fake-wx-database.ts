import Datastore from '@seald-io/nedb';
import { toNedbQuery } from '../../cloudfunctions/store/embedded';
import type { Filter } from '../../cloudfunctions/store/types';
import type { WxDatabase } from '../../cloudfunctions/store/wxcloud';
import type { WxCommand } from '../../cloudfunctions/store/wxcloud-translate';

/**
 * A stand-in for `cloud.database()` at the edge of WeChat: commands are recorded as tagged objects and
 * evaluated with MongoDB semantics (which the WeChat cloud database has) on an in-memory nedb store.
 * It lets the wxcloud adapter run the same conformance cases as the real adapters.
 */
interface Tagged {
  __cmd: string;
  args: unknown[];
}

const tag =
  (name: string) =>
  (...args: unknown[]): Tagged => ({ __cmd: name, args });
const isTagged = (value: unknown): value is Tagged => typeof value === 'object' && value !== null && '__cmd' in value;

export const fakeCommand: WxCommand = {
  eq: tag('eq'),
  neq: tag('neq'),
  gt: tag('gt'),
  gte: tag('gte'),
  lt: tag('lt'),
  lte: tag('lte'),
  in: tag('in'),
  nin: tag('nin'),
  exists: tag('exists'),
  and: tag('and'),
  or: tag('or'),
  set: tag('set'),
  remove: tag('remove'),
  inc: tag('inc'),
  push: tag('push'),
  addToSet: tag('addToSet'),
  pull: tag('pull'),
};

const FIELD_OPS: Record<string, string> = {
  eq: '$eq',
  neq: '$ne',
  gt: '$gt',
  gte: '$gte',
  lt: '$lt',
  lte: '$lte',
  in: '$in',
  nin: '$nin',
  exists: '$exists',
};

function fieldOperators(command: Tagged): Record<string, unknown> {
  if (command.__cmd === 'and') return Object.assign({}, ...command.args.map((arg) => fieldOperators(arg as Tagged)));
  const op = FIELD_OPS[command.__cmd];
  if (!op) throw new Error(`not a field command: ${command.__cmd}`);
  return { [op]: command.args[0] };
}

export function whereToFilter(where: unknown): Filter {
  if (isTagged(where)) {
    const parts = (where.__cmd === 'or' ? (where.args[0] as unknown[]) : where.args).map(whereToFilter);
    return where.__cmd === 'or' ? { $or: parts } : { $and: parts };
  }
  const filter: Filter = {};
  for (const [path, value] of Object.entries(where as Record<string, unknown>)) {
    filter[path] = isTagged(value) ? fieldOperators(value) : value;
  }
  return filter;
}

function dataToUpdate(data: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const update: Record<string, Record<string, unknown>> = {};
  const put = (op: string, path: string, value: unknown) => ((update[op] ??= {})[path] = value);
  for (const [path, value] of Object.entries(data)) {
    if (!isTagged(value)) throw new Error('the adapter must wrap every update in a command');
    const [arg] = value.args;
    if (value.__cmd === 'set') put('$set', path, arg);
    else if (value.__cmd === 'remove') put('$unset', path, true);
    else if (value.__cmd === 'inc') put('$inc', path, arg);
    else if (value.__cmd === 'push') put('$push', path, { $each: arg });
    else if (value.__cmd === 'addToSet') put('$addToSet', path, arg);
    else if (value.__cmd === 'pull') put('$pull', path, arg);
  }
  return update;
}

export function createFakeWxDatabase(): WxDatabase & { calls: string[] } {
  const collections = new Map<string, Datastore>();
  const calls: string[] = [];
  const datastore = (name: string) => {
    let db = collections.get(name);
    if (!db) collections.set(name, (db = new Datastore({ inMemoryOnly: true })));
    return db;
  };

  const query = (name: string, where: unknown, order: Record<string, 1 | -1> = {}, skip = 0, limit = 20) => {
    const mongoQuery = toNedbQuery(whereToFilter(where)) as never;
    return {
      where: (next: unknown) => query(name, next, order, skip, limit),
      orderBy: (field: string, direction: 'asc' | 'desc') =>
        query(name, where, { ...order, [field]: direction === 'asc' ? 1 : -1 }, skip, limit),
      skip: (n: number) => query(name, where, order, n, limit),
      limit: (n: number) => {
        if (n > 100) throw new Error('the cloud database returns at most 100 documents');
        return query(name, where, order, skip, n);
      },
      get: async () => {
        calls.push(`get ${name}`);
        return { data: await datastore(name).findAsync(mongoQuery).sort(order).skip(skip).limit(limit) };
      },
      count: async () => ({ total: await datastore(name).countAsync(mongoQuery) }),
      update: async ({ data }: { data: unknown }) => {
        calls.push(`update ${name}`);
        const result = await datastore(name).updateAsync(
          mongoQuery,
          dataToUpdate(data as Record<string, unknown>) as never,
          { multi: true },
        );
        return { stats: { updated: result.numAffected } };
      },
      remove: async () => ({ stats: { removed: await datastore(name).removeAsync(mongoQuery, { multi: true }) } }),
    };
  };

  return {
    calls,
    command: fakeCommand,
    createCollection: async (name: string) => {
      if (collections.has(name)) throw new Error(`collection ${name} already exists`);
      datastore(name);
    },
    collection: (name: string) => ({
      ...query(name, {}),
      doc: (id: string) => ({
        get: async () => ({ data: (await datastore(name).findOneAsync({ _id: id })) ?? null }),
      }),
      add: async ({ data }: { data: unknown }) => {
        try {
          const doc = await datastore(name).insertAsync(data as never);
          return { _id: (doc as { _id: string })._id };
        } catch (error) {
          throw Object.assign(new Error(String((error as Error).message)), { errCode: -502001 });
        }
      },
    }),
  };
}
