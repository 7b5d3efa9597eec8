/**
 * The readiness self-check's questions, read from the readiness chapter itself (key `kesiapan`) so they are
 * written once: each `<Checklist>` under a `###` heading is a group, each task item a question, and the
 * "what helps" table (first column: a group's heading, second: `page:` links) names the chapters that help.
 * The item anchors are those the chapter gives its checklist items (`<checklist-id>-<n>`, see anchorsOf).
 */
import { HEADING_ANCHOR } from '../content-index.ts';

/** One question of the self-check. */
export interface ReadinessItem {
  /** The item's anchor in the chapter, e.g. `periksa-komitmen-1`; also its storage key. */
  id: string;
  /** The item's text, plain (Markdown emphasis and components removed). */
  text: string;
  /** Marked as an eligibility criterion: the item starts with bold text, e.g. **(syarat)**. */
  required: boolean;
  /** The bold label the chapter uses for a criterion, e.g. "(syarat)". */
  label?: string;
}

/** A page that helps close a gap: a `page:key#anchor` link of the chapter's table. */
export interface HelpLink {
  title: string;
  key: string;
  anchor?: string;
}

/** One group of questions: a `###` heading with a checklist. */
export interface ReadinessGroup {
  heading: string;
  /** The heading's anchor in the chapter. */
  anchor: string;
  items: ReadinessItem[];
  help: HelpLink[];
}

/** Markdown inline text to plain text: components, emphasis and links removed. */
function plain(markdown: string): string {
  return markdown.replace(/<[^>]+>/g, '').replace(/\*\*|__|\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Read the groups of a readiness chapter's source; throws with the file and what to write when none are found. */
export function readinessGroups(body: string, file: string): ReadinessGroup[] {
  const groups: ReadinessGroup[] = [];
  let heading: { text: string; anchor: string } | undefined;
  let current: ReadinessGroup | undefined;
  let checklist: string | undefined;
  const rows = new Map<string, HelpLink[]>();
  for (const line of body.split('\n')) {
    const h = HEADING_ANCHOR.exec(line);
    if (h) heading = { text: plain(h[2]), anchor: h[3] };
    const open = /<Checklist\s+id="([^"]+)"/.exec(line);
    if (open && heading) {
      checklist = open[1];
      current = { heading: heading.text, anchor: heading.anchor, items: [], help: [] };
      groups.push(current);
    }
    const item = /^\s*[-*+]\s+\[[ xX]\]\s+(.*)$/.exec(line);
    if (checklist && current && item) {
      const label = /^\*\*([^*]+)\*\*/.exec(item[1]);
      const text = plain(label ? item[1].slice(label[0].length) : item[1]);
      current.items.push({ id: `${checklist}-${current.items.length + 1}`, text, required: !!label, ...(label ? { label: label[1].trim() } : {}) });
    }
    if (/<\/Checklist>/.test(line)) checklist = undefined;
    const row = /^\|([^|]+)\|(.*\(page:[^)]+\).*)\|\s*$/.exec(line);
    if (row) {
      const links = [...row[2].matchAll(/\[([^\]]+)\]\(page:([a-z0-9-]+)(?:#([a-z0-9-]+))?\)/g)].map((m) => ({ title: plain(m[1]), key: m[2], ...(m[3] ? { anchor: m[3] } : {}) }));
      rows.set(plain(row[1]).toLowerCase(), links);
    }
  }
  if (!groups.length) throw new Error(`${file}: the readiness self-check found no <Checklist> under a "###" heading. Keep the checklists of the readiness chapter, each under its own "### Heading {#anchor}".`);
  for (const g of groups) g.help = rows.get(g.heading.toLowerCase()) ?? [];
  const missing = groups.filter((g) => !g.help.length);
  if (missing.length) {
    throw new Error(`${file}: the table of pages that help has no row for ${missing.map((g) => `"${g.heading}"`).join(', ')}. Add a row "| ${missing[0].heading} | [page title](page:key) |".`);
  }
  return groups;
}
