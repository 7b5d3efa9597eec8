/**
 * Where the publications live on the site, in one place: the downloads folder, the file names per
 * language and the switch that turns them off. Pages link with these paths; the build writes these files.
 */
import type { Lang } from '../lib/languages.ts';
import { PRINT_EDITIONS } from '../lib/site.ts';

/** Publications (and the print edition page) are made unless PRINT_EDITIONS=off: the setting is read in lib/site.ts. */
export { PRINT_EDITIONS };

/** The folder of every download, under the base path. */
export const DOWNLOADS_FOLDER = 'unduh';

/** What a download is: the whole book (PDF or EPUB), one chapter's PDF, or a template's Word file. */
export type DownloadKind = 'bookPdf' | 'bookEpub' | 'chapterPdf' | 'templateDocx';

/** The kinds of download this build makes (and pages link to). */
export const PUBLISHED_KINDS: ReadonlySet<DownloadKind> = new Set<DownloadKind>(PRINT_EDITIONS ? ['templateDocx', 'chapterPdf', 'bookPdf', 'bookEpub'] : []);

/** The file format a reader sees beside the link. */
export const DOWNLOAD_FORMAT: Record<DownloadKind, string> = { bookPdf: 'PDF', bookEpub: 'EPUB', chapterPdf: 'PDF', templateDocx: 'Word' };

/**
 * Root-relative path (without the base) of a download: `/unduh/pedoman-ogp-id.pdf`,
 * `/unduh/pedoman-ogp-en.epub`, `/unduh/id/templat-komitmen.pdf`, `/unduh/en/templat-komitmen.docx`.
 */
export function downloadPath(lang: Lang, kind: DownloadKind, slug?: string): string {
  switch (kind) {
    case 'bookPdf': return `/${DOWNLOADS_FOLDER}/pedoman-ogp-${lang}.pdf`;
    case 'bookEpub': return `/${DOWNLOADS_FOLDER}/pedoman-ogp-${lang}.epub`;
    case 'chapterPdf': return `/${DOWNLOADS_FOLDER}/${lang}/${requireSlug(slug)}.pdf`;
    case 'templateDocx': return `/${DOWNLOADS_FOLDER}/${lang}/${requireSlug(slug)}.docx`;
  }
}

function requireSlug(slug: string | undefined): string {
  if (!slug) throw new Error('A chapter download needs the chapter slug.');
  return slug;
}

/**
 * Downloads the offline editions leave online (a file path inside the built site): the PDFs and EPUBs
 * would make the ZIP and a phone's saved copy several times larger. The Word templates (about 15 KB
 * each) travel with them, since readers fill them in where there is no connection.
 */
export function isOnlineOnlyDownload(file: string): boolean {
  return file.startsWith(`${DOWNLOADS_FOLDER}/`) && /\.(pdf|epub)$/.test(file);
}
