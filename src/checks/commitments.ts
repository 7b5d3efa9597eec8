/**
 * Content checks of the commitments register (`content/commitments/*.yaml`), run by `npm run check`:
 * the schema (a missing translation, source or field), unknown members, plans and case studies,
 * duplicate IDs, an OGP ID without its member's prefix, and dates outside their action plan.
 * Every problem names the file, the line and what to write instead.
 */
import { sentences, wordCount } from './sentences.ts';
import { lineOf, readMembers } from './register-files.ts';
import type { Problem } from './model.ts';

export { registerRefs } from './register-files.ts';

/** A summary is one plain sentence; longer ones are reported, as in chapters. */
const SUMMARY_WORDS = 25;

/** A month-or-year as [first month, last month], e.g. "2021" → ["2021-01", "2021-12"]. */
function monthRange(value: string): [string, string] {
  return value.length === 4 ? [`${value}-01`, `${value}-12`] : [value, value];
}

/**
 * Run every register check. `caseStudyKeys` are the case studies' keys (for member.caseStudy); `pageKeys` are
 * all page keys, which a commitment key must not repeat: both become /go/<key>/ short links.
 */
export function checkCommitments(dir: string, caseStudyKeys: Set<string>, problems: Problem[], pageKeys: Set<string> = caseStudyKeys): void {
  const members = readMembers(dir, problems);
  const memberKeys = new Set(members.map((m) => m.key));
  const seen = new Map<string, string>();
  for (const source of members) {
    const data = source.data;
    if (!data) continue;
    const add = (path: Array<string | number>, message: string) => problems.push({ file: source.file, line: lineOf(source, path), severity: 'error', message });
    const { member } = data;
    if (member.caseStudy && caseStudyKeys.size && !caseStudyKeys.has(member.caseStudy)) {
      add(['member', 'caseStudy'], `member.caseStudy "${member.caseStudy}" is not the key of a case study. Use one of: ${[...caseStudyKeys].join(', ')}, or leave it out.`);
    }
    const plans = new Map(data.plans.map((p) => [p.key, p]));
    data.plans.forEach((plan, i) => {
      if (plan.start > plan.end) add(['plans', i, 'end'], `the plan ends (${plan.end}) before it starts (${plan.start}). Check both dates.`);
    });
    data.commitments.forEach((c, i) => {
      if (!c) return;
      const at = (...rest: Array<string | number>) => ['commitments', i, ...rest];
      const ref = c.ogpId ?? c.key;
      if (!ref) add(at(), `commitment ${i + 1} has neither ogpId nor key. Write its OGP ID (ogpId: ${member.idPrefix ?? 'IDXXX'}0001), or, if OGP gives none, a key such as key: ${source.key}-satu-data and add ogpId to unconfirmed.`);
      if (c.key && pageKeys.has(c.key)) add(at('key'), `key "${c.key}" is already a page's key, and both would have the short link /go/${c.key}/. Choose another key, for example ${source.key}-${c.key}.`);
      if (c.ogpId && c.key) add(at('key'), `commitment ${c.ogpId} has both ogpId and key. Remove key: its address is its OGP ID.`);
      if (ref) {
        const other = seen.get(ref.toLowerCase());
        if (other) add(at(c.ogpId ? 'ogpId' : 'key'), `"${ref}" is already used by ${other}. Every commitment needs its own ID.`);
        else seen.set(ref.toLowerCase(), `${source.file}:${lineOf(source, at(c.ogpId ? 'ogpId' : 'key'))}`);
      }
      if (c.ogpId && !member.idPrefix) add(at('ogpId'), `${c.ogpId} has an OGP ID, but member has no idPrefix. Add member.idPrefix (the letters OGP uses for this member).`);
      else if (c.ogpId && member.idPrefix && !new RegExp(`^${member.idPrefix}\\d{4}$`).test(c.ogpId)) {
        add(at('ogpId'), `${c.ogpId} does not start with ${member.name.en}'s prefix ${member.idPrefix}. Check the ID on OGP's page, or move the commitment to its member's file.`);
      }
      const plan = plans.get(c.plan);
      if (!plan) add(at('plan'), `plan "${c.plan}" is not in this file's plans. Use one of: ${[...plans.keys()].join(', ') || '(none: add the plan under plans:)'}.`);
      for (const name of c.names) {
        if (!memberKeys.has(name)) add(at('names'), `"${name}" is not a member of the register. Use a file name from content/commitments/ without .yaml: ${[...memberKeys].join(', ')}.`);
      }
      for (const lang of ['id', 'en'] as const) {
        const text = c.summary[lang];
        if (sentences(text).length > 1) add(at('summary', lang), `the ${lang === 'id' ? 'Indonesian' : 'English'} summary has more than one sentence. Write one sentence that says what the commitment does.`);
        else if (wordCount(text) > SUMMARY_WORDS) problems.push({ file: source.file, line: lineOf(source, at('summary', lang)), severity: 'warning', message: `the ${lang === 'id' ? 'Indonesian' : 'English'} summary has ${wordCount(text)} words. Aim for ${SUMMARY_WORDS} or fewer.` });
      }
      if (c.start && c.end && c.start > c.end) add(at('end'), `the commitment ends (${c.end}) before it starts (${c.start}). Check both dates.`);
      if (plan) {
        const [planStart] = monthRange(plan.start);
        const [, planEnd] = monthRange(plan.end);
        if (c.start && monthRange(c.start)[0] < planStart) add(at('start'), `start ${c.start} is before its action plan starts (${plan.start}). Check the date, or the plan.`);
        if (c.end && monthRange(c.end)[1] > planEnd) add(at('end'), `end ${c.end} is after its action plan ends (${plan.end}). Check the date, or the plan.`);
      }
      if (!c.unconfirmed.includes('dates') && (!c.start || !c.end)) add(at(), `${ref ?? 'this commitment'} has no start or end. Write both (YYYY-MM), or add dates to unconfirmed when the sources do not give them.`);
      if (!c.ogpId && !c.unconfirmed.includes('ogpId')) add(at('key'), `${ref ?? 'this commitment'} has no ogpId. Write its OGP ID, or add ogpId to unconfirmed when none could be confirmed.`);
    });
  }
}
