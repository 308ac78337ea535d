/**
 * The text of a content item as numbered passages (paragraphs, list items, table rows), for drafting
 * questions that quote where they come from. Headings are not passages; they name the section that follows.
 */
export interface Passage {
  /** 1-based, in reading order: what "第 3 段" counts. */
  index: number;
  text: string;
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Passages of sanitised HTML: each paragraph, list item and table row (cells joined), in order. */
export function passagesOf(html: string): Passage[] {
  const blocks: string[] = [];
  const pattern = /<(p|li|tr)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const match of html.matchAll(pattern)) {
    const [, tag, inner = ''] = match;
    if (tag!.toLowerCase() === 'tr') {
      if (/<th\b/i.test(inner)) continue;
      const cells = [...inner.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map((cell) => plainText(cell[1] ?? ''));
      blocks.push(cells.filter(Boolean).join('：'));
    } else if (!/<(p|li)\b/i.test(inner)) {
      blocks.push(plainText(inner));
    }
  }
  return blocks
    .map((text) => text.replace(/……$/, '').trim())
    .filter((text) => text.length > 0)
    .map((text, i) => ({ index: i + 1, text }));
}

/** Where a passage sits, as a reader finds it. */
export const passageRef = (passage: Passage) => `第 ${passage.index} 段`;

/** Sentences of a passage worth asking about: a clause of 8–120 characters, without its closing mark. */
export function sentencesOf(passage: Passage): string[] {
  return passage.text
    .split(/(?<=[。！？；])/)
    .map((sentence) => sentence.replace(/[。！？；，、：\s]+$/, '').trim())
    .filter((sentence) => sentence.length >= 8 && sentence.length <= 120);
}
