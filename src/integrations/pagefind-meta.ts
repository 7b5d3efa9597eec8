/**
 * The index chunks of a Pagefind language index, read from its metadata file (`pagefind.<hash>.pf_meta`):
 * gzip, Pagefind's 12-byte signature, then CBOR whose third field lists each chunk as [first word, last word,
 * hash]. The search script gets these ranges (./search-index.ts), so it can ask for the chunk of a word
 * while the engine itself is still downloading.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One index chunk: the words from `from` to `to` (in Pagefind's order), in `index/<hash>.pf_index`. */
export type IndexChunk = [from: string, to: string, hash: string];

/**
 * What a file Pagefind writes holds (its metadata, a fragment): each is gzip-compressed, with Pagefind's
 * 12-byte signature (for instance "pagefind_dcd") before the content.
 */
export function readPagefindFile(file: string): Buffer {
  return gunzipSync(readFileSync(file)).subarray(12);
}

/** The chunks listed in the metadata file `file`; throws, naming the file, if it is not what Pagefind 1.x writes. */
export function readIndexChunks(file: string): IndexChunk[] {
  const meta = decodeCbor(readPagefindFile(file));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string'))) {
    throw new Error(`${file}: Pagefind's metadata has no list of index chunks where version 1.x keeps it (a new Pagefind version?).`);
  }
  return chunks as IndexChunk[];
}

/** A minimal CBOR decoder (RFC 8949: integers, strings, arrays, maps, tags, simple values), enough for Pagefind's metadata. */
function decodeCbor(buf: Uint8Array): unknown {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) throw new Error(`CBOR: unsupported length ${info} at byte ${pos}`);
    const value = size === 1 ? view.getUint8(pos) : size === 2 ? view.getUint16(pos) : size === 4 ? view.getUint32(pos) : Number(view.getBigUint64(pos));
    pos += size;
    return value;
  };
  const item = (): unknown => {
    const initial = view.getUint8(pos++);
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 25 || info === 26 || info === 27) return (pos += [2, 4, 8][info - 25]), NaN;
      return info === 20 ? false : info === 21 ? true : null;
    }
    const n = argument(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const bytes = buf.subarray(pos, (pos += n));
      return major === 3 ? new TextDecoder().decode(bytes) : bytes;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [String(item()), item()]));
    return item(); // major 6: a tag, then the tagged item
  };
  return item();
}
