import { MAX_PAGE, StoreQueryError, type Filter, type FindOptions, type Update } from './types';

/**
 * Checks filters, updates and paging before any adapter sees them, so every adapter accepts exactly
 * the same language and nothing else: no `$where`, no `$regex`, no operator smuggled in from input.
 */
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;
const FIELD_OPERATORS = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists']);
const UPDATE_OPERATORS = new Set(['$set', '$unset', '$inc', '$push', '$addToSet', '$pull']);

export function assertPath(path: string): void {
  if (!PATH.test(path)) throw new StoreQueryError(`invalid field path: ${path}`);
}

export function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

export function assertFilter(filter: Filter): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) throw new StoreQueryError(`${key} takes a non-empty array`);
      value.forEach((part) => assertFilter(part as Filter));
      continue;
    }
    assertPath(key);
    if (isOperatorObject(value)) {
      for (const [op, operand] of Object.entries(value)) {
        if (!FIELD_OPERATORS.has(op)) throw new StoreQueryError(`unsupported operator ${op}`);
        if ((op === '$in' || op === '$nin') && !Array.isArray(operand)) {
          throw new StoreQueryError(`${op} takes an array`);
        }
        if (op === '$exists' && typeof operand !== 'boolean') throw new StoreQueryError('$exists takes a boolean');
      }
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (Object.keys(value).some((k) => k.startsWith('$'))) {
        throw new StoreQueryError(`mixed operators and fields under ${key}`);
      }
    }
  }
}

export function assertUpdate(update: Update): void {
  const entries = Object.entries(update);
  if (entries.length === 0) throw new StoreQueryError('empty update');
  for (const [op, fields] of entries) {
    if (!UPDATE_OPERATORS.has(op)) throw new StoreQueryError(`unsupported update operator ${op}`);
    for (const [path, operand] of Object.entries(fields as Record<string, unknown>)) {
      assertPath(path);
      if (path === '_id' || path.startsWith('_id.')) throw new StoreQueryError('_id cannot be updated');
      if (op === '$inc' && (typeof operand !== 'number' || !Number.isFinite(operand))) {
        throw new StoreQueryError('$inc takes a finite number');
      }
    }
  }
}

export function normalisePage(options: FindOptions = {}): { limit: number; skip: number } {
  const limit = options.limit ?? MAX_PAGE;
  const skip = options.skip ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new StoreQueryError(`limit must be 1..${MAX_PAGE}`);
  }
  if (!Number.isInteger(skip) || skip < 0) throw new StoreQueryError('skip must be a non-negative integer');
  options.sort?.forEach(([path]) => assertPath(path));
  return { limit, skip };
}
