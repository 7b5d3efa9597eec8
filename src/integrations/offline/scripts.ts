import { join } from 'node:path';
import { build, transform, type Plugin } from 'esbuild';
import { CLASSIC_MODULE_FOOTER, CLASSIC_MODULE_GLOBAL, classicInlineScript, hasDynamicImport, IMPORT_SHIM, swapDynamicImports } from '../../lib/offline/edition.ts';
import { BASE_PATH } from '../../lib/site.ts';
import type { Edition } from './crawl.ts';
import type { SiteFiles } from './inventory.ts';

/** Where a step reports. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Browsers refuse module scripts from file://, so the edition's scripts become classic scripts:
 * classic scripts the pages load keep their code with import() swapped for a shim; modules the pages
 * load on demand (assets/) register their exports for that shim; module scripts of pages are bundled.
 */
export async function convertScripts(edition: Edition, site: SiteFiles, log: Log): Promise<void> {
  const { files, modules } = edition;
  for (const file of [...files.keys()].filter((f) => /\.m?js$/.test(f) && !modules.has(f))) {
    const code = site.text(file);
    if (hasDynamicImport(code)) files.set(file, classicInlineScript(code));
  }
  for (const file of site.files.filter((f) => /^assets\/[^/]+\.m?js$/.test(f) && !/^assets\/offline/.test(f))) {
    if (files.has(file) && !modules.has(file)) continue;
    files.set(file, await classicModule(site.text(file), file, log));
  }
  for (const file of modules) files.set(file, await bundleModule(join(site.outDir, file), site.outDir));
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
