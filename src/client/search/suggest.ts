/**
 * "Maksud Anda: …?": a word of the site's own for a word of the query that is on no page (a typing
 * mistake). The words come from assets/words-<lang>.js (built from the sources by src/pages/assets/),
 * loaded only once results are shown, so they never slow the first result down.
 */

interface Vocabulary {
  list: string[];
  known: Set<string>;
}

let words: Promise<Vocabulary | undefined> | undefined;

/** The words of this language's pages, most frequent first. */
function vocabulary(base: string, lang: string): Promise<Vocabulary | undefined> {
  words ??= import(`${base}assets/words-${lang}.js`).then(
    (m: { default: string[] }) => ({ list: m.default, known: new Set(m.default) }),
    () => {
      words = undefined;
      return undefined;
    },
  );
  return words;
}

/** Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment), stopping above `limit`. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], prev2[j - 2] + 1);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The query with each word that is on no page replaced by the most frequent close word that is; or undefined. */
export async function correction(q: string, base: string, lang: string): Promise<string | undefined> {
  const vocab = await vocabulary(base, lang);
  if (!vocab) return undefined;
  let changed = false;
  const fixed = q.split(/\s+/).map((word) => {
    const w = word.toLocaleLowerCase(lang);
    if (w.length < 4 || vocab.known.has(w) || /\d/.test(w)) return word;
    const limit = w.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of vocab.list) {
      const dist = distance(w, candidate, Math.min(limit, bestDistance - 1));
      if (dist < bestDistance) {
        best = candidate;
        bestDistance = dist;
        if (dist === 1) break;
      }
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? fixed.join(' ') : undefined;
}
