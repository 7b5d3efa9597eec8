import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { loadHandbook } from '../../data/handbook.ts';
import { readerPages } from '../../data/pages.ts';
import { renderOgImageCached } from '../../lib/og-image.ts';
import { t } from '../../lib/i18n.ts';
import { ogImagePath } from '../../lib/routes.ts';
import { CACHE_DIR, OG_IMAGES } from '../../lib/site.ts';

const CACHE = join(CACHE_DIR, 'og');

/** One share-preview image per reader page that the list in data/pages.ts gives one, showing the page's own title. */
export const getStaticPaths: GetStaticPaths = async () => {
  if (!OG_IMAGES) return [];
  return readerPages(await loadHandbook()).flatMap(({ path, props: { lang }, share }) =>
    share
      ? [{ params: { image: ogImagePath(path).replace(/^\/og\/|\.png$/g, '') }, props: { title: share.title, eyebrow: share.eyebrow, siteTitle: t(lang, 'site.title'), footer: t(lang, 'lang.name') } }]
      : [],
  );
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImageCached(props as Parameters<typeof renderOgImageCached>[0], CACHE)), { headers: { 'content-type': 'image/png' } });
