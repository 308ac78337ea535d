/**
 * Keyword search without a full-text engine: a document stores the distinct 1- and 2-character grams of
 * its searchable text; a query matches documents holding every 2-gram of it (or its single character).
 * Equality on an array field is indexed by every adapter (nedb, PostgreSQL GIN, WeChat), so search stays
 * an indexed query. Latin words are lower-cased; spaces and punctuation separate grams.
 */
const MAX_QUERY_GRAMS = 8;

function segments(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function gramsOf(segment: string, size: 1 | 2): string[] {
  const chars = [...segment];
  if (size === 1) return chars;
  return chars.slice(0, -1).map((char, index) => char + (chars[index + 1] ?? ''));
}

export function searchTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const segment of texts.flatMap(segments)) {
    for (const gram of gramsOf(segment, 1)) terms.add(gram);
    for (const gram of gramsOf(segment, 2)) terms.add(gram);
  }
  return [...terms];
}

/** The grams a keyword must all match; empty when the keyword has no letters or digits. */
export function queryTerms(keyword: string): string[] {
  const grams = segments(keyword).flatMap((segment) =>
    [...segment].length === 1 ? gramsOf(segment, 1) : gramsOf(segment, 2),
  );
  return [...new Set(grams)].slice(0, MAX_QUERY_GRAMS);
}
