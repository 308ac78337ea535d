import { assertFilter, assertUpdate, normalisePage } from './query-guard';
import { toWxUpdate, toWxWhere, type WxCommand } from './wxcloud-translate';
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
 * The WeChat cloud database adapter. It is handed `cloud.database()` from the function entry and is never
 * constructed outside WeChat (a database call without credentials rejects there; docs/architecture.md).
 * Initialise the SDK with `throwOnNotFound: false` so a missing document reads as null.
 */
interface WxQuery {
  where(condition: unknown): WxQuery;
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery;
  skip(n: number): WxQuery;
  limit(n: number): WxQuery;
  get(): Promise<{ data: unknown[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: unknown }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

interface WxCollection extends WxQuery {
  doc(id: string): { get(): Promise<{ data: unknown }> };
  add(options: { data: unknown }): Promise<{ _id: string }>;
}

export interface WxDatabase {
  command: WxCommand;
  collection(name: string): WxCollection;
  createCollection(name: string): Promise<unknown>;
}

/** The cloud database reports a unique-index violation with this code. */
const DUPLICATE_KEY = -502001;

class WxCloudCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly db: WxDatabase,
  ) {}

  private where(filter: Filter): WxQuery {
    return this.db.collection(this.name).where(toWxWhere(filter, this.db.command));
  }

  async get(id: string): Promise<T | null> {
    const { data } = await this.db.collection(this.name).doc(id).get();
    return (data as T | null) ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    const { limit, skip } = normalisePage(options);
    let query = this.where(filter);
    const sort = options.sort ?? [];
    for (const [field, direction] of sort) query = query.orderBy(field, direction === 1 ? 'asc' : 'desc');
    if (!sort.some(([field]) => field === '_id')) query = query.orderBy('_id', 'asc');
    const { data } = await query.skip(skip).limit(limit).get();
    return data as T[];
  }

  async count(filter: Filter): Promise<number> {
    assertFilter(filter);
    return (await this.where(filter).count()).total;
  }

  async insert(doc: T): Promise<T> {
    try {
      await this.db.collection(this.name).add({ data: doc });
      return doc;
    } catch (error) {
      if ((error as { errCode?: number }).errCode === DUPLICATE_KEY) {
        throw new DuplicateKeyError(this.name, undefined, (error as Error).message);
      }
      throw error;
    }
  }

  /** `where().update()` touches every match; a single-document update pins the first match by `_id`. */
  private async pin(filter: Filter, multi: boolean): Promise<Filter | null> {
    if (multi || typeof filter._id === 'string') return filter;
    const [first] = await this.find(filter, { limit: 1 });
    return first ? { $and: [filter, { _id: first._id }] } : null;
  }

  async updateWhere(filter: Filter, update: Update, options: { multi?: boolean } = {}): Promise<number> {
    assertFilter(filter);
    assertUpdate(update);
    const target = await this.pin(filter, options.multi ?? false);
    if (!target) return 0;
    const result = await this.where(target).update({ data: toWxUpdate(update, this.db.command) });
    return result.stats.updated;
  }

  async removeWhere(filter: Filter, options: { multi?: boolean } = {}): Promise<number> {
    assertFilter(filter);
    const target = await this.pin(filter, options.multi ?? false);
    if (!target) return 0;
    return (await this.where(target).remove()).stats.removed;
  }
}

export function createWxCloudStore(db: WxDatabase): DocStore {
  return {
    driver: 'wxcloud',
    collection<T extends Doc>(name: string): Collection<T> {
      return new WxCloudCollection<T>(name, db);
    },
    async ensureCollection(name: string, _indexes: IndexSpec[]): Promise<void> {
      // Indexes of the cloud database are created in the console (docs/deploy-wechat.md lists them);
      // the SDK can only create the collection itself.
      try {
        await db.createCollection(name);
      } catch (error) {
        if (!/exist/i.test(String((error as Error).message))) throw error;
      }
    },
    // The cloud database keeps its own statistics.
    async analyze(): Promise<void> {},
    async close(): Promise<void> {},
  };
}
