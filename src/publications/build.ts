/**
 * The publications step: Word templates, chapter and book PDFs and EPUBs, made from the sources. Each output
 * is cached under the build cache by a digest of what it is made from (its pages, the version date, the site
 * address and the publication code), as the share images are, so a rebuild with unchanged inputs copies
 * instead of compiling. {@link makePublications} runs in a worker while Astro renders (worker.ts);
 * {@link installPublications} then copies the files into the built site and writes their sizes beside every link.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentDir, loadContentIndex } from '../lib/content-index.ts';
import { filesUnder } from '../lib/files.ts';
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { t } from '../lib/i18n.ts';
import { BASE_PATH, BUILD_DATE, SITE_URL } from '../lib/site.ts';
import { downloadPath, type DownloadKind } from './names.ts';
import { assertPrintForms } from './print-forms.ts';
import { isTemplate, loadBook, type PubBook } from './source.ts';

// The makers load only when a file must be made: a rebuild that finds everything in the cache needs none of them.
const pdf = () => Promise.all([import('./pdf.ts'), import('./typst-doc.ts'), import('./pdf-pack.ts')]).then(([p, d, k]) => ({ ...p, ...d, ...k }));
const word = () => Promise.all([import('./word.ts'), import('./docx-pack.ts')]).then(([w, d]) => ({ ...w, ...d }));

/** One file the step made or took from the cache. */
export interface MadePublication {
  path: string;
  kind: DownloadKind;
  bytes: number;
  /** Where the file is in the cache. */
  cacheFile: string;
  cached: boolean;
  /** Milliseconds it took to make (0 from the cache). */
  ms: number;
}

/** A producer of one publication: where it goes, what it is made from, and how. */
export interface PublicationJob {
  kind: DownloadKind;
  lang: Lang;
  path: string;
  /** Digest of the inputs (besides the shared settings). */
  input: string;
  make(): Promise<Uint8Array> | Uint8Array;
}

function sha(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}

/** The digest of the publication code, the interface strings and the shared settings: a change to any makes every file again. */
function settingsDigest(): string {
  const dir = import.meta.dirname;
  const code = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => sha(readFileSync(join(dir, f))));
  const ui = LANGUAGES.map((l) => readFileSync(join(dir, `../../content/ui/${l}.json`)));
  return sha([...code, ...ui.map((u) => sha(u)), SITE_URL, BASE_PATH, BUILD_DATE.toISOString()].join('\n'));
}

/** Every publication of one language: its book PDF and EPUB, each chapter's PDF and each template's Word file. */
export function jobsFor(book: PubBook): PublicationJob[] {
  const { lang } = book;
  const dir = join(contentDir(), 'images');
  const images = existsSync(dir) ? filesUnder(dir).map((f) => `${f} ${sha(readFileSync(join(dir, f)))}`).join('\n') : '';
  // A chapter's links name other pages by key: their slugs, titles and numbers belong to its inputs too.
  const index = sha(loadContentIndex().map((p) => `${p.lang} ${p.kind} ${p.key} ${p.slug} ${p.title}`).join('\n') + book.chapters.map((c) => c.number).join(' '));
  return [
    { kind: 'bookPdf', lang, path: downloadPath(lang, 'bookPdf'), input: `${book.digest}\n${images}`, make: async () => {
      const m = await pdf();
      return m.packPdf(await m.compilePdf(`${lang} handbook`, m.bookTypst(book, BUILD_DATE, m.imagePath), BUILD_DATE));
    } },
    { kind: 'bookEpub', lang, path: downloadPath(lang, 'bookEpub'), input: `${book.digest}\n${images}`, make: async () => (await import('./epub.ts')).bookEpub(book, BUILD_DATE) },
    ...book.chapters.map((page): PublicationJob => ({
      kind: 'chapterPdf', lang, path: downloadPath(lang, 'chapterPdf', page.slug), input: `${page.digest}\n${index}\n${images}`,
      make: async () => {
        const m = await pdf();
        return m.packPdf(await m.compilePdf(`${lang}/${page.slug}`, m.chapterTypst(page, BUILD_DATE, m.imagePath), BUILD_DATE));
      },
    })),
    ...book.chapters.filter(isTemplate).map((page): PublicationJob => ({
      kind: 'templateDocx', lang, path: downloadPath(lang, 'templateDocx', page.slug), input: `${page.digest}\n${index}\n${images}`,
      make: async () => {
        const m = await word();
        return m.deterministicDocx(await m.templateDocx(page, BUILD_DATE), BUILD_DATE);
      },
    })),
  ];
}

/** Make every publication of the given languages (both by default) into `cacheDir`, or find it there. */
export async function makePublications(cacheDir: string, langs: readonly Lang[] = LANGUAGES): Promise<MadePublication[]> {
  assertPrintForms();
  const settings = settingsDigest();
  mkdirSync(cacheDir, { recursive: true });
  const made: MadePublication[] = [];
  for (const job of langs.flatMap((lang) => jobsFor(loadBook(lang)))) {
    const cacheFile = join(cacheDir, `${sha(`${settings}\n${job.kind}\n${job.path}\n${job.input}`)}${job.path.slice(job.path.lastIndexOf('.'))}`);
    const cached = existsSync(cacheFile);
    const started = performance.now();
    if (!cached) writeFileSync(cacheFile, await job.make());
    made.push({ path: job.path, kind: job.kind, bytes: readFileSync(cacheFile).length, cacheFile, cached, ms: cached ? 0 : Math.round(performance.now() - started) });
  }
  return made;
}

/** Put each download's size into its `data-pub-size` element, after the format it shows: "Word, 16 kB". */
export function fillDownloadSizes(html: string, lang: Lang, sizeOf: (path: string) => number | undefined, format: (n: number, l: Lang) => string): string {
  return html.replace(/(<[^>]*\bdata-pub-size="([^"]+)"[^>]*>)([^<]*)(<\/)/g, (_, open: string, path: string, kind: string, close: string) => {
    const size = sizeOf(path);
    if (size === undefined) throw new Error(`A page links to the download ${path}, which the build did not make.`);
    return `${open}${t(lang, 'pub.size', { format: kind.trim(), size: format(size, lang) })}${close}`;
  });
}

/** Copy the publications into the built site and write their sizes into every page that links to them. */
export function installPublications(made: MadePublication[], outDir: string, format: (n: number, l: Lang) => string): void {
  for (const m of made) {
    const target = join(outDir, m.path.slice(1));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(m.cacheFile, target);
  }
  const sizes = new Map(made.map((m) => [m.path, m.bytes]));
  for (const file of filesUnder(outDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(outDir, file), 'utf8');
    if (!html.includes('data-pub-size')) continue;
    const lang = (/<html[^>]*\blang="(\w+)"/.exec(html)?.[1] ?? 'id') as Lang;
    writeFileSync(join(outDir, file), fillDownloadSizes(html, lang, (p) => sizes.get(p), format));
  }
}
