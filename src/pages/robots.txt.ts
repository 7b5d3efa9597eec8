import type { APIRoute } from 'astro';
import { withBase } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';

/** robots.txt: everything may be indexed; points crawlers at the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_URL}${withBase('/sitemap.xml')}\n`, { headers: { 'content-type': 'text/plain' } });
