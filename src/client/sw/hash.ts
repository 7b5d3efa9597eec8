/** The content hash of the service worker, kept apart from the worker's scope so a test can run it as it is. */
import { HASH_LENGTH } from '../../lib/offline/names.ts';

/** SHA-256 (WebCrypto), first HASH_LENGTH hex digits: the same hash as the build's manifest (src/lib/offline/manifest.ts). */
export async function hashOf(buffer: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('').slice(0, HASH_LENGTH);
}
