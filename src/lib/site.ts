/**
 * Every setting the build reads from the environment, in one place: where the site is published (so
 * the same build can live at a domain root or under a sub-path), the editors' address, the build date,
 * the folders, and the switches that leave out slow outputs for tests and benchmarks. Nothing else in
 * src/ or astro.config.mjs reads process.env.
 */
import { join } from 'node:path';

/** Absolute origin the site is published at, e.g. `https://example.org`. */
export const SITE_URL: string = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '');

/** Path prefix the site lives under, always with leading and trailing slash. */
export const BASE_PATH: string = normalizeBase(process.env.BASE_PATH || '/');

/**
 * The e-mail address "Report a problem" writes to (a mailto: link with the page's title and address filled
 * in): readers in local government rarely have an account on an issue tracker. The default is a placeholder;
 * the build warns until it is set.
 */
export const REPORT_PROBLEM_EMAIL: string = process.env.REPORT_PROBLEM_EMAIL || 'pedoman-ogp@example.org';

/**
 * Optional: an issue form to use instead of e-mail; `{url}` and `{title}` are filled per page. Empty (the
 * default) means e-mail.
 */
export const REPORT_PROBLEM_URL: string = process.env.REPORT_PROBLEM_URL || '';

/** Normalise a base path to `/`, `/x/` or `/x/y/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

import { execFileSync } from 'node:child_process';

/**
 * The date of the commit being built (not the clock), so two builds of the same
 * commit are byte-identical. SOURCE_DATE_EPOCH wins when set.
 */
export const BUILD_DATE: Date = (() => {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  try {
    return new Date(execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return new Date('2026-01-01T00:00:00Z');
  }
})();

/** True when SITE_URL is set: otherwise the build is a preview and says so at its end. */
export const SITE_URL_SET: boolean = !!process.env.SITE_URL;

/** True when the editors' address (REPORT_PROBLEM_EMAIL) or an issue form (REPORT_PROBLEM_URL) is set. */
export const REPORT_PROBLEM_SET: boolean = !!(process.env.REPORT_PROBLEM_EMAIL || process.env.REPORT_PROBLEM_URL);

/** Share-preview images are on unless OG_IMAGES=off (the benchmark measures them separately). */
export const OG_IMAGES: boolean = process.env.OG_IMAGES !== 'off';

/** The ZIP edition and the save-for-offline manifests are written unless OFFLINE_EDITION=off (tests and benchmarks only). */
export const OFFLINE_EDITION: boolean = process.env.OFFLINE_EDITION !== 'off';

/** Publications (and the print edition page) are made unless PRINT_EDITIONS=off (tests and benchmarks that do not need them). */
export const PRINT_EDITIONS: boolean = process.env.PRINT_EDITIONS !== 'off';

/** The folder the site is built into: `dist/`, or OUT_DIR (a test or the benchmark builds another content tree elsewhere). */
export const OUT_DIR: string = process.env.OUT_DIR || './dist';

/**
 * The build's cache (Astro's incremental build, share images, publications): one per output folder, so a
 * fixture build never mixes with the real site's cache.
 */
export const CACHE_DIR: string = process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro';

/**
 * The folder editors write in: `content/`, or CONTENT_DIR (tests and the benchmark point it at another
 * tree). A function, since a test may change it between builds in one process.
 */
export function contentDir(): string {
  return process.env.CONTENT_DIR || join(process.cwd(), 'content');
}
