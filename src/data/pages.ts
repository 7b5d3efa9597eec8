/**
 * Every page the catch-all route renders (src/pages/[...path].astro), listed once: its kind, language and
 * path, the props its view receives, its cache key for Astro's incremental build, the title and eyebrow of
 * its share image (src/pages/og/), and whether the sitemap lists it (src/pages/sitemap.xml.ts). The three
 * read this list, so a new kind of page gets its route, its share image and its sitemap entry in one place.
 * `/404.html` is the host's own fallback (src/pages/404.astro) and is not listed.
 */
import { renderKey, type Handbook } from './handbook.ts';
import { t } from '../lib/i18n.ts';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../lib/languages.ts';
import type { RegisterRecord } from '../lib/register.ts';
import { href, localizedPath, type PageKind } from '../lib/routes.ts';
import { PRINT_EDITIONS } from '../lib/site.ts';
import { availableTools, type ToolKind } from '../lib/tools/availability.ts';

/** Pages that show one thing of the whole handbook and need only their language. */
export type SimplePageKind = Extract<PageKind, 'home' | 'caseStudies' | 'glossary' | 'sources' | 'search' | 'offline' | 'commitments' | 'notFound' | 'print' | ToolKind>;

/** A short link's choice page: `/go/<key>/` names the page in both languages. */
export interface GoTarget {
  /** The page key (or a commitment's OGP ID) the short link is named after. */
  key: string;
  /** What the short link leads to. */
  kind: Extract<PageKind, 'chapter' | 'caseStudy' | 'commitment'>;
  /** The target's slug (a commitment's OGP ID). */
  slug: string;
  /** The target's title in each language. */
  titles: { id: string; en: string };
}

/** What the view of a page receives, by kind (`redirect`: an old address from `redirectFrom`). */
export type PageProps = { lang: Lang; handbook: Handbook } & (
  | { kind: SimplePageKind }
  | { kind: 'chapter'; item: Handbook['chapters'][number] }
  | { kind: 'caseStudy'; item: Handbook['caseStudies'][number] }
  | { kind: 'commitment'; record: RegisterRecord }
  | { kind: 'redirect'; target: string; title: string }
  | { kind: 'go'; go: GoTarget }
);

/** One page of the site. */
export interface ReaderPage {
  /** Root-relative path without the base, from lib/routes: `/bab/forum-multipihak/`. */
  path: string;
  /** What the page's view receives. */
  props: PageProps;
  /** The page's cache key: Astro renders it again only when this or its code changed (see renderKey). */
  cacheKey: string;
  /** The page's share-preview image (`/og/<path>.png`), if it has one: its title and the line above it. */
  share?: { title: string; eyebrow: string };
  /**
   * Listed in the sitemap: `group` joins a page with its translations (hreflang alternates);
   * `lastmod` is the default language's `lastReviewed`.
   */
  sitemap?: { group: string; lastmod?: Date };
}

/** Pages of one kind per language that the sitemap lists, in its order, with their share images' text. */
const SIMPLE: Array<{ kind: SimplePageKind; share: (lang: Lang) => ReaderPage['share'] }> = [
  { kind: 'home', share: (l) => ({ title: t(l, 'home.title'), eyebrow: t(l, 'site.tagline') }) },
  { kind: 'caseStudies', share: (l) => ({ title: t(l, 'caseStudy.indexTitle'), eyebrow: t(l, 'nav.caseStudies') }) },
  { kind: 'glossary', share: (l) => ({ title: t(l, 'glossary.title'), eyebrow: t(l, 'site.title') }) },
  { kind: 'sources', share: (l) => ({ title: t(l, 'sources.title'), eyebrow: t(l, 'site.title') }) },
  { kind: 'commitments', share: (l) => ({ title: t(l, 'register.title'), eyebrow: t(l, 'register.nav') }) },
];

const TOOL_TITLE = { toolCommitment: 'tools.commitment.title', toolReadiness: 'tools.readiness.title' } as const;

