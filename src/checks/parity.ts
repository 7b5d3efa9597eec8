/**
 * The two languages keep the same structure: every page exists in both, with the same key, part and order,
 * and the same anchors in the same order (so a shared link works in either language). Each problem has
 * the line where it shows on the English page, and names the line of the Indonesian page it differs from.
 */
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { frontmatterBlock } from '../lib/content-index.ts';
import { frontmatterLine, type ContentModel, type PageSource, type Problem } from './model.ts';

/** Where on the English page an anchor it lacks would go: the line of the last anchor before it both pages have (or the body's first line). */
function whereMissing(idPage: PageSource, enPage: PageSource, anchor: string): number | undefined {
  let line = frontmatterBlock(enPage.source)?.bodyLine ?? 1;
  for (const a of idPage.anchorLines.keys()) {
    if (a === anchor) break;
    line = enPage.anchorLines.get(a) ?? line;
  }
  return line;
}

function checkPair(idPage: PageSource, enPage: PageSource, problems: Problem[]) {
  const add = (line: number | undefined, message: string) => problems.push({ file: enPage.file, line, severity: 'error', message });
  if (idPage.data && enPage.data && idPage.data.key !== enPage.data.key) {
    add(frontmatterLine(enPage.source, 'key'), `key "${enPage.data.key}" differs from the Indonesian page's key "${idPage.data.key}". Use the same key in both languages.`);
  }
  for (const field of ['part', 'order'] as const) {
    if (idPage.data && enPage.data && idPage.data[field] !== enPage.data[field]) {
      add(frontmatterLine(enPage.source, field), `${field} is ${enPage.data[field]} here but ${idPage.data[field]} on the Indonesian page. Keep both languages in the same place.`);
    }
  }
  const missing = [...idPage.anchors].filter((a) => !enPage.anchors.has(a));
  const extra = [...enPage.anchors].filter((a) => !idPage.anchors.has(a));
  if (missing.length) {
    const list = missing.map((a) => `#${a} (its line ${idPage.anchorLines.get(a)})`).join(', ');
    add(whereMissing(idPage, enPage, missing[0]), `anchors missing compared with ${idPage.file}: ${list}. Use the same {#id} on the matching headings, so links work in both languages.`);
  }
  if (extra.length) add(enPage.anchorLines.get(extra[0]), `anchors not on the Indonesian page: ${extra.map((a) => `#${a}`).join(', ')}. Use the Indonesian page's ids.`);
  if (!missing.length && !extra.length && idPage.anchorList.join() !== enPage.anchorList.join()) {
    const first = enPage.anchorList.find((a, i) => a !== idPage.anchorList[i]);
    add(first ? enPage.anchorLines.get(first) : undefined, `the sections are in a different order than on the Indonesian page (#${first} is on line ${first && idPage.anchorLines.get(first)} there). Keep the same structure in both languages.`);
  }
}

/** The parity checks over every pair of pages. */
export function checkParity(model: ContentModel, problems: Problem[]): void {
  const groups = new Map<string, Partial<Record<Lang, PageSource>>>();
  for (const p of model.pages) groups.set(`${p.folder}/${p.slug}`, { ...groups.get(`${p.folder}/${p.slug}`), [p.lang]: p });
  for (const [id, pair] of groups) {
    const [folder, slug] = id.split('/');
    for (const lang of LANGUAGES) {
      const other = LANGUAGES.find((l) => l !== lang)!;
      if (!pair[lang]) problems.push({ file: pair[other]!.file, line: 1, severity: 'error', message: `this page has no ${lang === 'id' ? 'Indonesian' : 'English'} version. Add content/${folder}/${lang}/${slug}.mdx with the same anchors.` });
    }
    if (pair.id && pair.en) checkPair(pair.id, pair.en, problems);
  }
}
