/** The budgets of issue 7, judged on the figures one benchmark run measured. */
import type { Budget, SizeResult } from './types.ts';

/** The budgets of issue 7, judged on the measured figures (null where a figure is missing). */
export function judgeBudgets(sizes: SizeResult[]): Budget[] {
  const budgets: Budget[] = [];
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const at = (n: number) => sizes.find((s) => s.pages === n);
  const largest = [...sizes].sort((a, b) => b.pages - a.pages)[0];
  if (!largest) return budgets;
  const n = `N=${largest.pages}`;
  budgets.push({ name: `first load of a typical chapter, HTML+CSS+JS gzip (${n})`, limit: '≤ 20 KB', measured: kb(largest.firstLoad.gzip.total), pass: largest.firstLoad.gzip.total <= 20 * 1024 });
  budgets.push({ name: 'inline script before interaction', limit: '≤ 1 KB, no other script', measured: `${largest.firstLoad.inlineScriptBytes} B inline, ${largest.firstLoad.gzip.js ? kb(largest.firstLoad.raw.js) : 'no'} external JS`, pass: largest.firstLoad.inlineScriptBytes <= 1024 && largest.firstLoad.raw.js === 0 });
  const small = at(200);
  const big = at(1000);
  if (small && big) {
    const ratio = big.typicalChapter.htmlBytes / small.typicalChapter.htmlBytes;
    budgets.push({ name: 'typical chapter HTML, N=1000 vs N=200', limit: '≤ 1.2×', measured: `${ratio.toFixed(2)}× (${kb(small.typicalChapter.htmlBytes)} → ${kb(big.typicalChapter.htmlBytes)})`, pass: ratio <= 1.2 });
  }
  const cmp = big?.starlight ?? largest.starlight;
  const cmpSize = big?.starlight ? big : largest;
  if (cmp && !('error' in cmp)) {
    budgets.push({ name: `build time vs Starlight (N=${cmpSize.pages})`, limit: '≤ 0.5×', measured: `${cmp.ratio.toFixed(2)}× (${(cmpSize.build.ms / 1000).toFixed(1)} s vs ${(cmp.build.ms / 1000).toFixed(1)} s)`, pass: cmp.ratio <= 0.5 });
  } else {
    budgets.push({ name: 'build time vs Starlight (N=1000)', limit: '≤ 0.5×', measured: cmp ? `n/a: ${cmp.error.split('\n')[0]}` : 'not measured (add --compare starlight)', pass: null });
  }
  budgets.push({ name: `rebuild after changing one page (${n})`, limit: 'a small fraction (≤ 0.25×) of a full build', measured: `${largest.rebuild.ratio.toFixed(2)}× (${(largest.rebuild.ms / 1000).toFixed(1)} s)`, pass: largest.rebuild.ratio <= 0.25 });
  const s = largest.search;
  if ('error' in s) budgets.push({ name: 'search', limit: '', measured: `n/a: ${s.error}`, pass: null });
  else {
    budgets.push({ name: `first search: typing to first results (${n})`, limit: '≤ 300 ms', measured: `${Math.round(s.firstMs)} ms`, pass: s.firstMs <= 300 });
    budgets.push({ name: `later searches: typing to first results, median (${n})`, limit: '≤ 50 ms', measured: `${Math.round(s.laterMedianMs)} ms (engine alone ${Math.round(s.laterEngineMedianMs)} ms)`, pass: s.laterMedianMs <= 50 });
    budgets.push({ name: `bytes fetched by a first search, gzip as a static host sends them (${n})`, limit: '≤ 150 KB', measured: kb(s.firstSearchGzipBytes), pass: s.firstSearchGzipBytes <= 150 * 1024 });
    budgets.push({ name: `bytes fetched by a first search, uncompressed loopback (${n})`, limit: '≤ 150 KB', measured: kb(s.firstSearchBytes), pass: s.firstSearchBytes <= 150 * 1024 });
  }
  return budgets;
}
