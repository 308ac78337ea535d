import { loadHtmlSanitizer } from '../shared/heavy-libraries';

/**
 * The allow-list for study content HTML. Everything else goes: scripts, iframes, event handlers, links
 * (rich-text cannot follow them), styles beyond alignment and colour. Images may come from https or
 * from our files port (`zhdj-file:<id>`, resolved to a URL when read). The mini-program's rich-text
 * renderer does not see page styles, so images and tables get their layout inline.
 */
export const FILE_SCHEME = 'zhdj-file';

const INLINE_LAYOUT: Record<string, string> = {
  img: 'max-width:100%;height:auto;display:block;margin:8px 0',
  table: 'width:100%;border-collapse:collapse;margin:8px 0',
  th: 'border:1px solid #d9d9d9;padding:6px;background:#fafafa',
  td: 'border:1px solid #d9d9d9;padding:6px',
};

function withLayout(tagName: string, attribs: Record<string, string>) {
  const layout = INLINE_LAYOUT[tagName];
  return { tagName, attribs: layout ? { ...attribs, style: layout } : attribs };
}

const SAFE_VALUE = /^[#(),.%\w\s-]+$/;

export async function sanitizeContentHtml(html: string): Promise<string> {
  const sanitizeHtml = await loadHtmlSanitizer();
  return sanitizeHtml(html, {
    allowedTags: [
      'h2',
      'h3',
      'h4',
      'p',
      'br',
      'hr',
      'strong',
      'b',
      'em',
      'i',
      'u',
      'span',
      'blockquote',
      'section',
      'div',
      'ul',
      'ol',
      'li',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'img',
    ],
    allowedAttributes: {
      img: ['src', 'alt', 'style'],
      table: ['style'],
      th: ['colspan', 'rowspan', 'style'],
      td: ['colspan', 'rowspan', 'style'],
      p: ['style'],
      span: ['style'],
    },
    allowedStyles: {
      '*': {
        'text-align': [/^(left|right|center|justify)$/],
        color: [/^#[0-9a-f]{3,6}$/i],
        'font-weight': [/^(bold|normal|[1-9]00)$/],
        'max-width': [SAFE_VALUE],
        height: [SAFE_VALUE],
        width: [SAFE_VALUE],
        display: [/^block$/],
        margin: [SAFE_VALUE],
        padding: [SAFE_VALUE],
        border: [SAFE_VALUE],
        'border-collapse': [/^collapse$/],
        background: [/^#[0-9a-f]{3,6}$/i],
      },
    },
    allowedSchemes: ['https', 'http'],
    allowedSchemesByTag: { img: ['https', 'http', FILE_SCHEME] },
    allowProtocolRelative: false,
    transformTags: { img: withLayout, table: withLayout, th: withLayout, td: withLayout, h1: 'h2' },
    // Text inside removed tags (links, fonts) stays; the contents of these never do.
    nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'object', 'embed'],
  });
}

/**
 * File ids referenced by `zhdj-file:` images, to resolve them into URLs when the content is read. An id runs
 * to the end of the attribute: WeChat's are `cloud://<env>/<path>`, the local and S3 ones `<random>.<ext>`.
 */
export function referencedFiles(html: string): string[] {
  return [...new Set([...html.matchAll(new RegExp(`${FILE_SCHEME}:([^"'\\s<>]+)`, 'g'))].map((m) => m[1] ?? ''))];
}
