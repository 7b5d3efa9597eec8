import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { processMap } from './process-cache.ts';
import { readYamlList } from './yaml-list.ts';
import { contentDir, fileStamp, watchingFiles } from './content-index.ts';
import { glossaryEntrySchema, type GlossaryEntry } from './schemas.ts';
import type { Lang } from './languages.ts';

// One per process, shared by the module's copies (src/lib/process-cache.ts).
const cache = processMap<string, { stamp: string; entries: GlossaryEntry[] }>('glossary');

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
  const list = readYamlList(file);
  const lines = list.errors.map((e) => `line ${e.line ?? '?'}: not valid YAML: ${e.message}`);
  if (!list.isList) lines.push(`line ${list.line ?? 1}: the glossary must be a list of id, term and definition`);
  const entries: GlossaryEntry[] = [];
  list.entries.forEach((entry, i) => {
    const parsed = glossaryEntrySchema.safeParse(entry.value);
    if (parsed.success) entries.push(parsed.data);
    else for (const issue of parsed.error.issues) lines.push(`line ${entry.fieldLine(String(issue.path[0] ?? '')) ?? entry.line}: entry ${i + 1}, field "${issue.path.join('.') || '(entry)'}": ${issue.message}`);
  });
  if (lines.length) throw new Error(`content/glossary/${lang}.yaml is not valid:\n  ${lines.join('\n  ')}`);
  return entries;
}
