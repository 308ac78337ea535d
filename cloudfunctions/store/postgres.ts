import pg from 'pg';
import { scalarFields } from './collections';
import { assertFilter, assertUpdate, normalisePage } from './query-guard';
import {
  APPEND_ONLY_COLLECTIONS,
  APPEND_ONLY_FUNCTION_SQL,
  SqlParams,
  UPDATE_FUNCTIONS_SQL,
  appendOnlyTriggersSql,
  compileFilter,
  compileSort,
  pathExpr,
  tableName,
} from './postgres-sql';
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

/** The PostgreSQL adapter: one table per collection, `(id text primary key, doc jsonb)`. */
const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === UNIQUE_VIOLATION;
}

/** Index names are `i_<collection>_<fields>_u` (see ensureCollection); the primary key is `_id`. */
function violatedField(collection: string, error: unknown): string | undefined {
  const constraint = (error as { constraint?: string }).constraint ?? '';
  if (constraint.endsWith('_pkey')) return '_id';
  const prefix = `i_${collection}_`;
  return constraint.startsWith(prefix) && constraint.endsWith('_u') ? constraint.slice(prefix.length, -2) : undefined;
}

class PostgresCollection<T extends Doc> implements Collection<T> {
  private readonly table: string;
  private readonly scalars: ReadonlySet<string>;

  constructor(
    private readonly name: string,
    private readonly pool: pg.Pool,
    private readonly ready: (name: string) => Promise<void>,
    private readonly onQuery: QueryObserver | undefined,
  ) {
    this.table = tableName(name);
    this.scalars = scalarFields(name);
  }

  private async query(sql: string, values: unknown[]): Promise<pg.QueryResult> {
    await this.ready(this.name);
    this.onQuery?.(sql, values);
    return this.pool.query(sql, values);
  }

  /**
   * A single-document write locks one matching row; PostgreSQL re-checks the filter on the locked row
   * after any concurrent writer commits, so a capped counter can never pass its cap. A filter naming one
   * `_id` matches one row at most, so it needs no locking sub-select: about a third less work per write on
   * the counters every event updates.
   */
  private targetRows(filter: Filter, where: string, multi: boolean): string {
    if (multi || typeof filter._id === 'string') return `WHERE ${where}`;
    return `WHERE id = (SELECT id FROM ${this.table} WHERE ${where} ORDER BY id LIMIT 1 FOR UPDATE) AND ${where}`;
  }

  async get(id: string): Promise<T | null> {
    const result = await this.query(`SELECT doc FROM ${this.table} WHERE id = $1`, [id]);
    return (result.rows[0]?.doc as T | undefined) ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    const { limit, skip } = normalisePage(options);
    const params = new SqlParams();
    const where = compileFilter(filter, params, this.scalars);
    const sql = `SELECT doc FROM ${this.table} WHERE ${where} ORDER BY ${compileSort(options.sort)} LIMIT ${limit} OFFSET ${skip}`;
    const result = await this.query(sql, params.values);
    return result.rows.map((row: { doc: T }) => row.doc);
  }

  async count(filter: Filter): Promise<number> {
    assertFilter(filter);
    const params = new SqlParams();
    const result = await this.query(
      `SELECT count(*)::int AS n FROM ${this.table} WHERE ${compileFilter(filter, params, this.scalars)}`,
      params.values,
    );
    return (result.rows[0] as { n: number }).n;
  }

  async insert(doc: T): Promise<T> {
    try {
      await this.query(`INSERT INTO ${this.table} (id, doc) VALUES ($1, $2::jsonb)`, [doc._id, JSON.stringify(doc)]);
      return doc;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DuplicateKeyError(this.name, violatedField(this.name, error), (error as Error).message);
      throw error;
    }
  }

  async updateWhere(filter: Filter, update: Update, options: { multi?: boolean } = {}): Promise<number> {
    assertFilter(filter);
    assertUpdate(update);
    const params = new SqlParams();
    const updateParam = params.json(update);
    const where = compileFilter(filter, params, this.scalars);
    const target = this.targetRows(filter, where, options.multi ?? false);
    try {
      const result = await this.query(
        `UPDATE ${this.table} SET doc = docstore_apply(doc, ${updateParam}) ${target}`,
        params.values,
      );
      return result.rowCount ?? 0;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DuplicateKeyError(this.name, violatedField(this.name, error), (error as Error).message);
      throw error;
    }
  }

