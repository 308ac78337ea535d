import type Datastore from '@seald-io/nedb';
import { compareThings, deepCopy, match } from '@seald-io/nedb/lib/model.js';

/**
 * Keyset pages in `_id` order on the embedded store, in O(page): nedb answers a `{ _id: { $gt } }` page by
 * collecting every later document and sorting them all, so reading a collection page by page cost the square
 * of its size. This walks the `_id` index (an AVL tree) in order from the page's lower bound and stops once
 * the page is full. Used only where nedb would have scanned by `_id` anyway: no other index of the collection
 * serves the query (a compound index serves only equalities on all its fields), so a selective index is never
 * traded for a walk.
 */
interface TreeNode {
  key?: unknown;
  data: unknown[];
  left: TreeNode | null;
  right: TreeNode | null;
}

interface NedbInternals {
  indexes: Record<string, { tree: { tree: TreeNode } }>;
  executor: { pushAsync<R>(task: () => Promise<R>): Promise<R> };
}

type Bounds = { $gt?: unknown; $gte?: unknown; $lt?: unknown; $lte?: unknown };
const BOUND_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date;
const hasAny = (value: unknown, operators: string[]) =>
  typeof value === 'object' && value !== null && operators.some((op) => op in value);

/**
 * Whether nedb would answer the query from an index other than `_id`, as its candidate search does: a
 * single-field index with an equality, a compound index with an equality on each of its fields, or a
 * single-field index with `$in` or a range. A compound index that the query only partly covers is not used.
 */
function otherIndexServes(indexNames: string[], query: Record<string, unknown>): boolean {
  const single = new Set(indexNames.filter((name) => name !== '_id' && !name.includes(',')));
  const entries = Object.entries(query);
  if (entries.some(([key, value]) => single.has(key) && isPrimitive(value))) return true;
  const compound = indexNames.filter((name) => name.includes(',')).map((name) => name.split(','));
  if (compound.some((fields) => fields.every((field) => isPrimitive(query[field])))) return true;
  return entries.some(([key, value]) => single.has(key) && hasAny(value, ['$in', '$lt', '$lte', '$gt', '$gte']));
}

/** The query's `_id` range when it has one and nedb would not use another index for it; else null. */
export function idWalkBounds(db: Datastore<unknown>, query: Record<string, unknown>): Bounds | null {
  if (otherIndexServes(Object.keys((db as unknown as NedbInternals).indexes), query)) return null;
  const id = query._id;
  if (id === undefined) return {};
  if (typeof id !== 'object' || id === null || Array.isArray(id)) return null;
  const operators = Object.keys(id);
  return operators.length > 0 && operators.every((op) => BOUND_OPERATORS.has(op)) ? (id as Bounds) : null;
}

/** Up to `limit` documents matching `query` after `skip`, in ascending `_id` order, within `bounds`. */
export function walkById<T>(
  db: Datastore<T>,
  query: Record<string, unknown>,
  bounds: Bounds,
  skip: number,
  limit: number,
): Promise<T[]> {
  const internals = db as unknown as NedbInternals;
  // Queued like any nedb operation, so the walk sees the collection loaded and between two writes.
  return internals.executor.pushAsync(async () => {
    const above = (key: unknown) =>
      (bounds.$gt === undefined || compareThings(key, bounds.$gt) > 0) &&
      (bounds.$gte === undefined || compareThings(key, bounds.$gte) >= 0);
    const below = (key: unknown) =>
      (bounds.$lt === undefined || compareThings(key, bounds.$lt) < 0) &&
      (bounds.$lte === undefined || compareThings(key, bounds.$lte) <= 0);
    const out: T[] = [];
    let skipped = 0;
    // The left spine from the root, keeping only nodes at or above the lower bound: the in-order walk's stack.
    const stack: TreeNode[] = [];
    const descend = (from: TreeNode | null) => {
      for (let node = from; node && node.key !== undefined;) {
        if (above(node.key)) {
          stack.push(node);
          node = node.left;
        } else node = node.right;
      }
    };
    descend(internals.indexes._id!.tree.tree);
    while (stack.length > 0 && out.length < limit) {
      const node = stack.pop()!;
      if (!below(node.key)) break;
      for (const doc of node.data)
        if (match(doc, query)) {
          if (skipped < skip) skipped += 1;
          else if (out.length < limit) out.push(deepCopy(doc as T));
        }
      descend(node.right);
    }
    return out;
  });
}
