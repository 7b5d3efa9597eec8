/**
 * Names shared by the pages, the build steps, the browser code (src/client/) and the tests of the offline
 * editions. This module has no Node imports: the service worker and the scripts of the pages bundle it.
 */

/** The offline edition's file at the site root, linked from every footer. */
export const OFFLINE_ZIP_NAME = 'pedoman-ogp-offline.zip';

/** The folder inside the zip; readers open `<folder>/index.html`. */
export const OFFLINE_FOLDER = 'pedoman-ogp';

/** The service worker's file at the site root (src/client/sw.ts); registered only when a reader asks. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Start of every cache the service worker keeps: `pedoman-ogp|<base path>|<lang>|<version>` holds a complete
 * saved copy, the same name with {@link PARTIAL_SUFFIX} one being downloaded.
 */
export const CACHE_PREFIX = 'pedoman-ogp';

/** Ends the name of a cache whose download is not complete yet. */
export const PARTIAL_SUFFIX = '|partial';

/** The prefix of every cache of the site at `base` (a path ending in `/`). */
export function cachePrefix(base: string): string {
  return `${CACHE_PREFIX}|${base}|`;
}

/** Length of the content hashes in the manifests (hex digits of SHA-256), the same in the service worker. */
export const HASH_LENGTH = 12;

/** The manifest's file name for a language, at the site root. */
export function manifestName(lang: string): string {
  return `offline-manifest-${lang}.json`;
}

/** Matches a manifest's path (any language). */
export const MANIFEST_PATH = /\/offline-manifest-[\w-]+\.json$/;

/** The manifests' URL pattern below the base, for the service worker's static routes. */
export const MANIFEST_URL_PATTERN = 'offline-manifest-*.json';

/** The file (inside each saved copy's cache) recording what was saved, relative to the base. */
export const SAVED_RECORD = '__offline-copy__.json';

/** The default language's "page not found" file at the site root (hosts serve it for any missing page). */
export const NOT_FOUND_FILE = '404.html';

/** The folder of another language's "page not found" page: `en/404/`. */
export const NOT_FOUND_FOLDER = '404';

/** Start of the localStorage keys of checklist ticks: `pedoman-ogp:<path>#<item>`. */
export const STORAGE_PREFIX = 'pedoman-ogp:';
