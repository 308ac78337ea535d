/**
 * One bounded walk over a call's input, before the schema sees it: it measures the input's JSON size and
 * nesting depth and stops as soon as either passes its limit (a deep or huge input costs no more than the
 * limit to refuse), and it refuses strings no store can keep: PostgreSQL's jsonb rejects NUL, and a lone
 * UTF-16 surrogate is not text at all (it cannot be encoded as UTF-8). Keys count as strings too.
 */
export const MAX_INPUT_DEPTH = 32;

export const TOO_DEEP_MESSAGE = '提交的内容层级过深，请更新小程序后重试。';

export type InputProblem =
  | { kind: 'too_large' }
  | { kind: 'too_deep' }
  /** The dotted path of the offending value (or of the object holding the offending key); `_` is the root. */
  | { kind: 'unstorable_text'; path: string };

interface Pending {
  value: unknown;
  depth: number;
  path: Array<string | number>;
}

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** Bytes the value adds to its JSON text, its own punctuation included; children are counted when visited. */
function ownBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') + 2;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value).length;
  if (value === null || value === undefined) return 4;
  return 2;
}

function dotted(path: Array<string | number>): string {
  return path.length ? path.join('.') : '_';
}

export function inspectInput(input: unknown, maxBytes: number, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  const stack: Pending[] = [{ value: input, depth: 0, path: [] }];
  let bytes = 0;
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    bytes += ownBytes(value);
    if (bytes > maxBytes) return { kind: 'too_large' };
    if (typeof value === 'string') {
      if (!isStorableText(value)) return { kind: 'unstorable_text', path: dotted(path) };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return { kind: 'too_deep' };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        bytes += 1;
        if (bytes > maxBytes) return { kind: 'too_large' };
        stack.push({ value: value[i], depth: depth + 1, path: [...path, i] });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (!isStorableText(key)) return { kind: 'unstorable_text', path: dotted(path) };
      bytes += Buffer.byteLength(key, 'utf8') + 4;
      if (bytes > maxBytes) return { kind: 'too_large' };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: [...path, key] });
    }
  }
  return null;
}
