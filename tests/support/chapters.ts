import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './build.ts';

/** The chapters of a language in reading order, read from the sources' frontmatter with their derived numbers ("3.2"). */
export function chaptersInOrder(lang: 'id' | 'en', root = join(ROOT, 'content')): Array<{ slug: string; title: string; number: string }> {
  const dir = join(root, 'chapters', lang);
  const sorted = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]);
    return { slug: f.replace(/\.mdx$/, ''), title: data.title as string, part: data.part as number, order: data.order as number };
  }).sort((a, b) => a.part - b.part || a.order - b.order || a.slug.localeCompare(b.slug));
  const seen = new Map<number, number>();
  return sorted.map((c) => {
    seen.set(c.part, (seen.get(c.part) ?? 0) + 1);
    return { slug: c.slug, title: c.title, number: `${c.part}.${seen.get(c.part)}` };
  });
}
