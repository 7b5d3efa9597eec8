/**
 * Two builds must give the same bytes, but docx writes the current time into docProps/core.xml, random
 * relationship ids (for hyperlinks), drawing ids that count up across documents, and the time of packing into
 * every ZIP entry. This repacks its output
 * with the project's ZIP writer: the dates become the version date, the random ids numbered ids in order
 * of appearance, and the entries are dated with the version date.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipFiles } from '../lib/offline/zip.ts';

/** A docx with fixed dates and ids: the same input gives the same bytes. */
export function deterministicDocx(docx: Uint8Array, versionDate: Date): Buffer {
  const entries = unzipSync(docx);
  const names = Object.keys(entries).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  const ids = new Map<string, string>();
  const stamp = versionDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Ids first seen in sorted file order, so the numbering does not depend on how docx ordered its entries.
  const files: Array<[string, Uint8Array]> = names.map((name) => {
    if (!/\.(xml|rels)$/.test(name)) return [name, entries[name]];
    let xml = strFromU8(entries[name]);
    xml = xml.replace(/\brId[A-Za-z0-9_-]{12,}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `rIdL${ids.size + 1}`);
      return ids.get(id)!;
    });
    // Drawing ids count up across every document made in one process: number them per document.
    let drawing = 0;
    xml = xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
    if (name === 'docProps/core.xml') {
      xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
    }
    return [name, strToU8(xml)];
  });
  return zipFiles(files, { mtime: versionDate, level: 9 });
}
