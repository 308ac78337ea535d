/**
 * The content editor works in blocks — 标题, 段落, 列表, 图片, 表格 — that become HTML on save: a form that
 * works the same in WeChat and in the browser and that older secretaries find easy. HTML the editor did
 * not write (pasted from elsewhere) opens as one 原文 block and is saved as it is; the server sanitises
 * everything either way.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list' | 'image' | 'table' | 'html';

export interface Block {
  kind: BlockKind;
  /** Text for text blocks (lines for lists and tables, cells split by |); the image reference for images. */
  text: string;
}

export const BLOCK_LABELS: Record<BlockKind, string> = {
  heading: '小标题',
  paragraph: '段落',
  list: '列表（每行一项）',
  image: '图片',
  table: '表格（每行一排，用 | 分列）',
  html: '原文',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescape = (text: string) =>
  text
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text.trim() ? `<h2>${escape(block.text.trim())}</h2>` : '';
    case 'paragraph':
      return lines(block.text)
        .map((line) => `<p>${escape(line)}</p>`)
        .join('');
    case 'list':
      return lines(block.text).length
        ? `<ul>${lines(block.text)
            .map((line) => `<li>${escape(line)}</li>`)
            .join('')}</ul>`
        : '';
    case 'image':
      return block.text ? `<img src="${escape(block.text)}" alt="">` : '';
    case 'table': {
      const rows = lines(block.text).map((line) => line.split(/[|｜]/).map((cell) => escape(cell.trim())));
      if (!rows.length) return '';
      const [head, ...body] = rows;
      return `<table><tr>${(head ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>${body
        .map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`)
        .join('')}</table>`;
    }
    case 'html':
      return block.text;
  }
}

export function blocksToHtml(blocks: Block[]): string {
  return blocks.map(blockToHtml).join('');
}

const TOP_LEVEL = /<(h[1-6]|p|ul|ol|table)\b[^>]*>([\s\S]*?)<\/\1>|<img\b[^>]*?src="([^"]*)"[^>]*>/g;

/** Back to blocks for editing; anything between recognised elements keeps its place as a 原文 block. */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let last = 0;
  const pushRaw = (raw: string) => {
    if (raw.trim()) blocks.push({ kind: 'html', text: raw.trim() });
  };
  for (const match of html.matchAll(TOP_LEVEL)) {
    pushRaw(html.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    const [, tag, inner = '', src] = match;
    const previous = blocks[blocks.length - 1];
    if (src !== undefined) blocks.push({ kind: 'image', text: unescape(src) });
    else if (tag?.startsWith('h')) blocks.push({ kind: 'heading', text: unescape(inner) });
    else if (tag === 'p') {
      // Consecutive paragraphs edit as one block, a line each.
      if (previous?.kind === 'paragraph') previous.text += `\n${unescape(inner)}`;
      else blocks.push({ kind: 'paragraph', text: unescape(inner) });
    } else if (tag === 'ul' || tag === 'ol')
      blocks.push({
        kind: 'list',
        text: [...inner.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((li) => unescape(li[1] ?? '')).join('\n'),
      });
    else if (tag === 'table')
      blocks.push({
        kind: 'table',
        text: [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)]
          .map((tr) =>
            [...(tr[1] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)]
              .map((cell) => unescape(cell[1] ?? ''))
              .join(' | '),
          )
          .join('\n'),
      });
  }
  pushRaw(html.slice(last));
  return blocks;
}
