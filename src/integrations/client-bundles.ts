/** Browser code as typed TypeScript (src/client/), bundled with esbuild: the pipeline writes it into `dist/` once the pages are written, `astro dev` makes it on request, and the boot script is inlined with its CSP hash. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { build } from 'esbuild';
import { CLIENT_BUNDLES, type ClientBundle } from '../lib/tools/bundles.ts';
import { BOOT_SCRIPT_ENTRY, SEARCH_SCRIPT, SITE_SCRIPTS } from '../lib/site-scripts.ts';
import type { SearchIndexNames } from '../client/search/engine.ts';
import { searchIndexNames } from './search-index.ts';

/** Every browser bundle the build writes: the site's scripts, the service worker and the tools. */
const ALL_BUNDLES: readonly ClientBundle[] = [...SITE_SCRIPTS, ...CLIENT_BUNDLES];

/** The module Boot.astro imports: the boot script's minified code, as a string. */
export const BOOT_SCRIPT_MODULE = 'virtual:pedoman/boot-script';

/**
 * Bundle one browser entry (typed source) into minified code: an ES module, or a classic script (`iife`).
 * `index` is the search index's file names the search script gets written in (null: none, as in `astro dev`;
 * the engine then finds its files itself). Other scripts do not use it.
 */
export async function bundleClient(root: string, bundle: ClientBundle, index: SearchIndexNames | null = null): Promise<string> {
  return (await bundleWithInputs(root, bundle.entry, bundle.format ?? 'esm', false, bundle.entry === SEARCH_SCRIPT.entry ? { __SEARCH_INDEX__: JSON.stringify(index) } : undefined)).code;
}

async function bundleWithInputs(root: string, entry: string, format: 'esm' | 'iife', inline = false, define?: Record<string, string>): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    define,
    // An inline script needs no "use strict" (13 of its 1,024 bytes): its code is written for either mode.
    ...(inline ? { tsconfigRaw: { compilerOptions: { alwaysStrict: false } } } : {}),
    entryPoints: [join(root, entry)],
    bundle: true,
    format,
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    charset: 'utf8',
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs).map((f) => resolve(root, f)) };
}

/**
 * The inline boot script (src/client/boot.ts) as it goes into every page: minified, one statement, no
 * trailing newline, so its CSP hash is the hash of exactly what the page carries.
 */
export async function bootScript(root: string): Promise<{ code: string; inputs: string[] }> {
  const { code, inputs } = await bundleWithInputs(root, BOOT_SCRIPT_ENTRY, 'iife', true);
  return { code: code.trim(), inputs };
}

/** A CSP hash source (`sha256-<base64>`) of an inline script's text. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}


/**
 * What the build's Astro config gains from the boot script: its CSP hash in script-src (so hosts that send
 * the policy as a header, `_headers`, run it too) and the module `virtual:pedoman/boot-script` that
 * Boot.astro inlines, rebuilt from src/client/boot.ts when that changes in `astro dev`.
 */
export async function bootScriptConfig(root: string): Promise<Record<string, unknown>> {
  const boot = await bootScript(root);
  const resolved = `\0${BOOT_SCRIPT_MODULE}`;
  return {
    security: { csp: { algorithm: 'SHA-256', scriptDirective: { hashes: [scriptHash(boot.code)] } } },
    vite: {
      plugins: [
        {
          name: 'pedoman:boot-script',
          resolveId: (id: string) => (id === BOOT_SCRIPT_MODULE ? resolved : undefined),
          async load(this: { addWatchFile(file: string): void }, id: string) {
            if (id !== resolved) return undefined;
            const fresh = await bootScript(root);
            for (const input of fresh.inputs) this.addWatchFile(input);
            return `export default ${JSON.stringify(fresh.code)};`;
          },
        },
      ],
    },
  };
}

/** Write every browser bundle (site scripts, service worker, tools) into the built site, before any after-build step reads it. */
export async function writeClientBundles(root: string, outDir: string): Promise<void> {
  for (const bundle of ALL_BUNDLES) {
    const file = join(outDir, bundle.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await bundleClient(root, bundle));
  }
}

/**
 * Once Pagefind has written the index: the search script again, with the index's file names written in, so
 * a first search asks for the engine, its WebAssembly and metadata at once. Called after the offline
 * edition has taken its copy (which needs no names: file:// has no network to get ahead of), so every
 * build writes the same bytes into both.
 */
export async function writeSearchScript(root: string, outDir: string): Promise<void> {
  writeFileSync(join(outDir, SEARCH_SCRIPT.file), await bundleClient(root, SEARCH_SCRIPT, searchIndexNames(outDir)));
}

/** In `astro dev`, make each bundle on request, from the current source. */
export function serveClientBundles(server: ViteDevServer, root: string, base: string): void {
  server.middlewares.use(async (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    const bundle = ALL_BUNDLES.find((b) => path === `${base}${b.file}`);
    if (!bundle) return next();
    try {
      const code = await bundleClient(root, bundle);
      res.setHeader('content-type', 'text/javascript');
      res.end(code);
    } catch (error) {
      next(error);
    }
  });
}
