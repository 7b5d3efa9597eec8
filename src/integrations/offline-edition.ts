import type { AstroIntegration } from 'astro';
import { isOnlineOnlyDownload } from '../publications/names.ts';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { build, transform, type Plugin } from 'esbuild';
import { BASE_PATH, BUILD_DATE, SITE_URL } from '../lib/site.ts';
import { formatDate, t } from '../lib/i18n.ts';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from '../lib/languages.ts';
import { fillSaveSize, fillZipSize, formatBytes } from '../lib/offline/sizes.ts';
import { localizedPath } from '../lib/routes.ts';
import {
  BANNER_STYLE,
  classicInlineScript,
  CLASSIC_MODULE_FOOTER,
  CLASSIC_MODULE_GLOBAL,
  crawl,
  hasDynamicImport,
  IMPORT_SHIM,
  offlineBanner,
  pageLang,
  redirectTargetOf,
  rewritePage,
  rewriteStylesheet,
  swapDynamicImports,
  type Reference,
} from '../lib/offline/edition.ts';
import { classifyUrl, fileForPath, pathForFile, type SiteLocation } from '../lib/offline/paths.ts';
import { buildManifest, manifestName, pagefindFilesFor } from '../lib/offline/manifest.ts';
import { OFFLINE_FOLDER, OFFLINE_ZIP_NAME, SERVICE_WORKER_FILE } from '../lib/offline/names.ts';
import { filesUnder } from '../lib/files.ts';
import { packEntry, writeZip, zipFiles, type PackedEntry } from '../lib/offline/zip.ts';
import { indexSite } from './pagefind.ts';

/**
 * After Astro has written the site: the search index and the offline editions
 * (the last integration in astro.config.mjs).
 *
 * - `dist/pagefind/`: Pagefind's index, one per language (see ./pagefind.ts);
 * - `dist/pedoman-ogp-offline.zip`: both languages as a folder that works when
 *   opened from disk (file://): relative links to files, classic scripts, and
 *   Pagefind's own search fed from <script> files;
 * - `dist/offline-manifest-<lang>.json`: what the service worker (src/client/sw/sw.ts)
 *   saves when a reader presses "Save for offline reading".
 *
 * The two overlap: Pagefind indexes in its own process while this one rewrites
 * the pages for the offline edition; only the search files and the zip wait for
 * the index.
 */
export function offlineEditionIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pedoman:offline-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Pages link to the zip before it exists; reserve its name (an empty zip) so that
      // link checks running before this integration find the file. It is replaced below.
      'astro:build:generated': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), OFFLINE_ZIP_NAME), zipFiles([]));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const searchIndex = indexSite(outDir, logger.fork('pedoman:pagefind'));
        // OFFLINE_EDITION=off skips the step for tests and benchmarks that measure something else.
        if (process.env.OFFLINE_EDITION === 'off') {
          await searchIndex;
          return logger.warn('OFFLINE_EDITION=off: the offline editions were not written.');
        }
        // Awaited below, after the pages are rewritten; this only keeps an early failure from being "unhandled".
        searchIndex.catch(() => {});
        await writeOfflineEditions({ outDir, root, log: logger, searchIndex });
      },
    },
  };
}

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

export interface OfflineEditionsResult {
  zipBytes: number;
  /** Files in the zip, relative to its folder. */
  editionFiles: string[];
  manifests: Record<string, { files: number; bytes: number; version: string }>;
}

