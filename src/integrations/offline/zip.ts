import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../lib/languages.ts';
import { OFFLINE_ZIP_NAME } from '../../lib/offline/names.ts';
import { fillZipSize, formatBytes } from '../../lib/offline/sizes.ts';
import { writeZip, zipFiles } from '../../lib/offline/zip.ts';
import { BUILD_DATE } from '../../lib/site.ts';
import type { Edition } from './crawl.ts';
import type { SiteFiles } from './inventory.ts';
import { packFile } from './pack.ts';

/**
 * Pages link to the ZIP before it exists: reserve its name (an empty archive) so that the link check,
 * which runs before the offline edition, finds the file. {@link writeOfflineZip} replaces it.
 */
export function reserveZipName(outDir: string): void {
  writeFileSync(join(outDir, OFFLINE_ZIP_NAME), zipFiles([]));
}

/**
 * Write the ZIP, its files in a fixed order so that two builds of the same content are byte for byte the
 * same. The edition's own "Read offline" pages show the ZIP's size, which depends on those pages: they are
 * filled and packed again until the size they show is the size of the ZIP that holds them (the shown size
 * is rounded, so this settles in two or three rounds). Returns the ZIP's size in bytes.
 */
export function writeOfflineZip(edition: Edition, site: SiteFiles): number {
  const sized = [...edition.files].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0].endsWith('.html') && entry[1].includes('data-offline-zip-size'));
  const shown = (size: number) => LANGUAGES.map((lang) => formatBytes(size, lang)).join(' ');
  let size = 0;
  let zip = archive(edition);
  for (let round = 0; round < 10 && sized.length; round += 1) {
    if (round > 0 && shown(zip.length) === shown(size)) break;
    size = zip.length;
    for (const [file, html] of sized) {
      const filled = fillZipSize(html, site.langOf(html), size);
      edition.files.set(file, filled);
      packFile(edition, file, filled);
    }
    zip = archive(edition);
  }
  if (sized.length && shown(zip.length) !== shown(size)) throw new Error(`The offline edition's "Read offline" page could not show the ZIP's size: it kept changing (${zip.length} bytes).`);
  writeFileSync(join(site.outDir, OFFLINE_ZIP_NAME), zip);
  return zip.length;
}

function archive(edition: Edition): Buffer {
  return writeZip([...edition.packed.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e), BUILD_DATE);
}
