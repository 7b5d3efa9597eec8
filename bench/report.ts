/** The benchmark's printed report: one table of figures per corpus size, then the budgets. */
import type { BenchResult, SizeResult } from './run.ts';

const kb = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : b >= 10 * 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} KB`);
const s = (ms: number | null | undefined) => (ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${Math.round(v)} ms`);
const mb = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : `${Math.round(b / 1024 / 1024)} MB`);

/** Rows of the figures table: a label and one cell per corpus size. */
export function figureRows(sizes: SizeResult[]): Array<[string, ...string[]]> {
  const row = (label: string, cell: (r: SizeResult) => string): [string, ...string[]] => [label, ...sizes.map(cell)];
  const search = (r: SizeResult) => ('error' in r.search ? undefined : r.search);
  const sl = (r: SizeResult) => (r.starlight && !('error' in r.starlight) ? r.starlight : undefined);
  const rows: Array<[string, ...string[]]> = [
    row('pages per language (chapters + case studies)', (r) => `${r.pages} (${r.chapters} + ${r.caseStudies})`),
    row('content check', (r) => s(r.check.ms)),
    row('build wall time, cold (astro build, OG_IMAGES=off, PRINT_EDITIONS=off)', (r) => s(r.build.ms)),
    row('  per content page (2 × N pages)', (r) => ms(r.build.perPageMs)),
    row('  start-up and content sync / bundling / rendering', (r) => `${s(r.build.steps.contentSyncMs)} / ${s(r.build.steps.bundlingMs)} / ${s(r.build.steps.renderingMs)}`),
    row('  after rendering (link check, search index, offline edition)', (r) => `${s(r.build.steps.afterRenderingMs)} (${s(r.build.steps.linkCheckMs)}, ${s(r.build.steps.searchIndexMs)}, ${s(r.build.steps.offlineEditionMs)})`),
    row('check + build (npm run build)', (r) => s(r.pipelineMs)),
    row('rebuild after changing one page', (r) => `${s(r.rebuild.ms)} (${r.rebuild.ratio.toFixed(2)}× full)`),
    row('share images, estimated extra (OG_IMAGES on)', (r) => ('error' in r.shareImages ? 'n/a' : `+${s(r.shareImages.estimatedMs)} (${r.shareImages.images} × ${ms(r.shareImages.sampleMsPerImage)})`)),
    row('peak memory (build process tree)', (r) => mb(r.build.peakRssBytes)),
    row('machine load average when the build started', (r) => r.build.loadAverage.toFixed(1)),
    row('output size (files)', (r) => `${kb(r.output.bytes)} (${r.output.files})`),
    row('Pagefind index size / time', (r) => `${kb(r.pagefind.bytes)} / ${s(r.pagefind.ms)}`),
    row('offline edition (zip in dist)', (r) => kb(r.offline.zipBytes)),
    row('typical chapter HTML (raw / gzip)', (r) => `${kb(r.typicalChapter.htmlBytes)} / ${kb(r.typicalChapter.htmlGzipBytes)}`),
    row('first load raw: HTML + CSS + JS = total', (r) => `${kb(r.firstLoad.raw.html)} + ${kb(r.firstLoad.raw.css)} + ${kb(r.firstLoad.raw.js)} = ${kb(r.firstLoad.raw.total)}`),
    row('first load gzip: HTML + CSS + JS = total', (r) => `${kb(r.firstLoad.gzip.html)} + ${kb(r.firstLoad.gzip.css)} + ${kb(r.firstLoad.gzip.js)} = ${kb(r.firstLoad.gzip.total)}`),
    row('first load requests (in Chromium)', (r) => `${r.firstLoad.requests} (${r.firstLoad.browserRequests})`),
    row('inline script', (r) => `${r.firstLoad.inlineScriptBytes} B`),
    row('first search: bytes fetched (loopback raw / gzip)', (r) => (search(r) ? `${kb(search(r)!.firstSearchBytes)} / ${kb(search(r)!.firstSearchGzipBytes)} in ${search(r)!.firstSearchRequests} requests` : 'n/a')),
    row('first search: typing → first results (from "/")', (r) => (search(r) ? `${ms(search(r)!.firstMs)} (${ms(search(r)!.firstFromOpenMs)})` : `n/a: ${'error' in r.search ? r.search.error : ''}`)),
    row('later searches: typing → results, median (engine alone)', (r) => (search(r) ? `${ms(search(r)!.laterMedianMs)} (${ms(search(r)!.laterEngineMedianMs)})` : 'n/a')),
  ];
  if (sizes.some((r) => r.starlight)) {
    rows.push(
      row('Starlight: build wall time, cold', (r) => (sl(r) ? s(sl(r)!.build.ms) : r.starlight && 'error' in r.starlight ? 'failed' : 'n/a')),
      row('Starlight: start-up and content sync / bundling / rendering / after', (r) => (sl(r) ? `${s(sl(r)!.build.steps.contentSyncMs)} / ${s(sl(r)!.build.steps.bundlingMs)} / ${s(sl(r)!.build.steps.renderingMs)} / ${s(sl(r)!.build.steps.afterRenderingMs)}` : 'n/a')),
      row('Starlight: peak memory', (r) => (sl(r) ? mb(sl(r)!.build.peakRssBytes) : 'n/a')),
      row('Starlight: machine load average when the build started', (r) => (sl(r) ? sl(r)!.build.loadAverage.toFixed(1) : 'n/a')),
      row('Starlight: output size', (r) => (sl(r) ? kb(sl(r)!.output.bytes) : 'n/a')),
      row('Starlight: typical chapter HTML / first load gzip', (r) => (sl(r) ? `${kb(sl(r)!.typicalChapter.htmlBytes)} / ${kb(sl(r)!.typicalChapter.firstLoadGzip)}` : 'n/a')),
      row('our build ÷ Starlight build', (r) => (sl(r) ? `${sl(r)!.ratio.toFixed(2)}×` : 'n/a')),
    );
  }
  return rows;
}

/** A Markdown table (also readable in a terminal). */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The whole printed report: machine, figures table and budgets table. */
export function formatReport(result: BenchResult): string {
  const m = result.machine;
  const head = `Pedoman OGP benchmark, ${result.date}\n${m.cpus} × ${m.cpuModel}, ${Math.round(m.memoryBytes / 1024 ** 3)} GB, ${m.platform}, Node ${m.node}; ${Object.entries(result.versions).map(([k, v]) => `${k} ${v}`).join(', ')}\nCorpus: ${result.corpus}.`;
  const figures = markdownTable(['measure', ...result.sizes.map((r) => `N = ${r.pages}`)], figureRows(result.sizes));
  const verdict = (p: boolean | null) => (p === null ? '–' : p ? 'pass' : 'FAIL');
  const budgets = markdownTable(['budget', 'limit', 'measured', ''], result.budgets.map((b) => [b.name, b.limit, b.measured, verdict(b.pass)]));
  const setup = result.starlightSetup && 'error' in result.starlightSetup ? `\nStarlight comparison skipped: ${result.starlightSetup.error}\n` : '';
  return `${head}\n\n${figures}\n\nBudgets\n\n${budgets}\n${setup}`;
}
