import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../lib/files.ts';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from '../../lib/languages.ts';
import { pageLang } from '../../lib/offline/edition.ts';
import { OFFLINE_ZIP_NAME, SERVICE_WORKER_FILE } from '../../lib/offline/names.ts';
import { fileForPath, type SiteLocation } from '../../lib/offline/paths.ts';
import { localizedPath, type PageKind } from '../../lib/routes.ts';
import { BASE_PATH, SITE_URL } from '../../lib/site.ts';
import { isOnlineOnlyDownload } from '../../publications/names.ts';
import { redirectLocator } from './redirects.ts';

/**
 * The built site as the offline steps see it: its files (paths relative to the output folder), their
 * text read once and kept, and where a site path leads. Steps that change a page write it through
 * {@link SiteFiles.write}, so later steps read the new text.
 */
export interface SiteFiles {
  outDir: string;
  /** The project folder (for the offline search runtime's source). */
  root: string;
  location: SiteLocation;
  /** Every file the offline editions may hold; the search index joins after {@link SiteFiles.refresh}. */
  files: string[];
  exists(file: string): boolean;
  text(file: string): string;
  bytes(file: string): Buffer;
  /** Write a page and keep its new text for the steps after. */
  write(file: string, text: string): void;
  /** List the files again, search index included (once Pagefind has written it). */
  refresh(): void;
  /** The file for a site path, following redirect pages (old addresses) to the page they lead to. */
  locate(path: string): string | undefined;
  /** A page's language, from its `<html lang>`. */
  langOf(html: string): Lang;
  /** The built file of a page kind in one language, if the build has it. */
  pageFile(lang: Lang, kind: PageKind): string | undefined;
}

/**
 * Files no offline edition holds: the editions themselves, the service worker, and the PDFs and EPUBs,
 * which stay online (src/publications/names.ts): links to them point at the website.
 */
function isArtifact(file: string): boolean {
  return file === OFFLINE_ZIP_NAME || file === SERVICE_WORKER_FILE || /^offline-manifest-[\w-]+\.json$/.test(file) || isOnlineOnlyDownload(file);
}

/** Take stock of a built site folder for the offline steps. The search index may still be being written: it is left out until refresh(). */
export function inventory(outDir: string, root: string): SiteFiles {
  const location: SiteLocation = { siteUrl: SITE_URL, basePath: BASE_PATH };
  const has = new Set<string>();
  const cache = new Map<string, string>();
  const site: SiteFiles = {
    outDir,
    root,
    location,
    files: [],
    exists: (f) => has.has(f),
    text: (f) => cache.get(f) ?? (cache.set(f, readFileSync(join(outDir, f), 'utf8')), cache.get(f)!),
    bytes: (f) => readFileSync(join(outDir, f)),
    write: (f, text) => (writeFileSync(join(outDir, f), text), cache.set(f, text), undefined),
    refresh: () => {
      site.files = filesUnder(outDir).filter((f) => !isArtifact(f));
      for (const f of site.files) has.add(f);
    },
    locate: () => undefined,
    langOf: (html) => {
      const lang = pageLang(html);
      return lang && isLang(lang) ? lang : DEFAULT_LANG;
    },
    pageFile: (lang, kind) => fileForPath(localizedPath(lang, kind).slice(1), site.exists),
  };
  site.files = filesUnder(outDir).filter((f) => !isArtifact(f) && !f.startsWith('pagefind/'));
  for (const f of site.files) has.add(f);
  site.locate = redirectLocator(site);
  return site;
}

/** The home page of every language the build has: where both offline editions start. */
export function homePages(site: SiteFiles): string[] {
  return LANGUAGES.map((lang) => site.pageFile(lang, 'home')).filter((f): f is string => !!f);
}
