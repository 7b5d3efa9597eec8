import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import { zipFiles } from '../../src/lib/offline/zip.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('zip writer (offline edition)', () => {
  it('writes an archive another ZIP reader unpacks to the same files', async () => {
    const page = text('<!doctype html><title>Bab</title>' + '<p>Forum multipihak bertemu setiap bulan.</p>'.repeat(200));
    const noise = new Uint8Array(randomBytes(4096));
    const zip = zipFiles([['pedoman/index.html', page], ['pedoman/bab/ringkasan/index.html', text('')], ['pedoman/kata-ganda-ü.txt', text('Keterbukaan')], ['pedoman/noise.bin', noise]]);
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(['pedoman/index.html', 'pedoman/bab/ringkasan/index.html', 'pedoman/kata-ganda-ü.txt', 'pedoman/noise.bin']);
    expect(Buffer.from(out['pedoman/index.html']).equals(Buffer.from(page))).toBe(true);
    expect(out['pedoman/bab/ringkasan/index.html'].length).toBe(0);
    expect(new TextDecoder().decode(out['pedoman/kata-ganda-ü.txt'])).toBe('Keterbukaan');
    expect(Buffer.from(out['pedoman/noise.bin']).equals(Buffer.from(noise))).toBe(true);
    // Text compresses; random bytes are stored, so the archive is barely larger than them.
    expect(zip.length).toBeLessThan(page.length / 5 + noise.length + 1024);
  });

  it('is the same byte for byte for the same input and timestamp, and records the timestamp', async () => {
    const files: Array<[string, Uint8Array]> = [['a.html', text('satu')], ['b/c.css', text('body{}')]];
    const mtime = new Date(Date.UTC(2026, 10, 27, 10, 30, 14));
    const first = zipFiles(files, { mtime });
    const second = zipFiles(files, { mtime });
    expect(first.equals(second)).toBe(true);
    // DOS date and time of the first local header: 2026-11-27 10:30:14 UTC.
    expect(first.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (11 << 5) | 27);
    expect(first.readUInt16LE(10)).toBe((10 << 11) | (30 << 5) | 7);
    expect((zipFiles(files, { mtime: new Date(Date.UTC(2025, 0, 1)) })).equals(first)).toBe(false);
  });

  it('writes an empty archive that readers accept', async () => {
    const zip = zipFiles([]);
    expect(zip.length).toBe(22);
    expect(unzipSync(zip)).toEqual({});
  });
});
