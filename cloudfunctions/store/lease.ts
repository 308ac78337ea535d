import { DuplicateKeyError, type DocStore } from './types';

/**
 * A lease in the store: of several hosts that try to take `name` at once, exactly one gets it until it
 * expires. Used so that timer jobs run once even when every host of a cluster schedules them.
 */
interface LeaseDoc {
  _id: string;
  holder: string;
  until: number;
}

export async function acquireLease(
  store: DocStore,
  name: string,
  holder: string,
  now: number,
  ttlMs: number,
): Promise<boolean> {
  const leases = store.collection<LeaseDoc>('leases');
  const taken = await leases.updateWhere({ _id: name, until: { $lte: now } }, { $set: { holder, until: now + ttlMs } });
  if (taken === 1) return true;
  try {
    await leases.insert({ _id: name, holder, until: now + ttlMs });
    return true;
  } catch (error) {
    if (error instanceof DuplicateKeyError) return false;
    throw error;
  }
}
