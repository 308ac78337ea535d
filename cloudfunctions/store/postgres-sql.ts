import { assertPath, isOperatorObject } from './query-guard';
import { StoreQueryError, type Filter, type SortSpec } from './types';

/**
 * Compiles the DocStore filter language to SQL over a `doc jsonb` column. Field paths (already
 * checked against a strict pattern) are inlined so expression indexes on `doc #> '{path}'` apply;
 * values always travel as parameters.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  json(value: unknown): string {
    return `${this.add(JSON.stringify(value))}::jsonb`;
  }
}

export function pathExpr(path: string): string {
  assertPath(path);
  return `(doc #> '{${path.split('.').join(',')}}')`;
}

function nestUnder(path: string, value: unknown): unknown {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/**
 * Equality with MongoDB's array rule: a field equals v, or is an array holding v. Never NULL.
 * Scalars compile to JSONB containment on the whole document (`doc @> {"a":{"b":v}}`, or `[v]` for arrays),
 * which the table's GIN index answers; other values compare the field itself.
 */
function eqExpr(path: string, value: unknown, params: SqlParams): string {
  // Ids are strings kept in the primary-key column too: compare there.
  if (path === '_id' && typeof value === 'string') return `(id = ${params.add(value)})`;
  if (value === null || typeof value !== 'object') {
    if (value === null) return `(${pathExpr(path)} = 'null'::jsonb)`;
    return `(doc @> ${params.json(nestUnder(path, value))} OR doc @> ${params.json(nestUnder(path, [value]))})`;
  }
  const field = pathExpr(path);
  const v = params.json(value);
  return `coalesce(${field} = ${v} OR (jsonb_typeof(${field}) = 'array' AND ${field} @> jsonb_build_array(${v})), false)`;
}

const COMPARISONS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/**
 * Equality on a field declared scalar (IndexSpec.scalar): a bare comparison, which the field's btree index
 * serves in order. Only where a match is wanted: negated (`$ne`), a missing field would make it NULL and drop
 * documents MongoDB's rule keeps, so those use eqExpr.
 */
function matchExpr(path: string, value: unknown, params: SqlParams, scalars: ReadonlySet<string>): string {
  if (scalars.has(path) && path !== '_id' && value !== null && typeof value !== 'object')
    return `(${pathExpr(path)} = ${params.json(value)})`;
  return eqExpr(path, value, params);
}

function fieldClause(path: string, value: unknown, params: SqlParams, scalars: ReadonlySet<string>): string {
  const field = pathExpr(path);
  if (!isOperatorObject(value)) return matchExpr(path, value, params, scalars);
  const parts = Object.entries(value).map(([op, operand]) => {
    switch (op) {
      case '$eq':
        return matchExpr(path, operand, params, scalars);
      case '$ne':
        return `NOT ${eqExpr(path, operand, params)}`;
      case '$in':
        return inExpr(path, operand as unknown[], params);
      case '$nin':
        return `NOT ${inExpr(path, operand as unknown[], params)}`;
      case '$exists':
        return operand ? `${field} IS NOT NULL` : `${field} IS NULL`;
      default: {
        const comparison = COMPARISONS[op];
        if (!comparison) throw new StoreQueryError(`unsupported operator ${op}`);
        // A range of ids (keyset pages, one unit's days) is a range of the primary key, not of the document.
        if (path === '_id' && typeof operand === 'string') return `(id ${comparison} ${params.add(operand)})`;
        const v = params.json(operand);
        // Bare comparisons, so a btree index on the field serves the range and its statistics estimate it; a
        // missing field makes them NULL, which a WHERE clause treats as false (comparisons are never negated).
        return `(${field} ${comparison} ${v} AND ${sameTypeAs(operand, field, v)})`;
      }
    }
  });
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' AND ')})`;
}

/**
 * Like MongoDB, a comparison matches only values of the operand's JSON type. JSONB orders the types
 * null < string < number < boolean, so for those the type is a range of the same field (numbers are JS
 * doubles, all above -1e309): the planner estimates it from the field's histogram, where a `jsonb_typeof`
 * test gets a blind guess of 0.5 % and turns index plans into whole-table scans.
 */
function sameTypeAs(operand: unknown, field: string, v: string): string {
  switch (typeof operand) {
    case 'string':
      return `${field} > 'null'::jsonb AND ${field} < '-1e309'::jsonb`;
    case 'number':
      return `${field} >= '-1e309'::jsonb AND ${field} < 'false'::jsonb`;
    case 'boolean':
      return `${field} >= 'false'::jsonb AND ${field} <= 'true'::jsonb`;
    default:
      return `jsonb_typeof(${field}) = jsonb_typeof(${v})`;
  }
}

/** Past this many values, one `= ANY` beats a long OR of containments (planning them costs tens of ms). */
const MANY_VALUES = 8;

function inExpr(path: string, values: unknown[], params: SqlParams): string {
  if (values.length === 0) return 'false';
  if (path === '_id' && values.every((value) => typeof value === 'string'))
    return `(id = ANY(${params.add(values)}::text[]))`;
  const scalars = values.every((value) => value !== null && typeof value !== 'object');
  if (!scalars || values.length <= MANY_VALUES)
    return `(${values.map((value) => eqExpr(path, value, params)).join(' OR ')})`;
  // The field is one of the values, or an array holding one of them (MongoDB's rule).
  const field = pathExpr(path);
  const list = `${params.add(values.map((value) => JSON.stringify(value)))}::jsonb[]`;
  return `coalesce(${field} = ANY(${list}) OR (jsonb_typeof(${field}) = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements(${field}) AS e(v) WHERE e.v = ANY(${list}))), false)`;
}

/** `scalars`: the collection's fields declared scalar, whose equalities compile to bare comparisons. */
export function compileFilter(filter: Filter, params: SqlParams, scalars: ReadonlySet<string>): string {
  const clauses: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      const parts = (value as Filter[]).map((part) => compileFilter(part, params, scalars));
      clauses.push(`(${parts.join(key === '$and' ? ' AND ' : ' OR ')})`);
    } else {
      clauses.push(fieldClause(key, value, params, scalars));
    }
  }
  return clauses.length === 0 ? 'true' : clauses.join(' AND ');
}

export function compileSort(sort: SortSpec = []): string {
  // Ids sort by the primary key, whose index then serves the order (every id is a string, never NULL).
  const keys = sort.map(([path, direction]) =>
    path === '_id'
      ? `id ${direction === 1 ? 'ASC' : 'DESC'}`
      : `${pathExpr(path)} ${direction === 1 ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'}`,
  );
  if (!sort.some(([path]) => path === '_id')) keys.push('id ASC');
  return keys.join(', ');
}

