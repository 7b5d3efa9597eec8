/**
 * A Map kept once per process under a name, shared by every copy of the module that asks. Vite loads
 * a module once for the Markdown plugins (from astro.config.mjs) and again in the bundle that renders the
 * pages; a cache of files read in the module itself would read every file twice.
 */
export function processMap<K, V>(name: string): Map<K, V> {
  const slots = globalThis as Record<symbol, unknown>;
  return (slots[Symbol.for(`pedoman-ogp:${name}`)] ??= new Map<K, V>()) as Map<K, V>;
}
