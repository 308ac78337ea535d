import { bodyBlocks, chunkContent } from '@contract/passages';

/**
 * Where a citation of 问一问 points in an item's body. The body is cut where the top-level element holding the
 * passage's first block starts, so the page can wrap the rest in a view it scrolls to (rich text inside the
 * mini-program cannot be scrolled to by itself); the passage's own blocks can be marked.
 */
export interface CitedBody {
  before: string;
  from: string;
}

const TAG = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi;
const VOID_TAGS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'wbr']);
/** The passage's blocks keep their room when the highlight fades, so the text does not move. */
const ROOM_STYLE = 'padding:4px 8px;margin-left:-8px;margin-right:-8px;border-radius:4px;transition:background 1s';
const MARK_STYLE = 'background:#FFF3E0;box-shadow:-4px 0 0 #C8161D;';

/** Where the top-level element holding `position` opens. */
function topLevelStart(html: string, position: number): number {
  let depth = 0;
  let start = position;
  for (const match of html.matchAll(TAG)) {
    const at = match.index ?? 0;
    if (at >= position) break;
    const [, closing, name = '', selfClosing] = match;
    if (VOID_TAGS.has(name.toLowerCase()) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else {
      if (depth === 0) start = at;
      depth += 1;
    }
  }
  return depth === 0 ? position : start;
}

/** The body cut at the cited passage, its blocks marked while `marked`; null when the passage is not in the body. */
export function citedBody(summary: string, body: string, passage: number, marked: boolean): CitedBody | null {
  const blockIndexes = chunkContent(summary, body)[passage]?.blocks ?? [];
  if (blockIndexes.length === 0) return null;
  const blocks = bodyBlocks(body);
  const starts = new Set(blockIndexes.map((index) => blocks[index]!.start));
  const cut = topLevelStart(body, blocks[blockIndexes[0]!]!.start);
  let from = '';
  let last = cut;
  for (const start of [...starts].sort((a, b) => a - b)) {
    // Right after the tag's name: `<p` of `<p class="…">`.
    const nameEnd = start + (/^<[a-z0-9]+/i.exec(body.slice(start, start + 16))?.[0].length ?? 0);
    from += body.slice(last, nameEnd);
    from += ` data-cited="true" style="${ROOM_STYLE}${marked ? `;${MARK_STYLE}` : ''}"`;
    last = nameEnd;
  }
  from += body.slice(last);
  return { before: body.slice(0, cut), from };
}
