import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import Datastore from '@seald-io/nedb';
import { idWalkBounds, walkById } from './embedded-id-walk';
import { assertFilter, assertUpdate, isOperatorObject, normalisePage } from './query-guard';
import {
  DuplicateKeyError,
  type Collection,
  type Doc,
  type DocStore,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Update,
} from './types';

/**
 * The embedded adapter: one append-only file per collection under `dir`, held in memory.
 * nedb runs each collection's operations one at a time, so a conditional update is atomic.
 */
type NedbQuery = Record<string, unknown>;

/** nedb matches `$ne`/`$nin` element-wise on arrays; MongoDB means "no element matches". Rewrite to `$not`. */
export function toNedbQuery(filter: Filter): NedbQuery {
  const clauses: NedbQuery[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      clauses.push({ [key]: (value as Filter[]).map(toNedbQuery) });
    } else if (isOperatorObject(value)) {
      // The operators nedb takes as they are stay together in one clause: split, a range's upper bound went
      // to $and, and a walk or index scan bounded only below read the rest of the collection.
      const kept: NedbQuery = {};
      for (const [op, operand] of Object.entries(value)) {
        if (op === '$ne') clauses.push({ $not: { [key]: operand } });
        else if (op === '$nin') clauses.push({ $not: { [key]: { $in: operand } } });
        else if (op === '$eq') clauses.push({ [key]: operand });
        else kept[op] = operand;
      }
      if (Object.keys(kept).length > 0) clauses.push({ [key]: kept });
    } else {
      clauses.push({ [key]: value });
    }
  }
  // nedb picks an index only from top-level fields, so merge clauses into one object where keys allow
  // and keep $and for the rest.
  const merged: NedbQuery = {};
  const rest: NedbQuery[] = [];
  for (const clause of clauses) {
    const [key] = Object.keys(clause);
    if (key !== undefined && Object.keys(clause).length === 1 && !(key in merged)) merged[key] = clause[key];
    else rest.push(clause);
  }
  if (rest.length === 0) return merged;
  if ('$and' in merged) rest.push({ $and: merged.$and });
  delete merged.$and;
  return { ...merged, $and: rest };
}

function isUniqueViolation(error: unknown): error is Error & { key?: unknown } {
  return error instanceof Error && (error as { errorType?: string }).errorType === 'uniqueViolated';
}

/** nedb names the clashing value, not the field: find which unique field of the written values holds it. */
function violatedField(
  error: { key?: unknown },
  uniqueFields: string[],
  written: Record<string, unknown>,
): string | undefined {
  return ['_id', ...uniqueFields].find((field) => field in written && written[field] === error.key);
}

class EmbeddedCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly db: Datastore<T>,
    private readonly uniqueFields: string[],
  ) {}

  async get(id: string): Promise<T | null> {
    return (await this.db.findOneAsync({ _id: id } as never)) ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    const { limit, skip } = normalisePage(options);
    const query = toNedbQuery(filter);
    const byIdOnly = (options.sort ?? []).every(([field, direction]) => field === '_id' && direction === 1);
    const bounds = byIdOnly ? idWalkBounds(this.db as Datastore<unknown>, query) : null;
    if (bounds) return walkById(this.db, query, bounds, skip, limit);
    const sort: Record<string, 1 | -1> = {};
    for (const [field, direction] of options.sort ?? []) sort[field] = direction;
    if (!('_id' in sort)) sort._id = 1;
    return this.db
      .findAsync(query as never)
      .sort(sort)
      .skip(skip)
      .limit(limit);
  }

  async count(filter: Filter): Promise<number> {
    assertFilter(filter);
    return this.db.countAsync(toNedbQuery(filter) as never);
  }

  async insert(doc: T): Promise<T> {
    try {
      return await this.db.insertAsync(doc);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const field = violatedField(error, this.uniqueFields, doc as unknown as Record<string, unknown>);
        throw new DuplicateKeyError(this.name, field, error.message);
      }
      throw error;
    }
  }

  async updateWhere(filter: Filter, update: Update, options: { multi?: boolean } = {}): Promise<number> {
    assertFilter(filter);
    assertUpdate(update);
    try {
      const { numAffected } = await this.db.updateAsync(toNedbQuery(filter) as never, update as never, {
        multi: options.multi ?? false,
      });
      return numAffected;
    } catch (error) {
      if (isUniqueViolation(error)) {
        const field = violatedField(error, this.uniqueFields, update.$set ?? {});
        throw new DuplicateKeyError(this.name, field, error.message);
      }
      throw error;
    }
  }

  async removeWhere(filter: Filter, options: { multi?: boolean } = {}): Promise<number> {
    assertFilter(filter);
    return this.db.removeAsync(toNedbQuery(filter) as never, { multi: options.multi ?? false });
  }
}

/**
 * nedb keeps each file in memory, so two instances on one directory would each miss the other's writes.
 * Within a process every opener of a directory shares one store; it closes when the last one closes.
 */
const shared = new Map<string, { store: Promise<DocStore>; users: number }>();

export async function openEmbeddedStore(dir: string): Promise<DocStore> {
  const key = path.resolve(dir);
  let entry = shared.get(key);
  if (!entry) {
    entry = { store: openDirectory(key), users: 0 };
    shared.set(key, entry);
  }
  entry.users += 1;
  const store = await entry.store;
  let closed = false;
  return {
    ...store,
    collection: (name) => store.collection(name),
    async close() {
      if (closed) return;
      closed = true;
      const current = shared.get(key);
      if (!current) return;
      current.users -= 1;
      if (current.users === 0) {
        shared.delete(key);
        await store.close();
      }
    },
  };
}

async function openDirectory(dir: string): Promise<DocStore> {
  await mkdir(dir, { recursive: true });
  const datastores = new Map<string, Datastore<Doc>>();
  const loading = new Map<string, Promise<void>>();
  const uniqueFields = new Map<string, string[]>();

  const datastore = (name: string): Datastore<Doc> => {
    let db = datastores.get(name);
    if (!db) {
      db = new Datastore<Doc>({ filename: path.join(dir, `${name}.db`) });
      datastores.set(name, db);
      // Operations queue behind the load, so callers need not wait for it themselves.
      loading.set(name, db.loadDatabaseAsync());
    }
    return db;
  };

  return {
    driver: 'embedded',
    collection<T extends Doc>(name: string): Collection<T> {
      if (!uniqueFields.has(name)) uniqueFields.set(name, []);
      return new EmbeddedCollection<T>(
        name,
        datastore(name) as unknown as Datastore<T>,
        uniqueFields.get(name) as string[],
      );
    },
    async ensureCollection(name: string, indexes: IndexSpec[]): Promise<void> {
      const db = datastore(name);
      await loading.get(name);
      const unique = uniqueFields.get(name) ?? [];
      uniqueFields.set(name, unique);
      for (const index of indexes) {
        if (index.unique && index.fields.length === 1 && !unique.includes(index.fields[0] as string)) {
          unique.push(index.fields[0] as string);
        }
        // Sparse, so documents without the field do not collide: the same rule PostgreSQL applies to NULLs.
        await db.ensureIndexAsync({
          fieldName: index.fields.length === 1 ? (index.fields[0] as string) : index.fields,
          unique: index.unique ?? false,
          sparse: index.unique ?? false,
        });
      }
    },
    // nedb has no planner: each query uses the index of its first indexed field.
    async analyze(): Promise<void> {},
    async close(): Promise<void> {
      await Promise.all([...loading.values()]);
      await Promise.all([...datastores.values()].map((db) => db.compactDatafileAsync()));
      datastores.clear();
    },
  };
}
