/**
 * Re-save a PDF with its plain objects in compressed object streams and a cross-reference stream (PDF 1.5),
 * byte for byte the same on every run. Typst writes the tags for screen readers (the structure tree) as
 * thousands of small uncompressed objects; packed and deflated, a tagged book is about a third of its size.
 *
 * pdf-lib did the same job, but it parses every object into JavaScript values and writes them out again,
 * with a deflate written in JavaScript: about a second per language for the book alone. This pass only
 * slices objects at the offsets the file's own cross-reference table gives and deflates them with Node's zlib.
 * It takes the uncompressed PDF Typst writes (one classic cross-reference table, generation 0) and stops with
 * an error on any other form, rather than write a damaged file.
 */
import { deflateSync } from 'node:zlib';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');

/** Objects per object stream: small enough that a reader inflates little to reach one object. */
const PER_STREAM = 100;

interface PdfObject {
  num: number;
  /** Where "N 0 obj" starts, and where the next object (or the cross-reference table) starts. */
  start: number;
  end: number;
}

function fail(problem: string): never {
  throw new Error(`The PDF could not be packed: ${problem}.`);
}

/** The objects in the file's classic cross-reference table, in file order, and the trailer's text. */
function readXref(text: string): { objects: PdfObject[]; trailer: string } {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) fail('no "startxref" at its end');
  const xrefAt = Number(startxref[1]);
  if (!text.startsWith('xref', xrefAt)) {
    if (/^\d+ 0 obj\s*<<[^]*?\/Type\s*\/XRef/.test(text.slice(xrefAt, xrefAt + 300))) fail('it has a cross-reference stream, not a table (it is packed already)');
    fail(`"startxref" gives ${xrefAt}, where no cross-reference table starts`);
  }
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (trailerAt < 0) fail('no trailer');
  const lines = text.slice(xrefAt + 4, trailerAt).trim().split(/\r?\n/);
  const found: Array<{ num: number; start: number }> = [];
  for (let i = 0; i < lines.length; ) {
    const [first, count] = lines[i++].trim().split(/\s+/).map(Number);
    for (let k = 0; k < count; k++, i++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(lines[i]?.trim() ?? '');
      if (!entry) fail(`cross-reference entry ${first + k} cannot be read`);
      if (entry[3] === 'f') continue;
      if (entry[2] !== '00000') fail(`object ${first + k} has generation ${Number(entry[2])}`);
      found.push({ num: first + k, start: Number(entry[1]) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const objects = found.map((o, i) => ({ ...o, end: found[i + 1]?.start ?? xrefAt }));
  return { objects, trailer: text.slice(trailerAt + 'trailer'.length, text.lastIndexOf('startxref')) };
}

const HEAD = /(\d+) 0 obj\s*/y;

/**
 * Where an object's body lies between "N 0 obj" and "endobj", and whether it is a stream (streams stay
 * outside object streams).
 */
function bodyOf(text: string, o: PdfObject): { from: number; to: number; stream: boolean } {
  HEAD.lastIndex = o.start;
  const head = HEAD.exec(text);
  let to = o.end;
  while (to > o.start && /\s/.test(text[to - 1])) to--;
  if (!head || Number(head[1]) !== o.num || !text.endsWith('endobj', to)) fail(`object ${o.num} does not stand at the offset its cross-reference entry gives`);
  to -= 'endobj'.length;
  while (to > o.start && /\s/.test(text[to - 1])) to--;
  return { from: o.start + head[0].length, to, stream: text.endsWith('endstream', to) && /\s/.test(text[to - 10]) };
}

/** A trailer entry's value as written (a reference, an array), or undefined. */
function trailerEntry(trailer: string, key: string): string | undefined {
  return new RegExp(`/${key}\\s+(\\d+ \\d+ R|\\[[^\\]]*\\])`).exec(trailer)?.[1];
}

/** The PDF with every non-stream object in deflated object streams and a deflated cross-reference stream. */
export function packPdf(pdf: Uint8Array): Uint8Array {
  const text = latin1(pdf);
  const { objects, trailer } = readXref(text);
  const root = trailerEntry(trailer, 'Root');
  if (!root) fail('the trailer names no /Root');
  if (/\/Encrypt\b/.test(trailer)) fail('it is encrypted');
  if (/\/Prev\b/.test(trailer)) fail('it has incremental updates (a /Prev cross-reference section)');
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? fail('the trailer gives no /Size'));

  // The header and its binary comment line stay as they are.
  const headerEnd = objects[0]?.start ?? fail('it holds no objects');
  const out: Buffer[] = [Buffer.from(pdf.subarray(0, headerEnd))];
  let offset = headerEnd;
  const write = (chunk: Buffer) => {
    out.push(chunk);
    offset += chunk.length;
  };
  // Per object number: [type, field 2, field 3] of its cross-reference stream entry.
  const entries = new Map<number, [number, number, number]>();
  const plain: Array<{ num: number; body: string }> = [];
  for (const o of objects) {
    const { from, to, stream } = bodyOf(text, o);
    if (!stream) {
      plain.push({ num: o.num, body: text.slice(from, to) });
      continue;
    }
    entries.set(o.num, [1, offset, 0]);
    write(Buffer.concat([Buffer.from(`${o.num} 0 obj\n`, 'latin1'), pdf.subarray(from, to), Buffer.from('\nendobj\n', 'latin1')]));
  }

  let next = size;
  const writeObject = (num: number, dict: string, data: Buffer) => {
    entries.set(num, [1, offset, 0]);
    write(Buffer.concat([Buffer.from(`${num} 0 obj\n<<${dict} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  };
  for (let i = 0; i < plain.length; i += PER_STREAM) {
    const group = plain.slice(i, i + PER_STREAM);
    const stream = next++;
    let at = 0;
    const index: string[] = [];
    group.forEach((o, k) => {
      index.push(`${o.num} ${at}`);
      entries.set(o.num, [2, stream, k]);
      at += Buffer.byteLength(o.body, 'latin1') + 1;
    });
    const head = `${index.join(' ')}\n`;
    const data = deflateSync(Buffer.from(head + group.map((o) => `${o.body}\n`).join(''), 'latin1'), { level: 9 });
    writeObject(stream, `/Type /ObjStm /N ${group.length} /First ${Buffer.byteLength(head, 'latin1')}`, data);
  }

  // The cross-reference stream: fields of 1, 4 and 2 bytes; object 0 is the head of the free list.
  const xref = next++;
  entries.set(xref, [1, offset, 0]);
  const rows = Buffer.alloc(next * 7);
  rows.writeUInt16BE(0xffff, 5);
  for (const [num, [type, a, b]] of entries) {
    rows.writeUInt8(type, num * 7);
    rows.writeUInt32BE(a, num * 7 + 1);
    rows.writeUInt16BE(b, num * 7 + 5);
  }
  const info = trailerEntry(trailer, 'Info');
  const id = trailerEntry(trailer, 'ID');
  if (!id && /\/ID\b/.test(trailer)) fail('its /ID cannot be read');
  const xrefAt = offset;
  writeObject(xref, `/Type /XRef /Size ${next} /W [1 4 2] /Root ${root}${info ? ` /Info ${info}` : ''}${id ? ` /ID ${id}` : ''}`, deflateSync(rows, { level: 9 }));
  write(Buffer.from(`startxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(out);
}
