import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { CLIENT_BUNDLES, type ClientBundle } from '../lib/tools/bundles.ts';
import { BOOT_SCRIPT_ENTRY, SITE_SCRIPTS } from '../lib/site-scripts.ts';

/** Every browser bundle the build writes: the site's scripts, the service worker and the tools. */
const ALL_BUNDLES: readonly ClientBundle[] = [...SITE_SCRIPTS, ...CLIENT_BUNDLES];

/** The module Boot.astro imports: the boot script's minified code, as a string. */
export const BOOT_SCRIPT_MODULE = 'virtual:pedoman/boot-script';

/** Bundle one browser entry (typed source) into minified code: an ES module, or a classic script (`iife`). */
export async function bundleClient(root: string, bundle: ClientBundle): Promise<string> {
  return (await bundleWithInputs(root, bundle.entry, bundle.format ?? 'esm')).code;
}

async function bundleWithInputs(root: string, entry: string, format: 'esm' | 'iife', inline = false): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
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
 * Browser code as typed TypeScript (src/client/), bundled with esbuild into `dist/assets/` (and the service
 * worker into `dist/sw.js`) once the pages are written and before any after-build step reads the site (link
 * check, offline editions). In `astro dev` the same bundles are made on request. The boot script is a
 * module (`virtual:pedoman/boot-script`) that Boot.astro inlines, and its hash joins the CSP's script-src,
 * so hosts that send the policy as a header (`_headers`) run it too.
 */
export function clientBundlesIntegration(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'pedoman:client-bundles',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const projectRoot = fileURLToPath(config.root);
        const boot = await bootScript(projectRoot);
        const resolved = `\0${BOOT_SCRIPT_MODULE}`;
        updateConfig({
          security: { csp: { algorithm: 'SHA-256', scriptDirective: { hashes: [scriptHash(boot.code)] } } },
          vite: {
            plugins: [
              {
                name: 'pedoman:boot-script',
                resolveId: (id: string) => (id === BOOT_SCRIPT_MODULE ? resolved : undefined),
                async load(id: string) {
                  if (id !== resolved) return undefined;
                  const fresh = await bootScript(projectRoot);
                  for (const input of fresh.inputs) this.addWatchFile(input);
                  return `export default ${JSON.stringify(fresh.code)};`;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
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
      },
      'astro:build:generated': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const bundle of ALL_BUNDLES) {
          const file = join(outDir, bundle.file);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, await bundleClient(root, bundle));
        }
      },
    },
  };
}