/** Write the zip and the service-worker manifests into a built site folder. */
export async function writeOfflineEditions({ outDir, root, log, searchIndex }: { outDir: string; root: string; log: Log; searchIndex?: Promise<unknown> }): Promise<OfflineEditionsResult> {
  const started = performance.now();
  const site: SiteLocation = { siteUrl: SITE_URL, basePath: BASE_PATH };
  // PDFs and EPUBs stay online (src/publications/names.ts): links to them point at the website.
  const isArtifact = (f: string) => f === OFFLINE_ZIP_NAME || f === SERVICE_WORKER_FILE || /^offline-manifest-[\w-]+\.json$/.test(f) || isOnlineOnlyDownload(f);
  // The search index may still be being written: its files are listed once it is done (below).
  let all = filesUnder(outDir).filter((f) => !isArtifact(f) && !f.startsWith('pagefind/'));
  const has = new Set(all);
  const exists = (f: string) => has.has(f);
  const cache = new Map<string, string>();
  const text = (f: string) => cache.get(f) ?? (cache.set(f, readFileSync(join(outDir, f), 'utf8')), cache.get(f)!);
  const bytes = (f: string) => readFileSync(join(outDir, f));

  // Every page links to many of the same pages: whether a file is a redirect page is read once per file.
  const redirects = new Map<string, string | undefined>();
  const redirectOf = (file: string): string | undefined => {
    if (!redirects.has(file)) redirects.set(file, redirectTargetOf(text(file)));
    return redirects.get(file);
  };
  /** The file for a site path, following redirect pages (old addresses) to the page they send readers to. */
  const locate = (path: string): string | undefined => {
    let file = fileForPath(path, exists);
    for (let hops = 0; file?.endsWith('.html') && hops < 5; hops += 1) {
      const target = redirectOf(file);
      if (target === undefined) return file;
      const next = classifyUrl(target, pathForFile(file), site);
      file = next.kind === 'site' ? fileForPath(next.path, exists) : undefined;
    }
    return file;
  };
  const homes = LANGUAGES.map((lang) => fileForPath(localizedPath(lang, 'home').slice(1), exists)).filter((f): f is string => !!f);
  const langOf = (html: string): Lang => {
    const lang = pageLang(html);
    return lang && isLang(lang) ? lang : DEFAULT_LANG;
  };

  // 1. The offline edition: every page reachable from the home pages, rewritten for file://.
  const edition = new Map<string, string | Uint8Array>();
  // What each page links to, kept from the first pass so the manifests do not tokenize every page again.
  const pageReferences = new Map<string, Reference[]>();
  const problems: string[] = [];
  const modules = new Set<string>();
  const follow = (from: string, references: Reference[]) =>
    references.flatMap((r) => {
      if (!r.file && !r.navigation) problems.push(`${from} loads ${BASE_PATH}${r.path}, which the build does not have.`);
      if (r.file && r.module) modules.add(r.file);
      return r.file ? [r.file] : [];
    });
  await crawl(homes, (file) => {
    if (file.endsWith('.html')) {
      const html = text(file);
      const lang = langOf(html);
      const banner = offlineBanner(t(lang, 'offline.banner', { date: formatDate(lang, BUILD_DATE) }), t(lang, 'offline.bannerLink'), SITE_URL + BASE_PATH + encodeURI(pathForFile(file)));
      const page = rewritePage(html, { file, site, locate, banner, head: BANNER_STYLE });
      edition.set(file, page.html);
      pageReferences.set(file, page.references);
      return follow(file, page.references);
    }
    if (file.endsWith('.css')) {
      const sheet = rewriteStylesheet(text(file), { file, site, locate });
      edition.set(file, sheet.css);
      return follow(file, sheet.references);
    }
    edition.set(file, bytes(file));
    return [];
  });

  // Classic scripts the pages load with <script src>: only their import() calls change.
  for (const file of [...edition.keys()].filter((f) => /\.m?js$/.test(f) && !modules.has(f))) {
    const code = text(file);
    if (hasDynamicImport(code)) edition.set(file, classicInlineScript(code));
  }
  // Modules the pages load on demand with import() (assets/, bundled from src/client/): the same code as classic scripts.
  for (const file of all.filter((f) => /^assets\/[^/]+\.m?js$/.test(f) && !/^assets\/offline/.test(f))) {
    if (edition.has(file) && !modules.has(file)) continue;
    edition.set(file, await classicModule(text(file), file, log));
  }
  // Module scripts from pages (<script type="module" src>): bundled into classic scripts.
  for (const file of modules) edition.set(file, await bundleModule(join(outDir, file), outDir));

  // While Pagefind is still indexing, compress what is ready (yielding now and then, so its replies get through).
  const packed = new Map<string, PackedEntry>();
  const pack = (file: string, content: string | Uint8Array) => packed.set(file, packEntry(`${OFFLINE_FOLDER}/${file}`, typeof content === 'string' ? Buffer.from(content) : content));
  for (const [file, content] of edition) {
    pack(file, content);
    if (packed.size % 64 === 0) await nextTurn();
  }
  /** A file of the edition that comes after the index: kept and compressed at once. */
  const add = (file: string, content: string) => (edition.set(file, content), pack(file, content));

  // Search: Pagefind's engine as a classic script, its index as <script> files.
  await searchIndex;
  all = filesUnder(outDir).filter((f) => !isArtifact(f));
  for (const f of all) has.add(f);
  const entryFile = 'pagefind/pagefind-entry.json';
  if (!exists(entryFile)) throw new Error(`The offline edition needs the search index, and ${entryFile} is missing: Pagefind wrote no index.`);
  const entry = JSON.parse(text(entryFile));
  const pagefindFiles = all.filter((f) => f.startsWith('pagefind/')).map((f) => f.slice('pagefind/'.length));
  const searchFiles = new Set(Object.keys(entry.languages).flatMap((lang) => pagefindFilesFor(lang, entry, pagefindFiles)));
  searchFiles.delete('pagefind.js');
  for (const f of searchFiles) add(`pagefind/${f}.js`, `pedomanFile("${bytes(`pagefind/${f}`).toString('base64')}")\n`);
  add('pagefind/pagefind.js', await offlinePagefindBundle(outDir, root));

  // 2. The zip, in a fixed order so that two builds of the same content are byte for byte the same.
  const zip = writeZip([...packed.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e), BUILD_DATE);
  writeFileSync(join(outDir, OFFLINE_ZIP_NAME), zip);

  // The "Read offline" pages show the zip's size.
  for (const file of all.filter((f) => f.endsWith('.html'))) {
    const html = text(file);
    if (!html.includes('data-offline-zip-size')) continue;
    const filled = fillZipSize(html, langOf(html), zip.length);
    writeFileSync(join(outDir, file), filled);
    cache.set(file, filled);
  }

  // 3. Service-worker manifests: per language, its pages and what they load, its search index, /go/ and every "Read offline" page.
  const manifests: OfflineEditionsResult['manifests'] = {};
  const offlinePages = Object.fromEntries(LANGUAGES.map((l) => [l, localizedPath(l, 'offline').slice(1)]));
  const lists = new Map<Lang, string[]>();
  for (const lang of LANGUAGES) {
    const home = fileForPath(localizedPath(lang, 'home').slice(1), exists);
    if (!home) continue;
    const notFound = fileForPath(localizedPath(lang, 'notFound').slice(1), exists) ?? (lang === DEFAULT_LANG && exists('404.html') ? '404.html' : undefined);
    const files = await crawl([home, ...(notFound ? [notFound] : [])], (file) => {
      if (file.endsWith('.html')) {
        const references = pageReferences.get(file) ?? rewritePage(text(file), { file, site, locate }).references;
        return references.flatMap((r) => (!r.file ? [] : !r.file.endsWith('.html') || langOf(text(r.file)) === lang ? [r.file] : []));
      }
      if (file.endsWith('.css')) return rewriteStylesheet(text(file), { file, site, locate }).references.flatMap((r) => (r.file ? [r.file] : []));
      return [];
    });
    files.push(...all.filter((f) => /^assets\/[^/]+$/.test(f) || /^go\/[^/]+\/index\.html$/.test(f)));
    files.push(...Object.values(offlinePages).flatMap((p) => fileForPath(p, exists) ?? []));
    files.push(...pagefindFilesFor(lang, entry, pagefindFiles).map((f) => `pagefind/${f}`));
    lists.set(lang, [...new Set(files)]);
  }
  // The "Read offline" page says how much "Save" downloads (before the manifests hash it).
  for (const [lang, files] of lists) {
    const page = fileForPath(offlinePages[lang], exists);
    if (!page) continue;
    const filled = fillSaveSize(text(page), lang, files.reduce((n, f) => n + bytes(f).byteLength, 0));
    writeFileSync(join(outDir, page), filled);
    cache.set(page, filled);
  }
  for (const [lang, files] of lists) {
    const manifest = { ...buildManifest(lang, BUILD_DATE, new Map(files.map((file) => [pathForFile(file), bytes(file)]))), offlinePages };
    writeFileSync(join(outDir, manifestName(lang)), `${JSON.stringify(manifest, null, 1)}\n`);
    manifests[lang] = { files: files.length, bytes: manifest.bytes, version: manifest.version };
  }

  for (const p of problems.slice(0, 20)) log.warn(p);
  if (problems.length > 20) log.warn(`…and ${problems.length - 20} more missing files.`);
  log.info(
    `Offline edition: ${OFFLINE_ZIP_NAME} is ${formatBytes(zip.length)} (${edition.size} files, ${homes.length} languages). ` +
      `Save for offline: ${Object.entries(manifests).map(([l, m]) => `${l} ${m.files} files, ${formatBytes(m.bytes)}`).join('; ')}. ` +
      `${Math.round(performance.now() - started)} ms.`,
  );
  return { zipBytes: zip.length, editionFiles: [...edition.keys()], manifests };
}

