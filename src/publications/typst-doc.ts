/**
 * Whole Typst documents: the handbook of one language (cover, contents with page numbers, parts,
 * chapters, case studies, glossary) and a single chapter. The preamble sets the document's title, author,
 * date and language, A4 pages with the chapter's title as running header and page numbers, and the look
 * of callouts and checkboxes. Every heading becomes a PDF bookmark.
 */
import { formatDate, t } from '../lib/i18n.ts';
import { href } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { glossaryLabel, printLabel } from './links.ts';
import { typstString } from './print-forms.ts';
import { TypstRenderer, typstText, type TypstDocument } from './typst.ts';
import type { PubBook, PubPage } from './source.ts';

/** The preamble shared by every PDF. */
function preamble(lang: PubPage['lang'], title: string, date: Date, book: boolean): string {
  return `#set document(title: ${typstString(title)}, author: ${typstString(t(lang, 'site.title'))}, date: datetime(year: ${date.getUTCFullYear()}, month: ${date.getUTCMonth() + 1}, day: ${date.getUTCDate()}))
#set text(font: "Noto Sans", size: 10pt, lang: ${typstString(lang)}, hyphenate: false)
#set par(leading: 0.62em, spacing: 0.95em)
#set page(paper: "a4", margin: (x: 2cm, top: 2.4cm, bottom: 2.2cm),
  header: ${book ? `context {
    let pg = here().page()
    let current = none
    for h in query(heading.where(level: 2)) { if h.location().page() <= pg { current = h } }
    if pg > 2 and current != none {
      set text(size: 8pt, fill: luma(80))
      current.body
      h(1fr)
      ${typstString(t(lang, 'site.title'))}
      v(-0.6em)
      line(length: 100%, stroke: 0.4pt + luma(160))
    }
  }` : `{
    set text(size: 8pt, fill: luma(80))
    ${typstString(title)}
    h(1fr)
    ${typstString(t(lang, 'site.title'))}
    v(-0.6em)
    line(length: 100%, stroke: 0.4pt + luma(160))
  }`},
  footer: context {
    if ${book ? 'here().page() > 1' : 'true'} { set text(size: 8pt, fill: luma(80)); h(1fr); counter(page).display(); h(1fr) }
  })
#set heading(numbering: none)
#show heading: set text(fill: rgb("#1f3a56"))
#show heading.where(level: 1): it => { pagebreak(weak: true); v(4cm); text(size: 22pt, it) ; v(1cm) }
#show heading.where(level: 2): it => { ${book ? 'pagebreak(weak: true); ' : ''}block(below: 1em, text(size: 17pt, it)) }
#show heading.where(level: 3): set text(size: 13pt)
#show heading.where(level: 4): set text(size: 11pt)
#show heading: set block(above: 1.3em, below: 0.6em, sticky: true)
#show link: set text(fill: rgb("#1f4e79"))
#set table(stroke: 0.5pt + luma(150), inset: 5pt)
#show table.cell.where(y: 0): set table.cell(fill: rgb("#e4eaf0"))
#let callout(kind, title, body) = block(width: 100%, inset: (x: 10pt, y: 8pt), radius: 2pt, breakable: true,
  fill: if kind == "warning" { rgb("#fff4e0") } else if kind == "tip" { rgb("#eef6ee") } else { rgb("#eef3f8") },
  stroke: (left: 3pt + if kind == "warning" { rgb("#b26a00") } else if kind == "tip" { rgb("#2e7d32") } else { rgb("#1f4e79") }),
  [#strong(title) \\ #body])
#let checkitem(body) = block(above: 0.8em, below: 0.8em, inset: (left: 0.3em), grid(columns: (1.7em, 1fr), align: top, move(dy: -0.1em, box(width: 1.05em, height: 1.05em, stroke: 0.7pt, radius: 1pt)), body))
`;
}

/** A chapter's heading and body, its number in the title, its sources after it. */
function chapterMarkup(page: PubPage, doc: TypstDocument): string {
  const r = new TypstRenderer(page, doc);
  const number = page.number ? `${page.number} ` : '';
  const sources = page.sources.map((s) => `- ${s.url ? `#link(${typstString(s.url)})[${typstText(s.title)}]` : typstText(s.title)}${s.publisher ? `, ${typstText(s.publisher)}` : ''}`).join('\n');
  return `== ${number}${typstText(page.title)} <${printLabel(page.slug)}>
#emph[${typstText(page.description)}]

${r.blocks(page.tree.children ?? [])}
=== ${typstText(t(page.lang, 'chapter.sources'))} <${printLabel(page.slug, 'sumber')}>
#set text(size: 8.5pt)
${sources}
#set text(size: 10pt)
`;
}

/** The whole handbook of one language as one Typst document. */
export function bookTypst(book: PubBook, date: Date, image: (src: string) => string): string {
  const { lang } = book;
  const slugs = new Set([...book.chapters, ...book.caseStudies].map((p) => p.slug));
  const doc: TypstDocument = { holds: (s) => slugs.has(s), hasGlossary: true, image };
  const parts = [...new Set(book.chapters.map((c) => c.part ?? 5))];
  const cover = `#page(header: none, footer: none)[
  #v(5cm)
  #text(size: 11pt, fill: luma(80))[${typstText(t(lang, 'site.title'))}]
  #v(0.3cm)
  #text(size: 26pt, weight: "bold", fill: rgb("#1f3a56"))[${typstText(t(lang, 'home.title'))}]
  #v(0.6cm)
  #text(size: 12pt)[${typstText(t(lang, 'home.lead'))}]
  #v(1fr)
  ${typstText(t(lang, 'pub.version', { date: formatDate(lang, date) }))} \\
  #link(${typstString(SITE_URL + href(lang, 'home'))})
]
#outline(title: [${typstText(t(lang, 'pub.contents'))}], depth: 2, indent: 1.2em)
`;
  const body = parts.map((part) => `= ${typstText(`${t(lang, 'part.label', { n: part })}: ${t(lang, `part.${part}` as 'part.1')}`)} <bagian-${part}>\n\n${book.chapters.filter((c) => (c.part ?? 5) === part).map((c) => chapterMarkup(c, doc)).join('\n')}`).join('\n');
  const cases = `= ${typstText(t(lang, 'nav.caseStudies'))} <studi-kasus>\n\n${book.caseStudies.map((c) => chapterMarkup(c, doc)).join('\n')}`;
  const glossary = [...book.glossary].sort((a, b) => a.term.localeCompare(b.term, lang))
    .map((e) => `#block(above: 0.8em)[#strong[${typstText(e.term)}] \\ ${typstText(e.definition)}] <${glossaryLabel(e.id)}>`).join('\n');
  const glossarySection = `= ${typstText(t(lang, 'nav.glossary'))} <glosarium>\n\n${glossary}\n`;
  return `${preamble(lang, t(lang, 'home.title'), date, true)}\n${cover}\n${body}\n${cases}\n${glossarySection}`;
}

/** One chapter as its own Typst document; links to other chapters point at the website. */
export function chapterTypst(page: PubPage, date: Date, image: (src: string) => string): string {
  const doc: TypstDocument = { holds: (s) => s === page.slug, hasGlossary: false, image };
  const meta = `#text(size: 8.5pt, fill: luma(80))[${typstText(t(page.lang, 'site.title'))} · ${typstText(t(page.lang, 'pub.version', { date: formatDate(page.lang, date) }))} · #link(${typstString(SITE_URL + href(page.lang, 'chapter', page.slug))})]\n`;
  return `${preamble(page.lang, page.title, date, false)}\n${meta}\n${chapterMarkup(page, doc)}`;
}