/** Table names come from our own collection list, but are still checked: they are inlined into SQL. */
export function tableName(collection: string): string {
  if (!/^[a-z][a-z0-9_]{0,50}$/.test(collection)) throw new StoreQueryError(`invalid collection name ${collection}`);
  return `"c_${collection}"`;
}

/**
 * Collections whose rows, once written, are never changed or removed: the audit log. PostgreSQL enforces it
 * with triggers created with the table, so not even a bug or a hand-written statement of the app's own role
 * rewrites history (only the table's owner could drop the triggers).
 */
export const APPEND_ONLY_COLLECTIONS: ReadonlySet<string> = new Set(['audit']);

export const APPEND_ONLY_FUNCTION_SQL = `
CREATE OR REPLACE FUNCTION docstore_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END $fn$;
`;

/** The triggers, created once: several hosts may open the store at the same time. */
export function appendOnlyTriggersSql(table: string): string {
  return `
DO $do$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'append_only' AND tgrelid = '${table}'::regclass) THEN
    CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION docstore_refuse_change();
    CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION docstore_refuse_change();
  END IF;
END $do$;`;
}

/**
 * Applies an update document inside PostgreSQL, so a conditional update is one `UPDATE … WHERE … RETURNING`
 * statement: the row lock and the re-check of the WHERE clause make concurrent capped counters exact.
 */
export const UPDATE_FUNCTIONS_SQL = `
CREATE OR REPLACE FUNCTION docstore_set_path(target jsonb, path text[], value jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE child jsonb;
BEGIN
  IF target IS NULL OR jsonb_typeof(target) <> 'object' THEN target := '{}'::jsonb; END IF;
  IF array_length(path, 1) = 1 THEN RETURN jsonb_set(target, path, value, true); END IF;
  child := target -> path[1];
  RETURN jsonb_set(target, path[1:1], docstore_set_path(child, path[2:], value), true);
END $fn$;

CREATE OR REPLACE FUNCTION docstore_apply(doc jsonb, upd jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE op text; fields jsonb; field text; operand jsonb; path text[]; current_value jsonb;
BEGIN
  FOR op, fields IN SELECT * FROM jsonb_each(upd) LOOP
    FOR field, operand IN SELECT * FROM jsonb_each(fields) LOOP
      path := string_to_array(field, '.');
      current_value := doc #> path;
      IF op = '$set' THEN
        doc := docstore_set_path(doc, path, operand);
      ELSIF op = '$unset' THEN
        doc := doc #- path;
      ELSIF op = '$inc' THEN
        IF current_value IS NOT NULL AND jsonb_typeof(current_value) <> 'number' THEN
          RAISE EXCEPTION 'cannot $inc non-numeric field %', field;
        END IF;
        doc := docstore_set_path(doc, path,
          to_jsonb(coalesce(current_value::text::numeric, 0) + operand::text::numeric));
      ELSIF op = '$push' THEN
        doc := docstore_set_path(doc, path, coalesce(current_value, '[]'::jsonb) || jsonb_build_array(operand));
      ELSIF op = '$addToSet' THEN
        IF current_value IS NULL OR NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements(current_value) element WHERE element = operand
        ) THEN
          doc := docstore_set_path(doc, path, coalesce(current_value, '[]'::jsonb) || jsonb_build_array(operand));
        END IF;
      ELSIF op = '$pull' THEN
        IF current_value IS NOT NULL THEN
          doc := docstore_set_path(doc, path, coalesce((
            SELECT jsonb_agg(element) FROM jsonb_array_elements(current_value) element WHERE element <> operand
          ), '[]'::jsonb));
        END IF;
      ELSE
        RAISE EXCEPTION 'unsupported update operator %', op;
      END IF;
    END LOOP;
  END LOOP;
  RETURN doc;
END $fn$;
`;
