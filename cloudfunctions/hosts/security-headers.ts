import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The security headers of every answer. Scripts run only from this origin, plus the inline scripts of the
 * served index.html, allowed by their hashes (Taro's H5 page sizes its root font in one); an injected
 * script matches no hash. Styles stay inline-capable (Taro sets them from script), fonts may be data: URLs
 * (Taro's icon font is embedded that way), and images and media may also come from the file store's origin.
 */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** CSP source expressions for each inline script of the page, as the browser hashes them. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '', 'utf8')
        .digest('base64')}'`,
  );
}

export function securityHeaders(indexHtmlPath: string, filesOrigin: string | null): Record<string, string> {
  const files = filesOrigin ? ` ${filesOrigin}` : '';
  const hashes = existsSync(indexHtmlPath) ? inlineScriptHashes(readFileSync(indexHtmlPath, 'utf8')) : [];
  const scripts = ["'self'", ...new Set(hashes)].join(' ');
  return {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(self)',
    'content-security-policy': `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data: blob:${files}; media-src 'self' blob:${files}; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`,
  };
}
