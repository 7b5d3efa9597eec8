import type { APIRoute } from 'astro';
import { loadHandbook } from '../data/handbook.ts';
import { LANGUAGES, otherLang, type Lang } from '../lib/languages.ts';
import { localizedPath, withBase, type PageKind } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { availableTools } from '../lib/tools/availability.ts';

/** sitemap.xml: every reader page once per language, each with its hreflang alternate. */
export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  const pages: Array<{ kind: PageKind; slug?: string; lastmod?: Date }> = [
    { kind: 'home' }, { kind: 'caseStudies' }, { kind: 'glossary' }, { kind: 'sources' }, { kind: 'commitments' },
    ...handbook.register.records.map((r) => ({ kind: 'commitment' as const, slug: r.ref })),
    ...availableTools(handbook.chapters).map((kind) => ({ kind })),
    ...handbook.chapters.filter((c) => c.lang === 'id').map((c) => ({ kind: 'chapter' as const, slug: c.slug, lastmod: c.entry.data.lastReviewed })),
    ...handbook.caseStudies.filter((c) => c.lang === 'id').map((c) => ({ kind: 'caseStudy' as const, slug: c.slug, lastmod: c.entry.data.lastReviewed })),
  ];
  const url = (lang: Lang, kind: PageKind, slug?: string) => SITE_URL + withBase(localizedPath(lang, kind, slug));
  const entries = pages.flatMap((p) =>
    LANGUAGES.map((lang) => [
      '  <url>',
      `    <loc>${url(lang, p.kind, p.slug)}</loc>`,
      ...(p.lastmod ? [`    <lastmod>${p.lastmod.toISOString().slice(0, 10)}</lastmod>`] : []),
      `    <xhtml:link rel="alternate" hreflang="${lang}" href="${url(lang, p.kind, p.slug)}"/>`,
      `    <xhtml:link rel="alternate" hreflang="${otherLang(lang)}" href="${url(otherLang(lang), p.kind, p.slug)}"/>`,
      '  </url>',
    ].join('\n')),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
