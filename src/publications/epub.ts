/**
 * The EPUB 3 edition of one language, written with the project's ZIP writer (`mimetype` first and stored):
 * a cover, navigation by part and chapter (with landmarks), one XHTML file per chapter and case study, the
 * glossary, the document language and metadata, and accessibility metadata. Checked with EPUBCheck in the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import { contentDir } from '../lib/content-index.ts';
import { formatDate, t } from '../lib/i18n.ts';
import { href } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { packEntry, writeZip } from '../lib/offline/zip.ts';
import { XhtmlRenderer, epubFile, epubImage } from './epub-xhtml.ts';
import { xmlText } from './print-forms.ts';
import type { PubBook, PubPage } from './source.ts';

const STYLE = `body { font-family: sans-serif; line-height: 1.5; }
h1, h2, h3 { line-height: 1.25; color: #1f3a56; }
.eyebrow { font-size: .85em; color: #555; margin-bottom: 0; }
.lead { font-style: italic; }
.callout { border-left: .3em solid #1f4e79; background: #eef3f8; padding: .4em .8em; margin: 1em 0; }
.callout-warning { border-color: #b26a00; background: #fff4e0; }
.callout-tip { border-color: #2e7d32; background: #eef6ee; }
.callout-title { font-weight: bold; margin: .2em 0; }
.checklist { list-style: none; padding-left: 0; }
.box { font-size: 1.2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: .3em; vertical-align: top; text-align: left; }
td:empty { height: 2em; }
.sources { font-size: .85em; }
`;

function page(lang: string, title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head><meta charset="UTF-8"/><title>${xmlText(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
${body}
</body>
</html>
`;
}

function chapterFile(p: PubPage, holds: (slug: string) => boolean, images: Set<string>): string {
  const r = new XhtmlRenderer(p, holds);
  const body = r.blocks(p.tree.children ?? []);
  for (const i of r.images) images.add(i);
  const eyebrow = p.number ? t(p.lang, 'chapter.label', { n: p.number }) : t(p.lang, 'type.caseStudy');
  const sources = p.sources.map((s) => `<li>${s.url ? `<a href="${xmlText(s.url)}"${s.lang ? ` lang="${s.lang}" xml:lang="${s.lang}"` : ''}>${xmlText(s.title)}</a>` : `<cite>${xmlText(s.title)}</cite>`}${s.publisher ? `, ${xmlText(s.publisher)}` : ''}</li>`).join('');
  return page(p.lang, p.title, `<section epub:type="chapter" role="doc-chapter" aria-labelledby="judul-bab">
<p class="eyebrow">${xmlText(eyebrow)}</p>
<h1 id="judul-bab">${xmlText(p.title)}</h1>
<p class="lead">${xmlText(p.description)}</p>
${body}<section class="sources" aria-labelledby="sumber-bab"><h2 id="sumber-bab">${xmlText(t(p.lang, 'chapter.sources'))}</h2><ol>${sources}</ol></section>
${r.notes()}</section>`);
}

function coverSvg(book: PubBook): string {
  const words = t(book.lang, 'home.title').split(' ');
  const lines: string[] = [];
  for (const w of words) (lines.at(-1) && `${lines.at(-1)} ${w}`.length <= 18 ? (lines[lines.length - 1] += ` ${w}`) : lines.push(w));
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1800" viewBox="0 0 1200 1800">
<rect width="1200" height="1800" fill="#1f3a56"/>
<text x="100" y="300" font-family="sans-serif" font-size="56" fill="#cfe0f0">${xmlText(t(book.lang, 'site.title'))}</text>
${lines.map((l, i) => `<text x="100" y="${520 + i * 120}" font-family="sans-serif" font-size="100" font-weight="bold" fill="#ffffff">${xmlText(l)}</text>`).join('\n')}
<text x="100" y="1650" font-family="sans-serif" font-size="40" fill="#cfe0f0">${xmlText(SITE_URL.replace(/^https?:\/\//, ''))}</text>
</svg>
`;
}

/** The EPUB of one language's handbook, dated `date`: the same input gives the same bytes. */
export async function bookEpub(book: PubBook, date: Date): Promise<Buffer> {
  const { lang } = book;
  const pages = [...book.chapters, ...book.caseStudies];
  const slugs = new Set(pages.map((p) => p.slug));
  const images = new Set<string>();
  const files: Array<[string, string | Uint8Array]> = [];
  for (const p of pages) files.push([`OEBPS/${epubFile(p.slug)}`, chapterFile(p, (s) => slugs.has(s), images)]);
  const glossary = [...book.glossary].sort((a, b) => a.term.localeCompare(b.term, lang));
  files.push(['OEBPS/glosarium.xhtml', page(lang, t(lang, 'nav.glossary'), `<section epub:type="glossary" role="doc-glossary" aria-labelledby="judul-glosarium"><h1 id="judul-glosarium">${xmlText(t(lang, 'nav.glossary'))}</h1><dl>${glossary.map((e) => `<dt id="${xmlText(e.id)}">${xmlText(e.term)}</dt><dd>${xmlText(e.definition)}</dd>`).join('')}</dl></section>`)]);
  const title = t(lang, 'home.title');
  files.push(['OEBPS/cover.xhtml', page(lang, title, `<section epub:type="cover" role="doc-cover"><p><img src="cover.svg" alt="${xmlText(`${t(lang, 'site.title')}: ${title}`)}"/></p></section>`)]);
  const parts = [...new Set(book.chapters.map((c) => c.part ?? 5))];
  const navItem = (p: PubPage) => `<li><a href="${epubFile(p.slug)}">${xmlText(p.number ? `${p.number} ${p.title}` : p.title)}</a></li>`;
  const toc = `${parts.map((part) => `<li><span>${xmlText(`${t(lang, 'part.label', { n: part })}: ${t(lang, `part.${part}` as 'part.1')}`)}</span><ol>${book.chapters.filter((c) => (c.part ?? 5) === part).map(navItem).join('')}</ol></li>`).join('\n')}
<li><span>${xmlText(t(lang, 'nav.caseStudies'))}</span><ol>${book.caseStudies.map(navItem).join('')}</ol></li>
<li><a href="glosarium.xhtml">${xmlText(t(lang, 'nav.glossary'))}</a></li>`;
  files.push(['OEBPS/nav.xhtml', page(lang, t(lang, 'pub.contents'), `<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="judul-isi"><h1 id="judul-isi">${xmlText(t(lang, 'pub.contents'))}</h1><ol>${toc}</ol></nav>
<nav epub:type="landmarks" id="landmarks" hidden=""><ol><li><a epub:type="cover" href="cover.xhtml">${xmlText(title)}</a></li><li><a epub:type="toc" href="nav.xhtml">${xmlText(t(lang, 'pub.contents'))}</a></li><li><a epub:type="bodymatter" href="${epubFile(book.chapters[0].slug)}">${xmlText(book.chapters[0].title)}</a></li><li><a epub:type="glossary" href="glosarium.xhtml">${xmlText(t(lang, 'nav.glossary'))}</a></li></ol></nav>`)]);
  files.push(['OEBPS/cover.svg', coverSvg(book)], ['OEBPS/style.css', STYLE]);
  const media: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', svg: 'image/svg+xml' };
  const imageItems: string[] = [];
  for (const [i, src] of [...images].sort().entries()) {
    const file = join(contentDir(), 'images', src.replace(/^.*\/images\//, ''));
    const target = epubImage(src);
    const type = media[(/\.(\w+)$/.exec(target)?.[1] ?? '').toLowerCase()];
    if (!type || !existsSync(file)) throw new Error(`The EPUB edition cannot hold the image ${src}: use PNG, JPEG, WebP, AVIF or GIF in content/images/.`);
    files.push([`OEBPS/${target}`, target.endsWith('.avif.png') ? await sharp(readFileSync(file)).png().toBuffer() : readFileSync(file)]);
    imageItems.push(`<item id="img${i + 1}" href="${xmlText(target)}" media-type="${type}"/>`);
  }
  const modified = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="pub-id">${xmlText(SITE_URL + href(lang, 'home'))}</dc:identifier>
<dc:title>${xmlText(title)}</dc:title>
<dc:language>${lang}</dc:language>
<dc:creator>${xmlText(t(lang, 'site.title'))}</dc:creator>
<dc:description>${xmlText(t(lang, 'site.description'))}</dc:description>
<dc:date>${modified.slice(0, 10)}</dc:date>
<meta property="dcterms:modified">${modified}</meta>
<meta name="cover" content="cover-image"/>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${xmlText(t(lang, 'pub.version', { date: formatDate(lang, date) }))}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
<item id="cover-image" href="cover.svg" media-type="image/svg+xml" properties="cover-image"/>
<item id="css" href="style.css" media-type="text/css"/>
${pages.map((p) => `<item id="p-${p.slug}" href="${epubFile(p.slug)}" media-type="application/xhtml+xml"/>`).join('\n')}
<item id="glosarium" href="glosarium.xhtml" media-type="application/xhtml+xml"/>
${imageItems.join('\n')}
</manifest>
<spine>
<itemref idref="cover"/>
<itemref idref="nav"/>
${pages.map((p) => `<itemref idref="p-${p.slug}"/>`).join('\n')}
<itemref idref="glosarium"/>
</spine>
</package>
`;
  files.push(['OEBPS/content.opf', opf]);
  files.push(['META-INF/container.xml', `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
`]);
  const bytes = (d: string | Uint8Array) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);
  const sorted = files.sort(([a], [b]) => (a < b ? -1 : 1));
  return writeZip([packEntry('mimetype', Buffer.from('application/epub+zip'), 0), ...sorted.map(([name, d]) => packEntry(name, bytes(d), 9))], date);
}
