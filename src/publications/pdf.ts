/**
 * PDFs compiled with Typst through @myriaddreamin/typst-ts-node-compiler (a Typst compiler shipped as
 * an npm package with prebuilt binaries). Fonts are Noto Sans TTF files from @expo-google-fonts/noto-sans
 * (Typst reads TTF/OTF, not WOFF). The creation date is the version date, so two builds give the same bytes.
 * Typst writes the tags for screen readers as plain objects; pdf-pack.ts saves them again in compressed object
 * streams, which makes the book about a third of its size (2.6 MB to 0.85 MB) and keeps the bytes the same.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import sharp from 'sharp';
import { contentDir } from '../lib/content-index.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = ['400Regular/NotoSans_400Regular.ttf', '400Regular_Italic/NotoSans_400Regular_Italic.ttf', '700Bold/NotoSans_700Bold.ttf', '700Bold_Italic/NotoSans_700Bold_Italic.ttf'];

let compiler: NodeCompiler | undefined;

function getCompiler(): NodeCompiler {
  if (!compiler) {
    const dir = join(require.resolve('@expo-google-fonts/noto-sans/package.json'), '..');
    compiler = NodeCompiler.create({ workspace: '/', fontArgs: [{ fontBlobs: FONT_FILES.map((f) => readFileSync(join(dir, f))) }] });
  }
  return compiler;
}

/**
 * The Typst path of an image in content/images; {@link compilePdf} maps the file into the compiler. Typst
 * cannot read AVIF, so an AVIF image gets a `.png` path and is converted when it is mapped.
 */
export function imagePath(src: string): string {
  const name = src.replace(/^.*\/images\//, '');
  return `/images/${name}${/\.avif$/i.test(name) ? '.png' : ''}`;
}

/** Compile a Typst document to PDF bytes; a Typst error stops with its message and the document's name. */
export async function compilePdf(name: string, source: string, date: Date): Promise<Buffer> {
  const c = getCompiler();
  for (const m of source.matchAll(/image\("\/images\/([^"]+)"/g)) {
    const avif = /\.avif\.png$/i.test(m[1]);
    const original = readFileSync(join(contentDir(), 'images', avif ? m[1].slice(0, -'.png'.length) : m[1]));
    c.mapShadow(`/images/${m[1]}`, avif ? await sharp(original).png().toBuffer() : original);
  }
  const result = c.compile({ mainFileContent: source });
  const doc = result.result;
  if (!doc || result.hasError()) {
    const diagnostics = result.takeDiagnostics() ?? result.takeError();
    throw new Error(`The PDF ${name} could not be made: ${JSON.stringify(diagnostics?.shortDiagnostics ?? diagnostics, null, 1).slice(0, 2000)}`);
  }
  const pdf = c.pdf(doc, { creationTimestamp: Math.floor(date.getTime() / 1000) });
  // Typst's memo cache is kept for the worker's life (one language): the chapters, compiled after the book,
  // reuse what the book laid out, about a tenth faster for some 40 MB more.
  return pdf;
}