/** Every page of the handbook, each language's version next to the other's. */
export function readerPages(handbook: Handbook): ReaderPage[] {
  const shared = renderKey(handbook);
  const pages: ReaderPage[] = [];
  const add = (props: PageProps, path: string, more: Partial<ReaderPage> = {}) => pages.push({ path, props, cacheKey: shared, ...more });
  const both = (make: (lang: Lang) => void) => LANGUAGES.forEach(make);
  const group = (kind: string, slug?: string) => `${kind}:${slug ?? ''}`;

  for (const s of SIMPLE) both((lang) => add({ kind: s.kind, lang, handbook }, localizedPath(lang, s.kind), { share: s.share(lang), sitemap: { group: group(s.kind) } }));
  // One page per commitment of the register, addressed by its OGP ID: /komitmen/IDSMG0005/.
  for (const r of handbook.register.records) {
    both((lang) =>
      add({ kind: 'commitment', lang, handbook, record: r }, localizedPath(lang, 'commitment', r.ref), {
        share: { title: r.title[lang], eyebrow: `${t(lang, 'register.commitmentOf', { member: r.member.name[lang] })}${r.ogpId ? ` · ${r.ogpId}` : ''}` },
        sitemap: { group: group('commitment', r.ref) },
      }),
    );
  }
  for (const kind of availableTools(handbook.chapters)) {
    both((lang) => add({ kind, lang, handbook }, localizedPath(lang, kind), { share: { title: t(lang, TOOL_TITLE[kind]), eyebrow: t(lang, 'tools.home.title') }, sitemap: { group: group(kind) } }));
  }
  const lastReviewed = (items: Array<{ lang: Lang; slug: string; entry: { data: { lastReviewed: Date } } }>, slug: string) => items.find((c) => c.lang === DEFAULT_LANG && c.slug === slug)?.entry.data.lastReviewed;
  for (const c of handbook.chapters) {
    add({ kind: 'chapter', lang: c.lang, handbook, item: c }, localizedPath(c.lang, 'chapter', c.slug), {
      cacheKey: renderKey(handbook, c.entry),
      share: { title: c.entry.data.title, eyebrow: t(c.lang, 'chapter.label', { n: c.nav.number }) },
      sitemap: { group: group('chapter', c.slug), lastmod: lastReviewed(handbook.chapters, c.slug) },
    });
  }
  for (const c of handbook.caseStudies) {
    add({ kind: 'caseStudy', lang: c.lang, handbook, item: c }, localizedPath(c.lang, 'caseStudy', c.slug), {
      cacheKey: renderKey(handbook, c.entry),
      share: { title: c.entry.data.title, eyebrow: t(c.lang, 'type.caseStudy') },
      sitemap: { group: group('caseStudy', c.slug), lastmod: lastReviewed(handbook.caseStudies, c.slug) },
    });
  }
  both((lang) => add({ kind: 'search', lang, handbook }, localizedPath(lang, 'search'), { share: { title: t(lang, 'search.pageTitle'), eyebrow: t(lang, 'site.title') } }));
  both((lang) => add({ kind: 'offline', lang, handbook }, localizedPath(lang, 'offline'), { share: { title: t(lang, 'offline.title'), eyebrow: t(lang, 'site.title') } }));
  // The print edition shows every page's text: its key changes when any page changes. PRINT_EDITIONS=off leaves it out.
  if (PRINT_EDITIONS) {
    both((lang) =>
      add({ kind: 'print', lang, handbook }, localizedPath(lang, 'print'), {
        cacheKey: renderKey(handbook, { body: [...handbook.chapters, ...handbook.caseStudies].filter((c) => c.lang === lang).map((c) => c.entry.digest ?? c.entry.body).join('\n') }),
        share: { title: t(lang, 'pub.printTitle'), eyebrow: t(lang, 'site.title') },
      }),
    );
  }
  // The English 404 page is a normal page; the Indonesian one is the host's /404.html (src/pages/404.astro).
  for (const lang of LANGUAGES.filter((l) => l !== DEFAULT_LANG)) add({ kind: 'notFound', lang, handbook }, localizedPath(lang, 'notFound'));

  const keyed = [...handbook.chapters.map((c) => ({ ...c, kind: 'chapter' as const })), ...handbook.caseStudies.map((c) => ({ ...c, kind: 'caseStudy' as const }))];
  // Old addresses from `redirectFrom` keep working after a rename or move.
  for (const c of keyed) for (const from of c.entry.data.redirectFrom) add({ kind: 'redirect', lang: c.lang, handbook, target: href(c.lang, c.kind, c.slug), title: c.entry.data.title }, from);
  // One short link per key, the same in both languages: /go/<key>/ (in the default language's folder).
  for (const c of keyed.filter((k) => k.lang === DEFAULT_LANG)) {
    const other = keyed.find((o) => o.lang !== DEFAULT_LANG && o.slug === c.slug && o.entry.data.key === c.entry.data.key);
    const titles = { id: c.entry.data.title, en: other?.entry.data.title ?? c.entry.data.title };
    add({ kind: 'go', lang: DEFAULT_LANG, handbook, go: { key: c.entry.data.key, kind: c.kind, slug: c.slug, titles } }, localizedPath(DEFAULT_LANG, 'go', c.entry.data.key));
  }
  // Short links to commitments, by OGP ID or key: /go/IDSMG0005/ (the check keeps keys apart from page keys).
  for (const r of handbook.register.records) add({ kind: 'go', lang: DEFAULT_LANG, handbook, go: { key: r.ref, kind: 'commitment', slug: r.ref, titles: r.title } }, localizedPath(DEFAULT_LANG, 'go', r.ref));
  return pages;
}
