/**
 * How fast the offline rewriter goes over a built site's pages: the page walk alone
 * (src/lib/offline/html.ts, a visitor that changes nothing) and the whole rewrite of a page
 * for the ZIP (`rewritePage`: links, scripts, banner, CSP hashes), each pass over every page,
 * interleaved, after one pass to warm up; it prints the median, fastest and slowest pass.
 *
 *   npm run bench:rewriter                      # the pages in dist/ (run `npm run build` first)
 *   npm run bench:rewriter -- --dir other/dist --runs 21
 *   npm run bench:rewriter -- --compare old-html.ts   # another walk with html.ts's interface, side by side
 *
 * With --compare the other module's walk must give the same bytes on every page (a visitor that changes
 * every attribute and raw text), or the run stops. README, "Offline editions", has the figures.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { inventory } from '../src/integrations/offline/inventory.ts';
import { BANNER_STYLE, offlineBanner, rewritePage } from '../src/lib/offline/edition.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformHtml, type HtmlVisitor, type StartTag } from '../src/lib/offline/html.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '11' }, compare: { type: 'string' } } });
const runs = Number(values.runs);
if (!(runs >= 1)) throw new Error(`--runs takes a number of passes, e.g. --runs 11 (got ${values.runs}).`);

const site = inventory(values.dir!, process.cwd());
const pages = site.files.filter((f) => f.endsWith('.html'));
if (!pages.length) throw new Error(`${values.dir} has no .html files: build the site first (npm run build), or pass --dir.`);
const texts = pages.map((f) => site.text(f));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const banner = offlineBanner('Salinan offline.', 'Buka di internet', 'https://example.org/');

const measures: [string, (html: string, file: string) => unknown][] = [
  ['page walk (html.ts)', (html) => transformHtml(html, { tag() {} })],
  ['rewritePage (edition.ts)', (html, file) => rewritePage(html, { file, site: site.location, locate: site.locate, banner, head: BANNER_STYLE })],
];
if (values.compare) {
  type Walk = (html: string, visitor: HtmlVisitor) => string;
  const other = ((await import(pathToFileURL(resolve(values.compare)).href)) as { transformHtml: Walk }).transformHtml;
  const everything: HtmlVisitor = {
    tag: (t: StartTag) => t.names().forEach((n) => t.set(n, `${t.get(n) ?? ''}&"x`)),
    rawText: (_t, text) => text.toUpperCase(),
  };
  const differs = pages.find((_, i) => other(texts[i], everything) !== transformHtml(texts[i], everything));
  if (differs) throw new Error(`${values.compare} and html.ts give different bytes for ${differs}.`);
  measures.splice(1, 0, [`page walk (${values.compare})`, (html) => other(html, { tag() {} })]);
}
const passes = measures.map(() => [] as number[]);
for (let run = -1; run < runs; run += 1) {
  for (const [m, [, fn]] of measures.entries()) {
    const started = performance.now();
    for (let i = 0; i < pages.length; i += 1) fn(texts[i], pages[i]);
    if (run >= 0) passes[m].push(performance.now() - started);
  }
}

console.log(`${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML in ${values.dir}; ${runs} passes each, Node ${process.versions.node}`);
const width = Math.max(...measures.map(([name]) => name.length));
for (const [m, [name]] of measures.entries()) {
  const sorted = passes[m].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`${name.padEnd(width)} median ${ms(median)} (${(median / pages.length).toFixed(3)} ms a page), fastest ${ms(sorted[0])}, slowest ${ms(sorted.at(-1)!)}`);
}
