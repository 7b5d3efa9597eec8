/**
 * A ZIP archive written with Node's own zlib: native deflate is more than twice
 * as fast as a JavaScript one (5,146 files, 70 MB, at level 6: 1.1 s against
 * 2.5 s with fflate's zipSync).
 *
 * The archive is deterministic: entries keep the order given, every entry gets
 * the same timestamp (read as UTC), and no field depends on the machine. It uses
 * the classic format without ZIP64, which every unzip tool and operating system
 * opens; it refuses, with a clear message, archives that would need ZIP64.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** The classic format's limits: 65,535 entries and 4 GiB per size or offset. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/** Options of {@link zipFiles}. */
export interface ZipOptions {
  /** Timestamp of every entry (default 1 January 1980, the earliest a ZIP can hold). */
  mtime?: Date;
  /** zlib level, 0 (store) to 9; default 6. */
  level?: number;
}

/** MS-DOS time and date fields of a timestamp, from its UTC components. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** One file, compressed and checksummed, ready to be written into an archive by {@link writeZip}. */
export interface PackedEntry {
  name: Buffer;
  size: number;
  body: Uint8Array;
  method: 0 | 8;
  crc: number;
}

/**
 * Compress one file for the archive (`path` is its name inside it). Files can be packed as soon as
 * they are known, while other work goes on, and written together later. A file is stored as it is
 * when deflating would not make it smaller.
 */
export function packEntry(path: string, data: Uint8Array, level = 6): PackedEntry {
  const packed = level > 0 && data.length > 0 ? deflateRawSync(data, { level }) : undefined;
  const deflated = packed !== undefined && packed.length < data.length;
  return { name: Buffer.from(path, 'utf8'), size: data.length, body: deflated ? packed : data, method: deflated ? 8 : 0, crc: crc32(data) };
}

/** Zip `files` (path inside the archive → content) in the order given. */
export function zipFiles(files: Array<[string, Uint8Array]>, options: ZipOptions = {}): Buffer {
  return writeZip(files.map(([name, data]) => packEntry(name, data, options.level)), options.mtime);
}

/** A little-endian binary record from its fields, each a byte width (2 or 4) and a value. */
function record(fields: Array<[2 | 4, number]>): Buffer {
  const buf = Buffer.alloc(fields.reduce((n, [width]) => n + width, 0));
  let at = 0;
  for (const [width, value] of fields) at = width === 2 ? buf.writeUInt16LE(value, at) : buf.writeUInt32LE(value, at);
  return buf;
}

/** Write packed entries into an archive, in the order given, every entry dated `mtime`. */
export function writeZip(entries: PackedEntry[], mtime?: Date): Buffer {
  if (entries.length > MAX_ENTRIES) throw new Error(`The zip would hold ${entries.length} files; the ZIP format without ZIP64 allows ${MAX_ENTRIES}.`);
  const { time, date } = dosDateTime(mtime ?? new Date(Date.UTC(1980, 0, 1)));
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.size > MAX_BYTES || offset > MAX_BYTES) throw new Error(`The zip would be larger than 4 GiB at ${e.name}; the ZIP format without ZIP64 cannot hold it.`);
    // The fields both headers share: version needed (2.0), flags (0x0800: the name is UTF-8), method,
    // time, date, CRC-32, compressed size, size, name length.
    const shared: Array<[2 | 4, number]> = [[2, 20], [2, 0x0800], [2, e.method], [2, time], [2, date], [4, e.crc], [4, e.body.length], [4, e.size], [2, e.name.length]];
    // Local file header (30 bytes + name): no extra field.
    const local = record([[4, 0x04034b50], ...shared, [2, 0]]);
    // Central directory record (46 bytes + name): made by version 2.0; no extra field, comment, disk number
    // or attributes; then where the local header starts.
    central.push(record([[4, 0x02014b50], [2, 20], ...shared, [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), e.name);
    parts.push(local, e.name, Buffer.from(e.body.buffer, e.body.byteOffset, e.body.length));
    offset += local.length + e.name.length + e.body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  if (offset + centralSize > MAX_BYTES) throw new Error('The zip would be larger than 4 GiB; the ZIP format without ZIP64 cannot hold it.');
  // End of central directory record (22 bytes): disk numbers, entries on this disk and in all, size and offset of the directory.
  const end = record([[4, 0x06054b50], [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, centralSize], [4, offset], [2, 0]]);
  return Buffer.concat([...parts, ...central, end]);
}
