import { formatDate, t } from '../../lib/i18n.ts';
import { BANNER_STYLE, crawl, offlineBanner, rewritePage, rewriteStylesheet, type Reference } from '../../lib/offline/edition.ts';
import { pathForFile } from '../../lib/offline/paths.ts';
import type { PackedEntry } from '../../lib/offline/zip.ts';
import { BASE_PATH, BUILD_DATE, SITE_URL } from '../../lib/site.ts';
import { homePages, type SiteFiles } from './inventory.ts';
import type { PageCache } from './page-cache.ts';

/** The offline edition (the ZIP's folder) as it is put together, step by step. */
export interface Edition {
  /** File (relative to the edition's folder) → its content for file://. */
  files: Map<string, string | Uint8Array>;
  /** What each page links to, kept from the crawl so the manifests do not read every page again. */
  references: Map<string, Reference[]>;
  /** Scripts the pages load as modules (`<script type="module" src>`). */
  modules: Set<string>;
  /** Files the pages load that the build does not have. */
  problems: string[];
  /** Files compressed for the ZIP (see ./pack.ts). */
  packed: Map<string, PackedEntry>;
  /** How many languages the edition holds. */
  languages: number;
}

/**
 * The offline edition's first draft: every page reachable from the home pages, rewritten for file://
 * (relative links, the "offline edition of <date>" banner), their stylesheets, and the other files they
 * load as they are. Scripts are converted by ./scripts.ts. With a cache, pages whose bytes (and everything
 * else the rewrite depends on) did not change since the last build are taken from it instead.
 */
export async function crawlEdition(site: SiteFiles, cache?: PageCache): Promise<Edition> {
  const homes = homePages(site);
  const edition: Edition = { files: new Map(), references: new Map(), modules: new Set(), problems: [], packed: new Map(), languages: homes.length };
  const { files, locate, location } = { files: edition.files, locate: site.locate, location: site.location };
  const follow = (from: string, references: Reference[]) =>
    references.flatMap((r) => {
      if (!r.file && !r.navigation) edition.problems.push(`${from} loads ${BASE_PATH}${r.path}, which the build does not have.`);
      if (r.file && r.module) edition.modules.add(r.file);
      return r.file ? [r.file] : [];
    });
  const rewrite = (file: string, html: string) => {
    const lang = site.langOf(html);
    const banner = offlineBanner(t(lang, 'offline.banner', { date: formatDate(lang, BUILD_DATE) }), t(lang, 'offline.bannerLink'), SITE_URL + BASE_PATH + encodeURI(pathForFile(file)));
    const page = rewritePage(html, { file, site: location, locate, banner, head: BANNER_STYLE });
    cache?.set(file, html, page);
    return page;
  };
  await crawl(homes, (file) => {
    if (file.endsWith('.html')) {
      const html = site.text(file);
      const page = cache?.get(file, html) ?? rewrite(file, html);
      files.set(file, page.html);
      edition.references.set(file, page.references);
      return follow(file, page.references);
    }
    if (file.endsWith('.css')) {
      const sheet = rewriteStylesheet(site.text(file), { file, site: location, locate });
      files.set(file, sheet.css);
      return follow(file, sheet.references);
    }
    files.set(file, site.bytes(file));
    return [];
  });
  return edition;
}