  async removeWhere(filter: Filter, options: { multi?: boolean } = {}): Promise<number> {
    assertFilter(filter);
    const params = new SqlParams();
    const where = compileFilter(filter, params, this.scalars);
    const target = this.targetRows(filter, where, options.multi ?? false);
    const result = await this.query(`DELETE FROM ${this.table} ${target}`, params.values);
    return result.rowCount ?? 0;
  }
}

/** Any key will do as long as every host uses the same one: it names "the schema is being changed". */
const SCHEMA_LOCK_KEY = 715_402;

/**
 * Runs schema statements while holding a transaction-wide advisory lock. Hosts starting side by side
 * otherwise replace the same function or create the same index at once, and PostgreSQL refuses one of them
 * ("tuple concurrently updated", or a duplicate key in its catalogue) although the statements say IF NOT EXISTS.
 */
async function changeSchema(pool: pg.Pool, sql: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Sees each statement a collection runs, with its parameters: how tests check the plans of hot routes. */
export type QueryObserver = (sql: string, values: unknown[]) => void;

/**
 * Index columns sort as compileSort orders (ascending with NULLs first), so one index serves a sort in
 * either direction. Non-unique indexes were first created in the default order under `i_` names; those are
 * replaced by `s_` ones.
 */
function indexSql(name: string, index: IndexSpec): { create: string; replaces: string | null } {
  const fields = index.fields.join('_').replace(/\./g, '_');
  const columns = index.fields.map((field) => `${pathExpr(field)} ASC NULLS FIRST`).join(', ');
  const table = tableName(name);
  if (index.unique)
    return {
      create: `CREATE UNIQUE INDEX IF NOT EXISTS "i_${name}_${fields}_u" ON ${table} (${columns})`,
      replaces: null,
    };
  return {
    create: `CREATE INDEX IF NOT EXISTS "s_${name}_${fields}" ON ${table} (${columns})`,
    replaces: `DROP INDEX IF EXISTS "i_${name}_${fields}"`,
  };
}

export async function openPostgresStore(
  connectionString: string,
  poolSize = 10,
  options: { onQuery?: QueryObserver } = {},
): Promise<DocStore> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // A server restart ends idle connections with an error; the pool drops them and opens new ones on demand.
  // Unhandled, that error would end the host; calls made while the server is down fail one by one instead.
  pool.on('error', () => undefined);
  await changeSchema(pool, `${UPDATE_FUNCTIONS_SQL};\n${APPEND_ONLY_FUNCTION_SQL}`);
  const tables = new Map<string, Promise<void>>();

  const ready = (name: string): Promise<void> => {
    let created = tables.get(name);
    if (!created) {
      const table = tableName(name);
      // The GIN index answers every equality filter (compiled to containment); btree indexes from
      // ensureCollection serve ranges, sorting and uniqueness.
      created = changeSchema(
        pool,
        `CREATE TABLE IF NOT EXISTS ${table} (id text PRIMARY KEY, doc jsonb NOT NULL);
         CREATE INDEX IF NOT EXISTS "g_${name}" ON ${table} USING gin (doc jsonb_path_ops);
         ${APPEND_ONLY_COLLECTIONS.has(name) ? appendOnlyTriggersSql(table) : ''}`,
      );
      // A failure (the server was down) is not remembered: the next call tries again.
      created.catch(() => tables.delete(name));
      tables.set(name, created);
    }
    return created;
  };

  return {
    driver: 'postgres',
    collection<T extends Doc>(name: string): Collection<T> {
      return new PostgresCollection<T>(name, pool, ready, options.onQuery);
    },
    async ensureCollection(name: string, indexes: IndexSpec[]): Promise<void> {
      await ready(name);
      for (const index of indexes) {
        const { create, replaces } = indexSql(name, index);
        await changeSchema(pool, replaces ? `${create};\n${replaces}` : create);
      }
    },
    async analyze(): Promise<void> {
      // VACUUM as well: it moves rows inserted since into the GIN indexes' main structure (a long pending list
      // makes the planner price every containment lookup above a whole-table scan) and marks pages all-visible.
      await pool.query('VACUUM ANALYZE');
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
