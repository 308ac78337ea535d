/** The parts of nedb's document model the embedded adapter's `_id` walk uses (the package ships no types for them). */
declare module '@seald-io/nedb/lib/model.js' {
  export function match(doc: unknown, query: unknown): boolean;
  export function deepCopy<T>(doc: T): T;
  export function compareThings(a: unknown, b: unknown): number;
}
