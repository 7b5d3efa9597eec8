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

/** Write packed entries into an archive, in the order given, every entry dated `mtime`. */
export function writeZip(entries: PackedEntry[], mtime?: Date): Buffer {
  if (entries.length > MAX_ENTRIES) throw new Error(`The zip would hold ${entries.length} files; the ZIP format without ZIP64 allows ${MAX_ENTRIES}.`);
  const { time, date } = dosDateTime(mtime ?? new Date(Date.UTC(1980, 0, 1)));
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.size > MAX_BYTES || offset > MAX_BYTES) throw new Error(`The zip would be larger than 4 GiB at ${e.name}; the ZIP format without ZIP64 cannot hold it.`);
    // Local file header (30 bytes + name). Flag 0x0800: the name is UTF-8.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    // Central directory record (46 bytes + name), pointing back at the local header.
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt16LE(time, 12);
    record.writeUInt16LE(date, 14);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.body.length, 20);
    record.writeUInt32LE(e.size, 24);
    record.writeUInt16LE(e.name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, e.name);
    parts.push(local, e.name, Buffer.from(e.body.buffer, e.body.byteOffset, e.body.length));
    offset += local.length + e.name.length + e.body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  if (offset + centralSize > MAX_BYTES) throw new Error('The zip would be larger than 4 GiB; the ZIP format without ZIP64 cannot hold it.');
  // End of central directory record (22 bytes).
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
