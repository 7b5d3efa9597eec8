import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../../lib/languages.ts';
import { crawl, rewritePage, rewriteStylesheet, type Reference } from '../../lib/offline/edition.ts';
import { buildManifest, manifestName, pagefindFilesFor } from '../../lib/offline/manifest.ts';
import { pathForFile } from '../../lib/offline/paths.ts';
import { fillSaveSize } from '../../lib/offline/sizes.ts';
import { localizedPath } from '../../lib/routes.ts';
import { BUILD_DATE } from '../../lib/site.ts';
import type { SiteFiles } from './inventory.ts';
import type { SearchIndexFiles } from './search-files.ts';

/** What a language's manifest holds, for the build's log. */
export interface ManifestSummary {
  files: number;
  bytes: number;
  version: string;
}

/**
 * The files "Save for offline reading" downloads for one language: its pages and what they load (from
 * its home and 404 pages), its search index, /go/ short links, the shared assets and every language's
 * "Read offline" page. The print editions (/cetak/, /en/print/) are left out: each is the whole book
 * again on one page, and readers on slow data should not download it twice; they stay in the ZIP.
 */
export async function manifestFiles(site: SiteFiles, lang: Lang, index: SearchIndexFiles, references: Map<string, Reference[]>): Promise<string[] | undefined> {
  const home = site.pageFile(lang, 'home');
  if (!home) return undefined;
  const { locate, location } = site;
  const notFound = site.pageFile(lang, 'notFound') ?? (lang === DEFAULT_LANG && site.exists('404.html') ? '404.html' : undefined);
  const printEditions = new Set(LANGUAGES.flatMap((l) => site.pageFile(l, 'print') ?? []));
  const files = await crawl([home, ...(notFound ? [notFound] : [])], (file) => {
    if (file.endsWith('.html')) {
      const links = references.get(file) ?? rewritePage(site.text(file), { file, site: location, locate }).references;
      return links.flatMap((r) => (!r.file || printEditions.has(r.file) ? [] : !r.file.endsWith('.html') || site.langOf(site.text(r.file)) === lang ? [r.file] : []));
    }
    if (file.endsWith('.css')) return rewriteStylesheet(site.text(file), { file, site: location, locate }).references.flatMap((r) => (r.file ? [r.file] : []));
    return [];
  });
  files.push(...site.files.filter((f) => /^assets\/[^/]+$/.test(f) || /^go\/[^/]+\/index\.html$/.test(f)));
  files.push(...LANGUAGES.flatMap((l) => site.pageFile(l, 'offline') ?? []));
  files.push(...pagefindFilesFor(lang, index.entry, index.files).map((f) => `pagefind/${f}`));
  return [...new Set(files)];
}

/**
 * Write `offline-manifest-<lang>.json` for every language (read by the service worker, public/sw.js),
 * after writing into each "Read offline" page how much "Save" downloads (before the manifests hash it).
 */
export async function writeSaveManifests(site: SiteFiles, index: SearchIndexFiles, references: Map<string, Reference[]>): Promise<Record<string, ManifestSummary>> {
  const lists = new Map<Lang, string[]>();
  for (const lang of LANGUAGES) {
    const files = await manifestFiles(site, lang, index, references);
    if (files) lists.set(lang, files);
  }
  for (const [lang, files] of lists) {
    const page = site.pageFile(lang, 'offline');
    if (page) site.write(page, fillSaveSize(site.text(page), lang, files.reduce((n, f) => n + site.bytes(f).byteLength, 0)));
  }
  const offlinePages = Object.fromEntries(LANGUAGES.map((l) => [l, localizedPath(l, 'offline').slice(1)]));
  const summaries: Record<string, ManifestSummary> = {};
  for (const [lang, files] of lists) {
    const manifest = { ...buildManifest(lang, BUILD_DATE, new Map(files.map((file) => [pathForFile(file), site.bytes(file)]))), offlinePages };
    writeFileSync(join(site.outDir, manifestName(lang)), `${JSON.stringify(manifest, null, 1)}\n`);
    summaries[lang] = { files: files.length, bytes: manifest.bytes, version: manifest.version };
  }
  return summaries;
}
