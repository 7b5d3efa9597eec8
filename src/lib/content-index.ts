import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGUAGES, type Lang } from './languages.ts';
import type { PageKind } from './routes.ts';

/** Folder editors write in; a test can point it at a fixture tree (read in lib/site.ts). */
import { contentDir } from './site.ts';
import { processMap } from './process-cache.ts';
export { contentDir };

/** What the build needs to know about a page before any MDX is compiled. */
export interface IndexedPage {
  kind: Extract<PageKind, 'chapter' | 'caseStudy'>;
  lang: Lang;
  slug: string;
  key: string;
  title: string;
  /** Path relative to the project, for error messages. */
  file: string;
  /** Every explicit anchor on the page: headings, checklists and checklist items. */
  anchors: Set<string>;
  /** A chapter's `part` and `order` from its frontmatter (where valid), for its number ("3.2"). */
  part?: number;
  order?: number;
}

const COLLECTIONS = [
  { folder: 'chapters', kind: 'chapter' },
  { folder: 'case-studies', kind: 'caseStudy' },
] as const;

/** Explicit `{#id}` at the end of a Markdown heading. */
export const HEADING_ANCHOR = /^(#{1,6})\s+(.*?)\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Lowercase hyphenated form of a heading, to suggest an anchor in error messages. */
export function slugify(value: string): string {
  return value.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

/** The message for a `##`/`###` heading without `{#anchor}`, the same from the content check and the build. */
export function headingWithoutAnchor(title: string, depth: number): string {
  return `the heading "${title}" has no anchor. End it with an id that stays the same in both languages, for example: ${'#'.repeat(depth)} ${title} {#${slugify(title)}}`;
}

/** An anchor as authors may write it: lowercase letters, digits and hyphens, starting with a letter or digit. */
export const ANCHOR_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The message for a malformed `{#anchor}` (`{#Kapan}`, `{#kapan_lagi}`), the same from the content check and the build. */
export function malformedAnchor(written: string): string {
  const fixed = written.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'some-id';
  return `the anchor {#${written}} may use only lowercase letters, digits and hyphens, starting with a letter or digit. Write {#${fixed}}, the same in both languages.`;
}

/** Anchors a page defines, read from its source text. */
export function anchorsOf(source: string): Set<string> {
  return new Set(anchorLinesOf(source).keys());
}

/** Every anchor a page defines (headings, checklists and checklist items), with the line that defines it, in source order. */
export function anchorLinesOf(source: string): Map<string, number> {
  const anchors = new Map<string, number>();
  let checklist: string | undefined;
  let item = 0;
  source.split('\n').forEach((line, i) => {
    const add = (id: string) => anchors.has(id) || anchors.set(id, i + 1);
    const heading = HEADING_ANCHOR.exec(line);
    if (heading) add(heading[3]);
    const open = /<Checklist\s+id="([^"]+)"/.exec(line);
    if (open) {
      checklist = open[1];
      item = 0;
      add(checklist);
    }
    if (checklist && /^\s*[-*+]\s+\[[ xX]\]/.test(line)) add(`${checklist}-${++item}`);
    if (/<\/Checklist>/.test(line)) checklist = undefined;
  });
  return anchors;
}

/** The YAML text of a file's frontmatter block, and the body after it; undefined when there is none. */
export function frontmatterBlock(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return m ? { yaml: m[1], body: source.slice(m[0].length), bodyLine: m[0].split('\n').length } : undefined;
}

/** Split a file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const block = frontmatterBlock(source);
  if (!block) return { data: {}, body: source, bodyLine: 1 };
  return { data: (parseYaml(block.yaml) ?? {}) as Record<string, unknown>, body: block.body, bodyLine: block.bodyLine };
}

/** A file in a page folder (`content/<chapters|case-studies>/<lang>/`), found by {@link contentFiles}. */
export interface ContentFile {
  folder: (typeof COLLECTIONS)[number]['folder'];
  kind: IndexedPage['kind'];
  lang: Lang;
  /** The file name, such as `apa-itu-ogp.mdx`. */
  name: string;
  path: string;
}

/**
 * Every file in the page folders, sorted by folder, language and name: the one folder walk that the
 * content index and the content check share. System files (`.DS_Store`, `._x`, swap files) are left out,
 * as Astro leaves them out.
 */
