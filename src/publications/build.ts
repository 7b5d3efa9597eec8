/**
 * The after-build step that writes every publication into the built site: Word templates, chapter and
 * book PDFs, EPUBs. Each output is cached under the build cache by a digest of what it is made from (its
 * pages, the version date, the site address and the publication code), as the share images are, so a
 * rebuild with unchanged inputs copies instead of compiling. Sizes are then written beside every link.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../lib/files.ts';
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { t } from '../lib/i18n.ts';
import { BASE_PATH, BUILD_DATE, SITE_URL } from '../lib/site.ts';
import { deterministicDocx } from './docx-pack.ts';
import { downloadPath, type DownloadKind } from './names.ts';
import { assertPrintForms } from './print-forms.ts';
import { isTemplate, loadBook, type PubBook } from './source.ts';
import { templateDocx } from './word.ts';

/** One file the step wrote. */
export interface WrittenPublication {
  path: string;
  bytes: number;
  kind: DownloadKind;
  /** Whether it came from the cache. */
  cached: boolean;
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

/** The digest of the publication code and shared settings: a change to either makes every file again. */
function settingsDigest(): string {
  const dir = import.meta.dirname;
  const code = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(join(dir, f)));
  const ui = LANGUAGES.map((l) => JSON.stringify(t(l, 'pub.pageOf')));
  return sha([...code.map((c) => sha(c)), ...ui, SITE_URL, BASE_PATH, BUILD_DATE.toISOString()].join('\n'));
}

/** The jobs for the Word templates of one language. */
export function wordJobs(book: PubBook): PublicationJob[] {
  return book.chapters.filter(isTemplate).map((page) => ({
    kind: 'templateDocx', lang: book.lang, path: downloadPath(book.lang, 'templateDocx', page.slug), input: page.digest,
    make: async () => deterministicDocx(await templateDocx(page, BUILD_DATE), BUILD_DATE),
  }));
}

/** Run the jobs, taking unchanged outputs from the cache, and write them into `outDir`. */
export async function runJobs(jobs: PublicationJob[], outDir: string, cacheDir: string): Promise<WrittenPublication[]> {
  const settings = settingsDigest();
  mkdirSync(cacheDir, { recursive: true });
  const written: WrittenPublication[] = [];
  for (const job of jobs) {
    const cacheFile = join(cacheDir, `${sha(`${settings}\n${job.kind}\n${job.path}\n${job.input}`)}${job.path.slice(job.path.lastIndexOf('.'))}`);
    const cached = existsSync(cacheFile);
    const data = cached ? readFileSync(cacheFile) : await job.make();
    if (!cached) writeFileSync(cacheFile, data);
    const target = join(outDir, job.path.slice(1));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    written.push({ path: job.path, bytes: data.length, kind: job.kind, cached });
  }
  return written;
}

/** Put each download's size into its `data-pub-size` element on every page, after the format it shows: "Word, 16 kB". */
export function fillDownloadSizes(html: string, lang: Lang, sizeOf: (path: string) => number | undefined, format: (n: number, l: Lang) => string): string {
  return html.replace(/(<[^>]*\bdata-pub-size="([^"]+)"[^>]*>)([^<]*)(<\/)/g, (_, open: string, path: string, kind: string, close: string) => {
    const size = sizeOf(path);
    if (size === undefined) throw new Error(`A page links to the download ${path}, which the build did not make.`);
    return `${open}${t(lang, 'pub.size', { format: kind.trim(), size: format(size, lang) })}${close}`;
  });
}

/** Write every publication of both languages into the built site and fill in the sizes on its pages. */
export async function writePublications(opts: { outDir: string; cacheDir: string; format: (n: number, l: Lang) => string }): Promise<WrittenPublication[]> {
  assertPrintForms();
  const jobs = LANGUAGES.flatMap((lang) => wordJobs(loadBook(lang)));
  const written = await runJobs(jobs, opts.outDir, join(opts.cacheDir, 'publications'));
  const sizes = new Map(written.map((w) => [w.path, w.bytes]));
  for (const file of filesUnder(opts.outDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(opts.outDir, file), 'utf8');
    if (!html.includes('data-pub-size')) continue;
    const lang = (/<html[^>]*\blang="(\w+)"/.exec(html)?.[1] ?? 'id') as Lang;
    writeFileSync(join(opts.outDir, file), fillDownloadSizes(html, lang, (p) => sizes.get(p), opts.format));
  }
  return written;
}
