/**
 * Deployment settings, read once from the environment so that the same build
 * can be published at a domain root or under a sub-path (GitHub Pages).
 */

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

/** Share-preview images are on unless OG_IMAGES=off (the benchmark measures them separately). */
export const OG_IMAGES: boolean = process.env.OG_IMAGES !== 'off';
