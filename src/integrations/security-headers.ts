import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Write `_headers` (read by Netlify, Cloudflare Pages and similar hosts) with the
 * same Content-Security-Policy the pages carry in their <meta> tag (read from the
 * built home page), plus the headers a meta tag cannot set (frame-ancestors,
 * nosniff, referrer policy).
 */
export function writeSecurityHeaders(outDir: string): void {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  if (!csp) throw new Error('The home page has no Content-Security-Policy meta tag; check security.csp in astro.config.mjs.');
  const policy = `${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
  writeFileSync(
    join(outDir, '_headers'),
    `/*\n  Content-Security-Policy: ${policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n`,
  );
}
