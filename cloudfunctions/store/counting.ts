import type { Collection, Doc, DocStore } from './types';

/** Store operations of one call: the WeChat cloud database bills per operation, so every call logs them. */
export interface OpCounts {
  reads: number;
  writes: number;
  /** Wall time with at least one store operation in flight (parallel operations count once). */
  storeMs: number;
}

export function newOpCounts(): OpCounts {
  return { reads: 0, writes: 0, storeMs: 0 };
}

const READS = new Set(['get', 'find', 'count']);

/** Wraps a store so each call counts (and times) its own operations without touching the shared adapter. */
export function countingStore(store: DocStore, counts: OpCounts): DocStore {
  let inFlight = 0;
  let busySince = 0;
  const timed = async (operation: () => unknown) => {
    if (inFlight++ === 0) busySince = performance.now();
    try {
      return await operation();
    } finally {
      if (--inFlight === 0) counts.storeMs += performance.now() - busySince;
    }
  };
  return {
    driver: store.driver,
    collection<T extends Doc>(name: string): Collection<T> {
      const inner = store.collection<T>(name);
      return new Proxy(inner, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if (READS.has(String(property))) counts.reads += 1;
            else counts.writes += 1;
            return timed(() => (value as (...a: unknown[]) => unknown).apply(target, args));
          };
        },
      });
    },
    ensureCollection: (name, indexes) => store.ensureCollection(name, indexes),
    analyze: () => store.analyze(),
    close: () => store.close(),
  };
}
