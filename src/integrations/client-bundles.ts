import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { build } from 'esbuild';
import { CLIENT_BUNDLES, type ClientBundle } from '../lib/tools/bundles.ts';

/** Bundle one browser entry (typed source) into minified ES module code. */
export async function bundleClient(root: string, bundle: ClientBundle): Promise<string> {
  const result = await build({
    entryPoints: [join(root, bundle.entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

/**
 * Browser code as typed TypeScript (src/client/), bundled with esbuild into `dist/assets/` once the
 * pages are written and before any after-build step reads the site (link check, offline editions).
 */
export async function writeClientBundles(root: string, outDir: string): Promise<void> {
  for (const bundle of CLIENT_BUNDLES) {
    const file = join(outDir, bundle.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await bundleClient(root, bundle));
  }
}

/** In `astro dev` the same bundles are made on request. */
export function serveClientBundles(server: ViteDevServer, root: string, base: string): void {
  server.middlewares.use(async (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    const bundle = CLIENT_BUNDLES.find((b) => path === `${base}${b.file}`);
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
