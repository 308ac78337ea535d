import { contract, type RouteName } from '../../types/contract';
import { MAX_INPUT_BYTES } from '../router/dispatch';
import { MAX_INPUT_DEPTH } from '../router/input-walk';

/**
 * The limits on a request body, applied before JSON.parse: a body is an input, so it may be as large as its
 * route's input (plus room for JSON escapes) once the caller is signed in, and small before that — nobody
 * signing in sends more than a few hundred bytes. Nesting is counted in one pass over the text, because
 * parsing a deeply nested array costs the event loop far more than scanning it.
 */
export const ANONYMOUS_BODY_LIMIT = 16 * 1024;

/** JSON text may spell a character longer than the input walk counts it (escapes, whitespace). */
const JSON_SLACK = 4 * 1024;

/** The largest body any route takes: the server-wide limit, so the per-request one can only be lower. */
export const LARGEST_BODY =
  Math.max(MAX_INPUT_BYTES, ...Object.values(contract).map((def) => def.maxInputBytes ?? MAX_INPUT_BYTES)) + JSON_SLACK;

export function bodyLimitFor(route: string, signedIn: boolean): number {
  if (!signedIn) return ANONYMOUS_BODY_LIMIT;
  const def = Object.prototype.hasOwnProperty.call(contract, route) ? contract[route as RouteName] : null;
  return (def?.maxInputBytes ?? MAX_INPUT_BYTES) + JSON_SLACK;
}

/** True when arrays and objects nest deeper than the input walk allows; brackets inside strings do not count. */
export function nestsTooDeep(text: string, maxDepth = MAX_INPUT_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}
