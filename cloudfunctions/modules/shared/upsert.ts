import { DuplicateKeyError, type Collection, type Doc, type Update } from '../../store/types';

/**
 * Applies `update` to a document, creating it as `fresh` (which already holds the update's outcome) when it
 * does not exist yet. Concurrent first callers race on the insert; the loser updates the winner's document.
 */
export async function upsert<T extends Doc>(collection: Collection<T>, fresh: T, update: Update): Promise<void> {
  if (await collection.updateWhere({ _id: fresh._id }, update)) return;
  try {
    await collection.insert(fresh);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    await collection.updateWhere({ _id: fresh._id }, update);
  }
}

/** Adds to counters of a document (and sets `set`), creating it as `fresh` with the first amounts. */
export function incrementOrCreate<T extends Doc>(
  collection: Collection<T>,
  fresh: T,
  increments: Record<string, number>,
  set: Record<string, unknown> = {},
): Promise<void> {
  return upsert(collection, fresh, { $inc: increments, ...(Object.keys(set).length ? { $set: set } : {}) });
}
