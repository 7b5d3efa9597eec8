/**
 * Content checks that run before every build (`npm run check`). They read the
 * MDX sources with remark (parse + mdx + frontmatter + gfm) so every problem
 * points at a file and line, and they report all problems at once.
 * The checks never write to a content file.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { chapterSchema, caseStudySchema, glossarySchema } from './schemas.ts';
import { LANGUAGE_CODE, LANGUAGES, otherLang, type Lang } from './languages.ts';
import { HEADING_ANCHOR, anchorsOf, parsePageLink } from './content-index.ts';
import { componentProblems } from '../mdx/index.ts';
import { useFromMdast } from '../mdx/uses.ts';
import type { PageFacts } from '../mdx/types.ts';
import { checkGlossaryTerms, checkTerms, loadTerms } from '../checks/terms.ts';
import { checkCommitments, registerRefs } from '../checks/commitments.ts';
import { REGISTER_ANCHORS, REGISTER_PAGE_KEY } from './register.ts';

/** One finding, with enough detail for an editor to fix it. */
export interface Problem {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Anchors the page templates use themselves. */
const RESERVED_ANCHORS = new Set(['isi', 'sumber', 'sekilas', 'toc-title', 'toc-rail-title', 'atas', 'footnote-label', 'not-found-other', 'search-dialog', 'search-dialog-title', 'komitmen-daftar']);
/** Link texts that do not say where a link goes. */
const VAGUE_LINK_TEXT = new Set(['klik di sini', 'di sini', 'sini', 'klik', 'click here', 'here', 'this', 'link', 'tautan', 'selengkapnya', 'read more', 'more']);
/** Image files pages may show: Astro turns them into WebP with width, height and lazy loading. */
const IMAGE_TYPES = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif']);
/**
 * The widest image a page may show, in pixels. The text column is about 700 CSS pixels; twice that
 * stays sharp on phone screens, and anything wider only costs readers data.
 */
export const MAX_IMAGE_WIDTH = 1600;
/**
 * Short words that only one of the two languages uses. A source title with some of one language's and
 * none of the other's is taken to be in that language; names and short titles are not guessed at.
 */
const FUNCTION_WORDS: Record<Lang, Set<string>> = {
  id: new Set('dan yang di ke dari untuk dengan dalam pada tentang atau ini itu sebagai oleh jadi tidak bagi secara para akan lewat sejak'.split(' ')),
  en: new Set('the of and for in to on with how what from an is are by at into about why who this that our your'.split(' ')),
};

/** The language a source title is written in, when its short words make that plain. */
export function titleLanguage(title: string): Lang | undefined {
  const words = title.toLowerCase().match(/[a-z']+/g) ?? [];
  const [id, en] = LANGUAGES.map((lang) => words.filter((w) => FUNCTION_WORDS[lang].has(w)).length);
  if (id && !en) return 'id';
  if (en && !id) return 'en';
  return undefined;
}

/** Alt texts that name the kind of file rather than what it shows. */
const VAGUE_ALT_TEXT = new Set(['gambar', 'foto', 'ilustrasi', 'tangkapan layar', 'image', 'picture', 'photo', 'illustration', 'screenshot', 'img']);
/** Sentences longer than this are reported as warnings. */
export const LONG_SENTENCE_WORDS = 40;

type MdNode = { type: string; name?: string; depth?: number; url?: string; alt?: string | null; value?: string; children?: MdNode[]; attributes?: Array<{ type: string; name?: string; value?: unknown }>; position?: { start: { line: number; column: number } } };

interface PageSource {
  folder: 'chapters' | 'case-studies';
  lang: Lang;
  slug: string;
  file: string;
  source: string;
  data?: Record<string, unknown>;
  anchors: Set<string>;
  /** Anchors in source order, for the parity check. */
  anchorList: string[];
  tree?: MdNode;
}

/** Any `{#...}` at the end of a heading, well-formed or not (`{#Kapan}`, `{#kapan_lagi}`): the anchor the author meant. */
const ANY_HEADING_ANCHOR = /^(#{1,6})\s+.*?\{#([^{}]*)\}\s*$/;

/** Blank out `{#id}` heading attributes (keeping columns) so remark-mdx does not read them as expressions. */
export function maskHeadingAnchors(source: string): string {
  return source
    .split('\n')
    .map((line) => (ANY_HEADING_ANCHOR.test(line) ? line.replace(/\{#[^{}]*\}\s*$/, (m) => ' '.repeat(m.length)) : line))
    .join('\n');
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function walk(node: MdNode, visit: (n: MdNode, parent?: MdNode) => void, parent?: MdNode) {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

function textOf(node: MdNode): string {
  if (node.value && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The 1-based line of `field:` inside the frontmatter, for error messages. */
function frontmatterLine(source: string, field: string): number | undefined {
  const lines = source.split('\n');
  for (let i = 1; i < lines.length && lines[i] !== '---'; i++) {
    if (lines[i].startsWith(`${field}:`)) return i + 1;
  }
  return undefined;
}

/** Split text into sentences and count words, for the plain-language checks. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter((s) => /[a-zA-Z]/.test(s));
}

/** Word count of a sentence. */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Prose paragraphs, list items and table cells of a page, one string per block. */
export function proseBlocks(tree: MdNode): Array<{ text: string; line?: number }> {
  const blocks: Array<{ text: string; line?: number }> = [];
  walk(tree, (n) => {
    if (n.type === 'paragraph' || n.type === 'tableCell') blocks.push({ text: textOf(n), line: n.position?.start.line });
  });
  return blocks;
}

function readPages(dir: string, problems: Problem[]): PageSource[] {
  const pages: PageSource[] = [];
  for (const folder of ['chapters', 'case-studies'] as const) {
    for (const lang of LANGUAGES) {
      const langDir = join(dir, folder, lang);
      if (!existsSync(langDir)) continue;
      for (const name of readdirSync(langDir).sort()) {
        // Files the system makes (.DS_Store, ._x, editor swap files) are not the author's: Astro skips them too.
        if (name.startsWith('.')) continue;
        const path = join(langDir, name);
        const file = relative(process.cwd(), path);
        if (!name.endsWith('.mdx')) {
          problems.push({ file, severity: 'error', message: `only .mdx files belong in content/${folder}/${lang}/. Rename it to ${name.replace(/\.[^.]+$/, '')}.mdx or move it out.` });
          continue;
        }
        const source = readFileSync(path, 'utf8');
        const anchorList: string[] = [];
        for (const line of source.split('\n')) {
          const m = HEADING_ANCHOR.exec(line);
          if (m) anchorList.push(m[3]);
        }
        pages.push({ folder, lang, slug: name.slice(0, -4), file, source, anchors: anchorsOf(source), anchorList });
      }
    }
  }
  return pages;
}

function checkFrontmatter(page: PageSource, problems: Problem[]) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(page.source);
  if (!m) {
    problems.push({ file: page.file, line: 1, severity: 'error', message: 'the file has no frontmatter. Start it with a --- block holding title, description, key and the other fields (see README.md).' });
    return;
  }
  let raw: unknown;
  try {
    raw = parseYaml(m[1]);
  } catch (e) {
    const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    problems.push({ file: page.file, line: line ? line + 1 : 2, severity: 'error', message: `the frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}. Check quotes and indentation.` });
    return;
  }
  const schema = page.folder === 'chapters' ? chapterSchema : caseStudySchema;
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.join(', ') : '(frontmatter)');
      const top = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
      const what = issue.code === 'unrecognized_keys' ? `is not a known field. Remove it or check its spelling` : issue.message === 'Invalid input: expected string, received undefined' || /received undefined/.test(issue.message) ? 'is missing. Add it' : issue.message;
      problems.push({ file: page.file, line: frontmatterLine(page.source, top) ?? 2, severity: 'error', message: `frontmatter field "${field}" ${what}.` });
    }
    return;
  }
  page.data = result.data as Record<string, unknown>;
  const frontmatterLines = m[1].split('\n');
  for (const source of (page.data.sources ?? []) as Array<{ title: string; lang?: string }>) {
    const written = titleLanguage(source.title);
    if (source.lang || !written || written === page.lang) continue;
    const line = frontmatterLines.findIndex((l) => /^\s*-?\s*title:/.test(l) && l.includes(source.title));
    problems.push({
      file: page.file,
      line: line >= 0 ? line + 2 : frontmatterLine(page.source, 'sources'),
      severity: 'error',
      message: `the source title "${source.title}" looks ${written === 'en' ? 'English' : 'Indonesian'}, but the page is in ${page.lang === 'en' ? 'English' : 'Indonesian'}. Add "lang: ${written}" under its title, so screen readers pronounce it right.`,
    });
  }
}

/** An image a page shows, found while reading the pages; its pixel size is checked afterwards. */
interface ImageUse {
  file: string;
  line?: number;
  path: string;
}

/**
 * The file an image on a page points to, if it is one the build can use: a PNG, JPEG, WebP or AVIF
 * file in content/images/. Anything else is reported on the image's line.
 */
function imagePath(page: PageSource, node: MdNode, dir: string, add: (n: MdNode, m: string) => void): string | undefined {
  const url = node.url ?? '';
  const how = 'Save the file in content/images/ and write ![what it shows](../../images/NAME.webp).';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) {
    add(node, `the image "${url}" is not a file of the handbook. Images from other sites do not load offline or under the site's security policy. ${how}`);
    return undefined;
  }
  const imagesDir = join(dir, 'images');
  let file: string;
  try {
    file = decodeURI(url.split(/[?#]/)[0]);
  } catch {
    add(node, `the image "${url}" has a "%" that is not part of an escape. Rename the file without "%", or write it as %25.`);
    return undefined;
  }
  const path = resolve(dirname(resolve(page.file)), file);
  const shown = relative(process.cwd(), path);
  if (!path.startsWith(imagesDir + sep)) {
    add(node, `the image "${url}" is outside content/images/. ${how}`);
    return undefined;
  }
  if (!IMAGE_TYPES.has(extname(path).toLowerCase())) {
    add(node, `the image "${url}" is a ${extname(path) || 'file without an extension'}. Use a PNG, JPEG, WebP or AVIF file; the build makes a WebP of it for readers.`);
    return undefined;
  }
  if (!existsSync(path)) {
    add(node, `the image "${url}" does not exist (${shown}). Check the name; upper and lower case count.`);
    return undefined;
  }
  return path;
}

/** Every image must be readable and at most MAX_IMAGE_WIDTH pixels wide. */
async function checkImageSizes(images: ImageUse[], problems: Problem[]) {
  const widths = new Map<string, Promise<number | undefined>>();
  for (const image of images) {
    if (!widths.has(image.path)) widths.set(image.path, sharp(image.path).metadata().then((m) => m.width, () => undefined));
    const width = await widths.get(image.path)!;
    const name = relative(process.cwd(), image.path);
    if (width === undefined) {
      problems.push({ file: image.file, line: image.line, severity: 'error', message: `${name} cannot be read as an image. Export it again as PNG, JPEG or WebP.` });
    } else if (width > MAX_IMAGE_WIDTH) {
      problems.push({
        file: image.file,
        line: image.line,
        severity: 'error',
        message: `${name} is ${width} pixels wide. Save it at most ${MAX_IMAGE_WIDTH} pixels wide: that is sharp on any phone, and readers on mobile data download less.`,
      });
    }
  }
}

function checkBody(page: PageSource, allPages: PageSource[], glossaryIds: Record<Lang, Set<string>>, dir: string, images: ImageUse[], problems: Problem[]) {
  let tree: MdNode;
  try {
    tree = parser.parse(maskHeadingAnchors(page.source)) as MdNode;
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line;
    problems.push({ file: page.file, line, severity: 'error', message: `the MDX cannot be read: ${err.reason ?? err.message}. Check for a bare "<", "{" or "}" in the text, or a tag that is not closed.` });
    return;
  }
  page.tree = tree;
  const add = (node: MdNode | undefined, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: page.file, line: node?.position?.start.line, severity, message });

  const facts: PageFacts = { lang: page.lang, glossaryIds: () => glossaryIds[page.lang], registerRefs: () => [...registerRefs(dir)], headingAnchors: () => new Set(page.anchorList) };
  let lastDepth = 1;
  const seen = new Map<string, number>();
  const lines = page.source.split('\n');
  walk(tree, (node) => {
    if (node.type === 'heading') {
      const depth = node.depth ?? 2;
      const line = node.position?.start.line ?? 0;
      const m = HEADING_ANCHOR.exec(lines[line - 1] ?? '');
      if (depth === 1) add(node, 'do not write a "#" heading: the page title comes from the frontmatter. Start sections with "##".');
      else if (depth > lastDepth + 1) add(node, `this heading jumps from level ${lastDepth} to level ${depth}. Use "${'#'.repeat(lastDepth + 1)}" here so screen-reader users can follow the outline.`);
      const written = m ? undefined : ANY_HEADING_ANCHOR.exec(lines[line - 1] ?? '')?.[2];
      if (written !== undefined) {
        const fixed = written.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'some-id';
        add(node, `the anchor {#${written}} may use only lowercase letters, digits and hyphens, starting with a letter or digit. Write {#${fixed}}, the same in both languages.`);
      } else if (depth >= 2 && depth <= 3 && !m) add(node, `the heading "${textOf(node)}" has no anchor. End it with {#some-id}, the same id in both languages.`);
      if (m) {
        const id = m[3];
        if (RESERVED_ANCHORS.has(id)) add(node, `the anchor #${id} is used by the page template. Choose another id.`);
        if (seen.has(id)) add(node, `the anchor #${id} is already used on line ${seen.get(id)}. Every anchor on a page must be unique.`);
        seen.set(id, line);
      }
      lastDepth = depth;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const p of componentProblems(useFromMdast(node), facts)) problems.push({ file: page.file, line: p.line, severity: 'error', message: p.message });
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      add(node, `"{${node.value ?? ''}}" is read as code. To show curly braces as text, write \\{ and \\}.`);
    }
    if (node.type === 'image') {
      const alt = (node.alt ?? '').trim();
      if (!alt) add(node, 'this image has no alt text. Describe what it shows inside the brackets: ![Peta Kabupaten Bojonegoro](...).');
      else if (VAGUE_ALT_TEXT.has(alt.toLowerCase().replace(/[.:!]+$/, '')) || /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(alt)) {
        add(node, `the alt text "${alt}" does not say what the image shows. Describe it for a reader who cannot see it, for example: ![Bagan susunan anggota forum multipihak](...).`);
      }
      const path = imagePath(page, node, dir, add);
      if (path) images.push({ file: page.file, line: node.position?.start.line, path });
    }
    if (node.type === 'link') {
      const label = textOf(node).trim().toLowerCase().replace(/[.:!]+$/, '');
      if (VAGUE_LINK_TEXT.has(label)) add(node, `the link text "${textOf(node).trim()}" does not say where it goes. Use the name of the page or document instead.`);
      checkLink(page, node, allPages, add);
    }
  });
}

function checkLink(page: PageSource, node: MdNode, allPages: PageSource[], add: (n: MdNode, m: string) => void) {
  const url = node.url ?? '';
  if (url.startsWith('page:')) {
    const link = parsePageLink(url, page.lang);
    const target = allPages.find((p) => p.lang === link.lang && (p.data?.key ?? p.slug) === link.key);
    if (!target && link.key === REGISTER_PAGE_KEY) {
      if (link.anchor && !REGISTER_ANCHORS.has(link.anchor)) add(node, `the link "${url}" points to #${link.anchor}, which the commitments register page does not have. Its sections are: ${[...REGISTER_ANCHORS].join(', ')}.`);
    } else if (!target) add(node, `the link "${url}" names no ${link.lang === 'id' ? 'Indonesian' : 'English'} page with key "${link.key}". Use the key from the target page's frontmatter.`);
    else if (link.anchor && !target.anchors.has(link.anchor)) add(node, `the link "${url}" points to #${link.anchor}, which ${target.file} does not have. Its anchors are: ${[...target.anchors].join(', ') || 'none'}.`);
  } else if (url.startsWith('#')) {
    if (!page.anchors.has(url.slice(1)) && !RESERVED_ANCHORS.has(url.slice(1))) add(node, `the link "${url}" points to a section this page does not have. Its anchors are: ${[...page.anchors].join(', ') || 'none'}.`);
  } else if (url.startsWith('/')) {
    const intoEnglish = url.startsWith('/en/');
    if (page.lang === 'id' && intoEnglish) add(node, `the link "${url}" leads from an Indonesian page into the English pages. Link with page:KEY so readers stay in their language, or page:en/KEY if you mean to switch.`);
    else if (page.lang === 'en' && !intoEnglish) add(node, `the link "${url}" leads from an English page into the Indonesian pages. Link with page:KEY so readers stay in their language, or page:id/KEY if you mean to switch.`);
    else add(node, `the link "${url}" is written as a path, which breaks when the site moves. Link with page:KEY or page:KEY#anchor instead.`);
  } else if (!/^(https?:|mailto:|tel:)/.test(url)) {
    add(node, `the link "${url}" is not a page:KEY link or a full https:// address. Write page:KEY for a page of the handbook.`);
  }
}

function checkParity(pages: PageSource[], problems: Problem[]) {
  const groups = new Map<string, Partial<Record<Lang, PageSource>>>();
  for (const p of pages) groups.set(`${p.folder}/${p.slug}`, { ...groups.get(`${p.folder}/${p.slug}`), [p.lang]: p });
  for (const [id, pair] of groups) {
    const [folder, slug] = id.split('/');
    for (const lang of LANGUAGES) {
      const other = LANGUAGES.find((l) => l !== lang)!;
      if (!pair[lang]) {
        problems.push({ file: pair[other]!.file, line: 1, severity: 'error', message: `this page has no ${lang === 'id' ? 'Indonesian' : 'English'} version. Add content/${folder}/${lang}/${slug}.mdx with the same anchors.` });
      }
    }
    const { id: idPage, en: enPage } = pair;
    if (!idPage || !enPage) continue;
    if (idPage.data && enPage.data && idPage.data.key !== enPage.data.key) {
      problems.push({ file: enPage.file, line: frontmatterLine(enPage.source, 'key'), severity: 'error', message: `key "${enPage.data.key}" differs from the Indonesian page's key "${idPage.data.key}". Use the same key in both languages.` });
    }
    for (const field of ['part', 'order'] as const) {
      if (idPage.data && enPage.data && idPage.data[field] !== enPage.data[field]) {
        problems.push({ file: enPage.file, line: frontmatterLine(enPage.source, field), severity: 'error', message: `${field} is ${enPage.data[field]} here but ${idPage.data[field]} on the Indonesian page. Keep both languages in the same place.` });
      }
    }
    const missing = [...idPage.anchors].filter((a) => !enPage.anchors.has(a));
    const extra = [...enPage.anchors].filter((a) => !idPage.anchors.has(a));
    if (missing.length) problems.push({ file: enPage.file, severity: 'error', message: `anchors missing compared with ${idPage.file}: ${missing.map((a) => `#${a}`).join(', ')}. Use the same {#id} on the matching headings, so links work in both languages.` });
    if (extra.length) problems.push({ file: enPage.file, severity: 'error', message: `anchors not on the Indonesian page: ${extra.map((a) => `#${a}`).join(', ')}. Use the Indonesian page's ids.` });
    if (!missing.length && !extra.length && idPage.anchorList.join() !== enPage.anchorList.join()) {
      problems.push({ file: enPage.file, severity: 'error', message: 'the sections are in a different order than on the Indonesian page. Keep the same structure in both languages.' });
    }
  }
}

function checkDuplicateKeys(pages: PageSource[], problems: Problem[]) {
  for (const lang of LANGUAGES) {
    const byKey = new Map<string, PageSource>();
    for (const p of pages.filter((x) => x.lang === lang && x.data)) {
      const key = String(p.data!.key);
      const first = byKey.get(key);
      if (first) problems.push({ file: p.file, line: frontmatterLine(p.source, 'key'), severity: 'error', message: `key "${key}" is already used by ${first.file}. Every page needs its own key.` });
      else byKey.set(key, p);
    }
  }
}

function checkGlossary(dir: string, problems: Problem[]): Record<Lang, Set<string>> {
  const ids = { id: new Set<string>(), en: new Set<string>() } as Record<Lang, Set<string>>;
  const order: Record<string, string[]> = {};
  for (const lang of LANGUAGES) {
    const path = join(dir, 'glossary', `${lang}.yaml`);
    const file = relative(process.cwd(), path);
    if (!existsSync(path)) {
      problems.push({ file, severity: 'error', message: 'the glossary file is missing. Create it as a YAML list of id, term and definition.' });
      continue;
    }
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push({ file, severity: 'error', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = glossarySchema.safeParse(raw ?? []);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push({ file, severity: 'error', message: `entry ${Number(i.path[0]) + 1}, field "${i.path.slice(1).join('.')}": ${i.message}.` });
      continue;
    }
    order[lang] = parsed.data.map((e) => e.id);
    for (const e of parsed.data) {
      if (ids[lang].has(e.id)) problems.push({ file, severity: 'error', message: `the id "${e.id}" appears twice. Each term needs its own id.` });
      ids[lang].add(e.id);
    }
  }
  if (order.id && order.en) {
    const missing = order.id.filter((i) => !ids.en.has(i));
    const extra = order.en.filter((i) => !ids.id.has(i));
    if (missing.length) problems.push({ file: 'content/glossary/en.yaml', severity: 'error', message: `terms missing in English: ${missing.join(', ')}. Add them with the same ids.` });
    if (extra.length) problems.push({ file: 'content/glossary/id.yaml', severity: 'error', message: `terms missing in Indonesian: ${extra.join(', ')}. Add them with the same ids.` });
  }
  return ids;
}

function checkSentences(page: PageSource, problems: Problem[]) {
  if (!page.tree) return;
  for (const block of proseBlocks(page.tree)) {
    for (const s of sentences(block.text)) {
      const n = wordCount(s);
      if (n > LONG_SENTENCE_WORDS) {
        problems.push({ file: page.file, line: block.line, severity: 'warning', message: `a sentence of ${n} words: "${s.slice(0, 60)}…". Split it; aim for 25 words or fewer.` });
      }
    }
  }
}

/** Run every content check over the tree at `dir`. */
export async function checkContent(dir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const images: ImageUse[] = [];
  const glossaryIds = checkGlossary(dir, problems);
  const terms = { id: loadTerms(dir, 'id', problems), en: loadTerms(dir, 'en', problems) };
  for (const lang of LANGUAGES) checkGlossaryTerms(dir, lang, terms[lang], problems);
  const pages = readPages(dir, problems);
  for (const page of pages) checkFrontmatter(page, problems);
  for (const page of pages) {
    checkBody(page, pages, glossaryIds, dir, images, problems);
    checkSentences(page, problems);
    if (page.tree) checkTerms(page.file, page.tree, terms[page.lang], problems);
  }
  checkParity(pages, problems);
  checkDuplicateKeys(pages, problems);
  const keysOf = (list: PageSource[]) => new Set(list.filter((p) => p.data).map((p) => String(p.data!.key)));
  checkCommitments(dir, keysOf(pages.filter((p) => p.folder === 'case-studies')), problems, keysOf(pages));
  await checkImageSizes(images, problems);
  return problems;
}

/** Format problems the way editors read them: file:line, severity, message. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''}  ${p.severity === 'error' ? 'error' : 'warning'}  ${p.message}`)
    .join('\n');
}
