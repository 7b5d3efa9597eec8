import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir, fileStamp, watchingFiles } from './content-index.ts';
import { glossarySchema, type GlossaryEntry } from './schemas.ts';
import type { Lang } from './languages.ts';

const cache = new Map<string, { stamp: string; entries: GlossaryEntry[] }>();

/**
 * The glossary of one language from `content/glossary/<lang>.yaml`.
 * Throws a message naming the file, the entry and the field when it is malformed.
 */
export function loadGlossary(lang: Lang, dir = contentDir()): GlossaryEntry[] {
  const file = join(dir, 'glossary', `${lang}.yaml`);
  // Read once per build (every <Term> on every page asks for it); under `astro dev`, again when the file changed.
  const stamp = watchingFiles() && existsSync(file) ? fileStamp(file) : '';
  const cached = cache.get(file);
  if (cached && cached.stamp === stamp) return cached.entries;
  const entries = readGlossary(file, lang);
  cache.set(file, { stamp, entries });
  return entries;
}

function readGlossary(file: string, lang: Lang): GlossaryEntry[] {
  if (!existsSync(file)) return [];
  const parsed = glossarySchema.safeParse(parseYaml(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `entry ${Number(i.path[0]) + 1}, field "${i.path.slice(1).join('.') || '(entry)'}": ${i.message}`);
    throw new Error(`content/glossary/${lang}.yaml is not valid:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
