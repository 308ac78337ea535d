/**
 * Cuts an item's sanitised HTML into passages a member can be shown as a quote: a new passage at every
 * heading, paragraphs (list items, table rows) gathered under it up to a readable length. The item's
 * summary is passage 0, so a question about what an item is about finds it too. The assistant indexes these
 * passages; the study detail page cuts the same way to find the passage a citation names.
 */
export interface Passage {
  heading: string;
  text: string;
  /** The body's block elements (numbered in document order, see `bodyBlocks`) the passage is made of. */
  blocks: number[];
}

const MAX_PASSAGE_CHARS = 220;
const BLOCK = /<(h[1-6]|p|li|tr|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function plainText(html: string): string {
  return html
    .replace(/<\/t[dh]>/gi, '，')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[，\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface BodyBlock {
  tag: string;
  /** Where the block's opening tag starts in the HTML. */
  start: number;
  text: string;
}

/** The body's text blocks (headings, paragraphs, list items, table rows, quotes) in document order. */
export function bodyBlocks(bodyHtml: string): BodyBlock[] {
  return [...bodyHtml.matchAll(BLOCK)].map((match) => ({
    tag: (match[1] ?? '').toLowerCase(),
    start: match.index ?? 0,
    text: plainText(match[2] ?? ''),
  }));
}

export function chunkContent(summary: string, bodyHtml: string): Passage[] {
  const passages: Passage[] = summary.trim() ? [{ heading: '', text: summary.trim(), blocks: [] }] : [];
  let heading = '';
  let open: Passage | null = null;
  const close = () => {
    if (open?.text) passages.push(open);
    open = null;
  };
  bodyBlocks(bodyHtml).forEach(({ tag, text }, index) => {
    if (!text) return;
    if (/^h\d$/.test(tag)) {
      close();
      heading = text;
      return;
    }
    if (open && open.text.length + text.length > MAX_PASSAGE_CHARS) close();
    open ??= { heading, text: '', blocks: [] };
    open.text = open.text ? `${open.text}\n${text}` : text;
    open.blocks.push(index);
  });
  close();
  return passages;
}