/** The same module as a classic script that registers its exports for the import() shim. */
async function classicModule(code: string, file: string, log: Log): Promise<string> {
  const out = await transform(code, { format: 'iife', globalName: CLASSIC_MODULE_GLOBAL, minify: true, loader: 'js', sourcefile: file, logOverride: { 'empty-import-meta': 'silent' } });
  for (const w of out.warnings) log.warn(`${file}: ${w.text}`);
  const classic = swapDynamicImports(out.code);
  if (hasDynamicImport(classic)) throw new Error(`${file}: an import() could not be replaced for the offline edition.`);
  return (classic.includes('__pedomanImport') ? IMPORT_SHIM : '') + classic + CLASSIC_MODULE_FOOTER;
}

/** Root-absolute imports (`/_astro/x.js`) resolve inside the built site. */
function siteImports(outDir: string): Plugin {
  return {
    name: 'site-imports',
    setup(b) {
      // The entry point is already a full file path; only what it imports is a site path.
      b.onResolve({ filter: /^\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: join(outDir, args.path.startsWith(BASE_PATH) ? args.path.slice(BASE_PATH.length) : args.path) }));
    },
  };
}

/** A page's module script and everything it imports, as one classic script. */
async function bundleModule(entry: string, outDir: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, minify: true, logLevel: 'silent', plugins: [siteImports(outDir)] });
  const code = swapDynamicImports(result.outputFiles[0].text);
  return (code.includes('__pedomanImport') ? IMPORT_SHIM : '') + code;
}

/** Pagefind's browser code with the offline runtime, as a classic script registered for the import() shim. */
async function offlinePagefindBundle(outDir: string, root: string): Promise<string> {
  const runtime = join(root, 'src/client/offline-search/runtime.ts');
  const contents = [
    `import * as pagefind from ${JSON.stringify(join(outDir, 'pagefind/pagefind.js'))};`,
    `import { offlinePagefind } from ${JSON.stringify(runtime)};`,
    'export const { options, init, search, debouncedSearch, preload, filters, destroy } = offlinePagefind(pagefind);',
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'offline-search.js', loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: CLASSIC_MODULE_GLOBAL,
    inject: [join(root, 'src/client/offline-search/fetch.ts')],
    footer: { js: CLASSIC_MODULE_FOOTER },
    write: false,
    minify: true,
    logLevel: 'silent',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return result.outputFiles[0].text;
}
