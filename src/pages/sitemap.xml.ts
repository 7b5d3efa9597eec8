import type { APIRoute } from 'astro';
import { loadHandbook } from '../data/handbook.ts';
import { readerPages, type ReaderPage } from '../data/pages.ts';
import { LANGUAGES, otherLang } from '../lib/languages.ts';
import { withBase } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';

/** sitemap.xml: every reader page the list in data/pages.ts marks for it, once per language, each with its hreflang alternate. */
export const GET: APIRoute = async () => {
  const groups = new Map<string, Map<string, ReaderPage & { sitemap: NonNullable<ReaderPage['sitemap']> }>>();
  for (const page of readerPages(await loadHandbook())) {
    if (!page.sitemap) continue;
    const group = groups.get(page.sitemap.group) ?? groups.set(page.sitemap.group, new Map()).get(page.sitemap.group)!;
    group.set(page.props.lang, { ...page, sitemap: page.sitemap });
  }
  const url = (page: ReaderPage) => SITE_URL + withBase(page.path);
  const entries = [...groups.values()].flatMap((group) =>
    LANGUAGES.flatMap((lang) => {
      const page = group.get(lang);
      const other = group.get(otherLang(lang));
      if (!page || !other) return [];
      return [[
        '  <url>',
        `    <loc>${url(page)}</loc>`,
        ...(page.sitemap.lastmod ? [`    <lastmod>${page.sitemap.lastmod.toISOString().slice(0, 10)}</lastmod>`] : []),
        `    <xhtml:link rel="alternate" hreflang="${lang}" href="${url(page)}"/>`,
        `    <xhtml:link rel="alternate" hreflang="${otherLang(lang)}" href="${url(other)}"/>`,
        '  </url>',
      ].join('\n')];
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
