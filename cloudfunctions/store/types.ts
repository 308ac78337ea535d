/**
 * The DocStore port: a small, Mongo-flavoured document store that every adapter implements
 * (embedded file-backed store, PostgreSQL JSONB, WeChat cloud database). Repositories use only this.
 */

/** Every stored document has a string `_id`, as in the WeChat cloud database. */
export interface Doc {
  _id: string;
}

export type Scalar = string | number | boolean | null;

export interface FieldOperators {
  $eq?: unknown;
  $ne?: unknown;
  $gt?: Scalar;
  $gte?: Scalar;
  $lt?: Scalar;
  $lte?: Scalar;
  $in?: unknown[];
  $nin?: unknown[];
  $exists?: boolean;
}

/**
 * A filter: field paths (dotted for nested fields) to a value (equality) or operators, combined with
 * $and / $or. Equality, $ne, $in and $nin follow MongoDB's array semantics: `{ tags: 'x' }` matches a
 * document whose `tags` array contains 'x', and `{ tags: { $ne: 'x' } }` one whose array does not.
 */
export type Filter = { $and?: Filter[]; $or?: Filter[] } & { [path: string]: unknown };

export interface Update {
  $set?: Record<string, unknown>;
  $unset?: Record<string, true>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $addToSet?: Record<string, unknown>;
  $pull?: Record<string, unknown>;
}

export type SortSpec = Array<[path: string, direction: 1 | -1]>;

export interface FindOptions {
  sort?: SortSpec;
  /** At most MAX_PAGE (the WeChat cloud database's limit per call); page with `skip`. */
  limit?: number;
  skip?: number;
}

export const MAX_PAGE = 100;

export interface Collection<T extends Doc> {
  get(id: string): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /** Inserts a document; throws DuplicateKeyError if it breaks a unique index or reuses an `_id`. */
  insert(doc: T): Promise<T>;
  /**
   * The atomic primitive: applies `update` to the documents matching `filter` (at most one unless `multi`)
   * and returns how many matched. A conditional filter (`{ _id, seats: { $lt: cap } }`) makes a counter
   * that concurrent callers can never push past its cap.
   */
  updateWhere(filter: Filter, update: Update, options?: { multi?: boolean }): Promise<number>;
  /** Removes the documents matching `filter` (at most one unless `multi`); returns how many. */
  removeWhere(filter: Filter, options?: { multi?: boolean }): Promise<number>;
}

export interface IndexSpec {
  /** One or more field paths; several make a compound index. */
  fields: string[];
  unique?: boolean;
  /**
   * Every document holds one value in these fields, never an array. PostgreSQL then compares an equality on
   * them directly, which this btree index serves in order (an equality on a field that may hold an array
   * must look inside arrays too, which only the table's GIN index answers, unordered).
   */
  scalar?: boolean;
}

export interface DocStore {
  readonly driver: 'embedded' | 'postgres' | 'wxcloud';
  collection<T extends Doc>(name: string): Collection<T>;
  /** Creates the collection and its indexes if missing; safe to call again. */
  ensureCollection(name: string, indexes: IndexSpec[]): Promise<void>;
  /**
   * Refreshes the query planner's statistics after a bulk load (PostgreSQL's ANALYZE): plans chosen from
   * stale statistics scan whole tables. A no-op where the store has no planner to inform.
   */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

export class DuplicateKeyError extends Error {
  /** The field (or comma-joined fields) of the unique index that was violated, where the adapter can tell. */
  readonly field: string | undefined;
  constructor(collection: string, field: string | undefined, detail: string) {
    super(`duplicate key in ${collection}${field ? ` (${field})` : ''}: ${detail}`);
    this.name = 'DuplicateKeyError';
    this.field = field;
  }
}

export class StoreQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreQueryError';
  }
}
