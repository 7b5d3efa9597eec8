/**
 * The browser scripts of the tools (src/client/tools/), bundled by esbuild at build time
 * (src/integrations/client-bundles.ts) into `assets/`. Pages, the bundler and the tests read
 * the names from here. `assets/` files at the top level also go into the offline editions.
 */

/** One bundle: its typed source and the file it becomes in the built site. */
export interface ClientBundle {
  /** Source file, relative to the project root. */
  entry: string;
  /** Output file, relative to the built site (and to the base path online). */
  file: string;
  /** Most bytes after gzip that the bundle may weigh (tests/build/tools-scripts-stay-small.test.ts). */
  budgetGzip: number;
  /** `esm` (default) for scripts the pages import(); `iife` for a classic script such as the service worker. */
  format?: 'esm' | 'iife';
}

const KB = 1024;

/** The commitment builder, loaded by its page only. */
export const COMMITMENT_BUNDLE: ClientBundle = { entry: 'src/client/tools/commitment.ts', file: 'assets/tools-commitment.js', budgetGzip: 8 * KB };
/** The readiness self-check, loaded by its page only. */
export const READINESS_BUNDLE: ClientBundle = { entry: 'src/client/tools/readiness.ts', file: 'assets/tools-readiness.js', budgetGzip: 2 * KB };
/** The Word writer (the `docx` package), loaded only when a reader presses "Word". */
export const DOCX_BUNDLE: ClientBundle = { entry: 'src/client/tools/docx-export.ts', file: 'assets/tools-docx.js', budgetGzip: 96 * KB };

/** Every bundle the build writes. */
export const CLIENT_BUNDLES: readonly ClientBundle[] = [COMMITMENT_BUNDLE, READINESS_BUNDLE, DOCX_BUNDLE];

/** Where the tools keep their data in the reader's browser (localStorage keys). */
export const STORAGE_KEYS = { commitment: 'pedoman-ogp:tools:commitment', readiness: 'pedoman-ogp:tools:readiness' } as const;
