/**
 * The list of files the service worker (src/client/sw.ts) saves when a reader
 * presses "Save for offline reading": one manifest per language,
 * `offline-manifest-<lang>.json` at the site root.
 *
 * Each file is listed by its URL relative to the site's base (`bab/forum/`,
 * `_astro/x.css`) with a short hash of its content. The service worker hashes
 * what it downloads the same way (SHA-256, first HASH_LENGTH hex digits), so after a new
 * build it downloads only files whose hash changed and knows its copy is current.
 */
import { createHash } from 'node:crypto';
import { HASH_LENGTH, manifestName } from './names.ts';

export { manifestName };

export interface OfflineManifest {
  /** Changes whenever any listed file changes: the service worker compares it to update. */
  version: string;
  lang: string;
  /** ISO date of the build (the commit date, see BUILD_DATE). */
  built: string;
  /** Total size of the files, for the reader's information. */
  bytes: number;
  /** URL relative to the base → content hash. */
  files: Record<string, string>;
  /**
   * Each language's "Read offline" page (relative to the base), saved with every language: offline, a page
   * of a language that was not saved gets that page, saying so, with its save button.
   */
  offlinePages?: Record<string, string>;
}

/** Content hash used in manifests and by the service worker: SHA-256, first HASH_LENGTH hex digits. */
export function contentHash(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, HASH_LENGTH);
}

/** Build the manifest for a language from its files (URL relative to the base → content). */
export function buildManifest(lang: string, built: Date, files: Map<string, Uint8Array | string>): OfflineManifest {
  const entries = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hashed: Record<string, string> = {};
  let bytes = 0;
  for (const [url, content] of entries) {
    hashed[url] = contentHash(content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  }
  return { version: contentHash(JSON.stringify(hashed)), lang, built: built.toISOString(), bytes, files: hashed };
}

/**
 * The Pagefind files a language needs to search: the engine, the entry file,
 * that language's metadata, WASM and chunks, and its result titles (titles/, see
 * src/integrations/search-index.ts). `entry` is pagefind-entry.json;
 * `pagefindFiles` are paths relative to the pagefind folder.
 */
export function pagefindFilesFor(
  lang: string,
  entry: { languages: Record<string, { hash: string; wasm?: string | null }> },
  pagefindFiles: string[],
): string[] {
  const index = entry.languages[lang];
  if (!index) return [];
  const prefix = `${lang}_`;
  const wanted = new Set(['pagefind.js', 'pagefind-entry.json', `pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`]);
  return pagefindFiles.filter((f) => wanted.has(f) || (/^(index|fragment|filter|titles)\//.test(f) && f.split('/')[1].startsWith(prefix)));
}