export function contentFiles(dir = contentDir()): ContentFile[] {
  return COLLECTIONS.flatMap(({ folder, kind }) => LANGUAGES.flatMap((lang) => {
    const langDir = join(dir, folder, lang);
    if (!existsSync(langDir)) return [];
    return readdirSync(langDir).sort().filter((name) => !name.startsWith('.')).map((name) => ({ folder, kind, lang, name, path: join(langDir, name) }));
  }));
}

/**
 * True under `astro dev`, where authors edit files while the server runs: the caches below then check each
 * file's date and size on every call, so a new key, anchor or glossary term shows without a restart.
 * A build reads every file once.
 */
export function watchingFiles(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** A file's modification time and size, to tell whether it changed since it was read. */
export function fileStamp(path: string): string {
  const stat = statSync(path);
  return `${stat.mtimeMs}:${stat.size}`;
}

// Shared by the module's copies (src/lib/process-cache.ts): the page list per content folder, and each file's entry.
const lists = processMap<string, IndexedPage[]>('content-index:lists');
const pageCache = processMap<string, { stamp: string; page: IndexedPage }>('content-index:pages');

function indexPage(path: string, kind: IndexedPage['kind'], lang: Lang, name: string): IndexedPage {
  const source = readFileSync(path, 'utf8');
  let data: Record<string, unknown> = {};
  try {
    data = splitFrontmatter(source).data;
  } catch {
    /* reported by the checks */
  }
  return {
    kind,
    lang,
    slug: name.replace(/\.mdx$/, ''),
    key: typeof data.key === 'string' ? data.key : name.replace(/\.mdx$/, ''),
    title: typeof data.title === 'string' ? data.title : name,
    file: relative(process.cwd(), path),
    anchors: anchorsOf(source),
    ...(typeof data.part === 'number' && typeof data.order === 'number' ? { part: data.part, order: data.order } : {}),
  };
}

/**
 * Read the frontmatter and anchors of every chapter and case study.
 * Malformed files are skipped here; the content checks and the schema report them.
 */
export function loadContentIndex(dir = contentDir(), fresh = false): IndexedPage[] {
  const watching = watchingFiles();
  const known = lists.get(dir);
  if (!fresh && !watching && known) return known;
  const pages: IndexedPage[] = [];
  for (const { kind, lang, name, path } of contentFiles(dir)) {
    if (!name.endsWith('.mdx')) continue;
    const stamp = watching ? fileStamp(path) : '';
    const read = pageCache.get(path);
    if (!fresh && read && read.stamp === stamp && read.page.kind === kind) {
      pages.push(read.page);
      continue;
    }
    const page = indexPage(path, kind, lang, name);
    pageCache.set(path, { stamp, page });
    pages.push(page);
  }
  // The same list as before when nothing changed, so lookup tables built on it stay valid.
  if (known && known.length === pages.length && known.every((p, i) => p === pages[i])) return known;
  lists.set(dir, pages);
  return pages;
}

/** The page with `key` in `lang`, if any. */
export function findByKey(lang: Lang, key: string, pages = loadContentIndex()): IndexedPage | undefined {
  // A lookup table per page list: every page: link of every page asks, so a scan would grow with the square of the site.
  let byKey = keyTables.get(pages);
  if (!byKey) {
    byKey = new Map();
    for (const p of pages) if (!byKey.has(`${p.lang}/${p.key}`)) byKey.set(`${p.lang}/${p.key}`, p);
    keyTables.set(pages, byKey);
  }
  return byKey.get(`${lang}/${key}`);
}
const keyTables = new WeakMap<IndexedPage[], Map<string, IndexedPage>>();

/** A parsed `page:` link: `page:key`, `page:key#anchor`, or `page:en/key#anchor` for an intended link into the other language. */
export interface PageLink {
  key: string;
  anchor?: string;
  lang: Lang;
  /** True when the author named the language on purpose. */
  explicitLang: boolean;
}

/** Parse the target of a `page:` link written on a page in `pageLang`. */
export function parsePageLink(url: string, pageLang: Lang): PageLink {
  const m = /^page:(?:(id|en)\/)?([^#]*)(?:#(.*))?$/.exec(url);
  if (!m) return { key: url.slice(5), lang: pageLang, explicitLang: false };
  return { key: m[2], anchor: m[3] || undefined, lang: (m[1] as Lang | undefined) ?? pageLang, explicitLang: Boolean(m[1]) };
}
