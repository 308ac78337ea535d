import type { Collection, Doc, DocStore } from './types';

const WRITES = new Set(['insert', 'updateWhere', 'removeWhere']);

/**
 * One call's view of the store in which reading a document by id twice costs one read: the router reads
 * the object a route names to check scope and audience, and the service then reads it again. On the
 * WeChat cloud database each read is a billed round trip, so the second one is answered from the first.
 * Any write to a collection forgets what was read from it (before and after the write), so a service that
 * writes and reads back, or retries a conditional update, always sees the store. Each answer is a copy,
 * so a service that changes a document it read changes nothing another reader sees. A miss is not
 * remembered: a service that found nothing and looks again (an idempotent write re-checking whether a
 * concurrent call has just created the document) must see the store, not its first answer.
 */
export function withCallReads(store: DocStore): DocStore {
  const remembered = new Map<string, Map<string, Promise<unknown>>>();
  const readsOf = (name: string) => {
    let reads = remembered.get(name);
    if (!reads) remembered.set(name, (reads = new Map()));
    return reads;
  };
  return {
    driver: store.driver,
    collection<T extends Doc>(name: string): Collection<T> {
      const inner = store.collection<T>(name);
      return new Proxy(inner, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          const operation = value as (...args: unknown[]) => Promise<unknown>;
          if (property === 'get') {
            return async (id: string) => {
              const reads = readsOf(name);
              let read = reads.get(id);
              if (!read) {
                read = operation.call(target, id);
                reads.set(id, read);
                read.catch(() => reads.delete(id));
              }
              const doc = await read;
              if (doc === null) {
                if (reads.get(id) === read) reads.delete(id);
                return null;
              }
              return structuredClone(doc);
            };
          }
          if (!WRITES.has(String(property))) return operation.bind(target);
          return async (...args: unknown[]) => {
            remembered.delete(name);
            try {
              return await operation.apply(target, args);
            } finally {
              remembered.delete(name);
            }
          };
        },
      });
    },
    ensureCollection: (name, indexes) => store.ensureCollection(name, indexes),
    analyze: () => store.analyze(),
    close: () => store.close(),
  };
}
