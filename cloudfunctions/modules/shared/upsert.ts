import { DuplicateKeyError, type Collection, type Doc } from '../../store/types';

/**
 * Adds to counters of a document, creating it (as `fresh`, which already holds the first amounts) when it
 * does not exist yet. Concurrent first callers race on the insert; the loser adds to the winner's document.
 */
export async function incrementOrCreate<T extends Doc>(
  collection: Collection<T>,
  fresh: T,
  increments: Record<string, number>,
  set: Record<string, unknown> = {},
): Promise<void> {
  const update = { $inc: increments, ...(Object.keys(set).length ? { $set: set } : {}) };
  if (await collection.updateWhere({ _id: fresh._id }, update)) return;
  try {
    await collection.insert(fresh);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    await collection.updateWhere({ _id: fresh._id }, update);
  }
}
