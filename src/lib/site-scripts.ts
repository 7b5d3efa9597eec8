/**
 * The site's own browser scripts (src/client/), bundled by esbuild at build time
 * (src/integrations/client-bundles.ts) to the files the pages load: `assets/<name>.js`, which the page's
 * boot script imports on demand (data-act / data-mount / search), and the service worker at the site root.
 * The tools' bundles are listed in src/lib/tools/bundles.ts.
 */
import type { ClientBundle } from './tools/bundles.ts';
import { SERVICE_WORKER_FILE } from './offline/names.ts';

const KB = 1024;

/** The search dialog and the search page (Pagefind's engine loads on first use). */
export const SEARCH_SCRIPT: ClientBundle = { entry: 'src/client/search/search.ts', file: 'assets/search.js', budgetGzip: 4 * KB };
/** "Copy link" beside each section heading. */
export const COPY_LINK_SCRIPT: ClientBundle = { entry: 'src/client/copy-link.ts', file: 'assets/copy-link.js', budgetGzip: 1 * KB };
/** "Save for offline reading" on the "Baca offline / Read offline" page. */
export const OFFLINE_SCRIPT: ClientBundle = { entry: 'src/client/offline.ts', file: 'assets/offline.js', budgetGzip: 1.5 * KB };
/** A short link (/go/<key>/) opens the reader's language. */
export const GO_SCRIPT: ClientBundle = { entry: 'src/client/go.ts', file: 'assets/go.js', budgetGzip: 0.5 * KB };
/** The commitments register's filters. */
export const REGISTER_SCRIPT: ClientBundle = { entry: 'src/client/register.ts', file: 'assets/register.js', budgetGzip: 1 * KB };
/** The service worker, a classic script at the site root so its scope is the whole site. */
export const SERVICE_WORKER_SCRIPT: ClientBundle = { entry: 'src/client/sw/sw.ts', file: SERVICE_WORKER_FILE, budgetGzip: 4 * KB, format: 'iife' };

/** Every site script the build writes. */
export const SITE_SCRIPTS: readonly ClientBundle[] = [SEARCH_SCRIPT, COPY_LINK_SCRIPT, OFFLINE_SCRIPT, GO_SCRIPT, REGISTER_SCRIPT, SERVICE_WORKER_SCRIPT];

/** The boot script's source: minified at build time and inlined into every page by src/components/Boot.astro. */
export const BOOT_SCRIPT_ENTRY = 'src/client/boot.ts';
