/**
 * Glossary checks: each `content/glossary/<lang>.yaml` is a list of id, term and definition (the schema's
 * author messages, on the entry's line), each id once, and the same ids in both languages. The ids it finds
 * are what `<Term id>` may use (src/checks/components.ts).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossaryEntrySchema } from '../lib/schemas.ts';
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { readYamlList } from '../lib/yaml-list.ts';
import type { ContentModel, Problem } from './model.ts';

/** Check both glossary files; sets `model.glossaryIds`. */
export function checkGlossary(model: ContentModel, problems: Problem[]): void {
  const ids = { id: new Map<string, number | undefined>(), en: new Map<string, number | undefined>() } as Record<Lang, Map<string, number | undefined>>;
  const read: Partial<Record<Lang, boolean>> = {};
  for (const lang of LANGUAGES) {
    const path = join(model.dir, 'glossary', `${lang}.yaml`);
    const file = relative(process.cwd(), path);
    if (!existsSync(path)) {
      problems.push({ file, severity: 'error', message: 'the glossary file is missing. Create it as a YAML list of id, term and definition.' });
      continue;
    }
    const list = readYamlList(path);
    for (const e of list.errors) problems.push({ file, line: e.line, severity: 'error', message: `not valid YAML: ${e.message}` });
    if (!list.isList) problems.push({ file, line: list.line, severity: 'error', message: 'the glossary must be a list: start each entry with "- id:", then "term:" and "definition:".' });
    if (list.errors.length || !list.isList) continue;
    let valid = true;
    list.entries.forEach((entry, i) => {
      const parsed = glossaryEntrySchema.safeParse(entry.value);
      if (!parsed.success) {
        valid = false;
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.');
          problems.push({ file, line: field ? entry.fieldLine(String(issue.path[0])) : entry.line, severity: 'error', message: `entry ${i + 1}, field "${field}": ${issue.message}.` });
        }
        return;
      }
      const id = parsed.data.id;
      if (ids[lang].has(id)) problems.push({ file, line: entry.fieldLine('id'), severity: 'error', message: `the id "${id}" appears twice (first on line ${ids[lang].get(id)}). Each term needs its own id.` });
      else ids[lang].set(id, entry.fieldLine('id'));
    });
    read[lang] = valid;
  }
  model.glossaryIds = { id: new Set(ids.id.keys()), en: new Set(ids.en.keys()) };
  if (!read.id || !read.en) return;
  const missing = [...ids.id].filter(([i]) => !ids.en.has(i));
  const extra = [...ids.en].filter(([i]) => !ids.id.has(i));
  const listed = (entries: Array<[string, number | undefined]>, other: Lang) => entries.map(([i, line]) => `${i} (line ${line} of content/glossary/${other}.yaml)`).join(', ');
  if (missing.length) problems.push({ file: 'content/glossary/en.yaml', severity: 'error', message: `terms missing in English: ${listed(missing, 'id')}. Add them with the same ids.` });
  if (extra.length) problems.push({ file: 'content/glossary/id.yaml', severity: 'error', message: `terms missing in Indonesian: ${listed(extra, 'en')}. Add them with the same ids.` });
}
