/**
 * Deployment settings, read once from the environment so that the same build
 * can be published at a domain root or under a sub-path (GitHub Pages).
 */

/** Absolute origin the site is published at, e.g. `https://example.org`. */
export const SITE_URL: string = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '');

/** Path prefix the site lives under, always with leading and trailing slash. */
export const BASE_PATH: string = normalizeBase(process.env.BASE_PATH || '/');

/** Where the "report a problem" link points; `{url}` and `{title}` are filled per page. */
export const REPORT_PROBLEM_URL: string =
  process.env.REPORT_PROBLEM_URL || 'https://github.com/pedoman-ogp/pedoman-ogp/issues/new?title={title}&body={url}';

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

/** Share-preview images are on unless OG_IMAGES=off (the benchmark measures them separately). */
export const OG_IMAGES: boolean = process.env.OG_IMAGES !== 'off';
