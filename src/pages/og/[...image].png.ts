import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { loadHandbook } from '../../data/handbook.ts';
import { renderOgImageCached } from '../../lib/og-image.ts';
import { t } from '../../lib/i18n.ts';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';
import { localizedPath, ogImagePath } from '../../lib/routes.ts';
import { CACHE_DIR, OG_IMAGES } from '../../lib/site.ts';
import { availableTools } from '../../lib/tools/availability.ts';
import { PRINT_EDITIONS } from '../../publications/names.ts';

const CACHE = join(CACHE_DIR, 'og');

/** One share-preview image per reader page and language, showing the page's own title. */
export const getStaticPaths: GetStaticPaths = async () => {
  if (!OG_IMAGES) return [];
  const handbook = await loadHandbook();
  const image = (lang: Lang, path: string, title: string, eyebrow: string) => ({
    params: { image: ogImagePath(path).replace(/^\/og\/|\.png$/g, '') },
    props: { title, eyebrow, siteTitle: t(lang, 'site.title'), footer: t(lang, 'lang.name') },
  });
  return [
    ...LANGUAGES.flatMap((lang) => [
      image(lang, localizedPath(lang, 'home'), t(lang, 'home.title'), t(lang, 'site.tagline')),
      image(lang, localizedPath(lang, 'caseStudies'), t(lang, 'caseStudy.indexTitle'), t(lang, 'nav.caseStudies')),
      image(lang, localizedPath(lang, 'glossary'), t(lang, 'glossary.title'), t(lang, 'site.title')),
      image(lang, localizedPath(lang, 'sources'), t(lang, 'sources.title'), t(lang, 'site.title')),
      image(lang, localizedPath(lang, 'commitments'), t(lang, 'register.title'), t(lang, 'register.nav')),
      ...handbook.register.records.map((r) => image(lang, localizedPath(lang, 'commitment', r.ref), r.title[lang], `${t(lang, 'register.commitmentOf', { member: r.member.name[lang] })}${r.ogpId ? ` · ${r.ogpId}` : ''}`)),
      ...availableTools(handbook.chapters).map((kind) => image(lang, localizedPath(lang, kind), t(lang, kind === 'toolCommitment' ? 'tools.commitment.title' : 'tools.readiness.title'), t(lang, 'tools.home.title'))),
      image(lang, localizedPath(lang, 'search'), t(lang, 'search.pageTitle'), t(lang, 'site.title')),
      image(lang, localizedPath(lang, 'offline'), t(lang, 'offline.title'), t(lang, 'site.title')),
      ...(PRINT_EDITIONS ? [image(lang, localizedPath(lang, 'print'), t(lang, 'pub.printTitle'), t(lang, 'site.title'))] : []),
    ]),
    ...handbook.chapters.map((c) => image(c.lang, localizedPath(c.lang, 'chapter', c.slug), c.entry.data.title, t(c.lang, 'chapter.label', { n: c.nav.number }))),
    ...handbook.caseStudies.map((c) => image(c.lang, localizedPath(c.lang, 'caseStudy', c.slug), c.entry.data.title, t(c.lang, 'type.caseStudy'))),
  ];
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImageCached(props as Parameters<typeof renderOgImageCached>[0], CACHE)), { headers: { 'content-type': 'image/png' } });
