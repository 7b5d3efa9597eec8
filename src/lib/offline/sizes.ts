/** Download sizes as readers see them on the "Read offline" page. */
import { t } from '../i18n.ts';
import { LANGUAGE_INFO, type Lang } from '../languages.ts';

/** Put the download size of "Save for offline reading" into the page's `data-offline-save-size` element. */
export function fillSaveSize(html: string, lang: Lang, size: number): string {
  return html.replace(/(<[^>]*\bdata-offline-save-size\b[^>]*>)[^<]*(<\/)/g, (_, open: string, close: string) => `${open}${t(lang, 'reader.saveSize', { size: formatBytes(size, lang) })}${close}`);
}

/** Put the zip's size into the `data-offline-zip-size` element of a page. */
export function fillZipSize(html: string, lang: Lang, size: number): string {
  return html.replace(/(<[^>]*\bdata-offline-zip-size\b[^>]*>)[^<]*(<\/)/g, (_, open: string, close: string) => `${open}${t(lang, 'offline.zipSize', { size: formatBytes(size, lang) })}${close}`);
}

/** A size for people: `1.4 MB` (English) or `1,4 MB` (Indonesian). */
export function formatBytes(size: number, lang: Lang = 'en'): string {
  const n = new Intl.NumberFormat(LANGUAGE_INFO[lang].intlLocale, { maximumFractionDigits: 1 });
  return size >= 1e6 ? `${n.format(size / 1e6)} MB` : `${n.format(Math.max(1, Math.round(size / 1e3)))} kB`;
}
