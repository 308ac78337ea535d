/**
 * Cuts an item's sanitised HTML into passages a member can be shown as a quote: a new passage at every
 * heading, paragraphs (list items, table rows) gathered under it up to a readable length. The item's
 * summary is passage 0, so a question about what an item is about finds it too.
 */
export interface Passage {
  heading: string;
  text: string;
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

export function chunkContent(summary: string, bodyHtml: string): Passage[] {
  const passages: Passage[] = summary.trim() ? [{ heading: '', text: summary.trim() }] : [];
  let heading = '';
  let open: Passage | null = null;
  const close = () => {
    if (open?.text) passages.push(open);
    open = null;
  };
  for (const [, tag, inner] of bodyHtml.matchAll(BLOCK)) {
    const text = plainText(inner ?? '');
    if (!text) continue;
    if (/^h\d$/i.test(tag ?? '')) {
      close();
      heading = text;
      continue;
    }
    if (open && open.text.length + text.length > MAX_PASSAGE_CHARS) close();
    open ??= { heading, text: '' };
    open.text = open.text ? `${open.text}\n${text}` : text;
  }
  close();
  return passages;
}
