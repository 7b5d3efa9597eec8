/**
 * The register's open data: a CSV (UTF-8 with BOM, so spreadsheet programs read Indonesian text right)
 * and a JSON file, one record per commitment with both languages in it. The column list is also the
 * data dictionary the register page shows, so the two cannot drift apart.
 */
import { LANGUAGE_INFO, type Lang } from './languages.ts';
import { localizedPath, withBase } from './routes.ts';
import { SITE_URL } from './site.ts';
import { lastChecked, type Register, type RegisterRecord } from './register.ts';

/** Lists inside one CSV cell are joined with this. */
export const LIST_SEPARATOR = '; ';
/** Assessments inside one CSV cell are joined with this, in the same order in every assessment column. */
export const ASSESSMENT_SEPARATOR = ' | ';

type Cell = string | number | boolean | undefined;
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);
const each = (r: RegisterRecord, get: (a: RegisterRecord['assessments'][number]) => Cell) =>
  r.assessments.length ? r.assessments.map((a) => (get(a) === undefined ? '' : String(get(a)))).join(ASSESSMENT_SEPARATOR) : '';

/** Full address of a commitment's page in one language. */
export function commitmentUrl(record: Pick<RegisterRecord, 'ref'>, lang: 'id' | 'en'): string {
  return SITE_URL + withBase(localizedPath(lang, 'commitment', record.ref));
}

/** Every CSV column, in order, with how to read it from a record; `register.col.<name>` in the UI files describes it. */
export const COLUMNS: ReadonlyArray<{ name: string; get: (r: RegisterRecord) => Cell }> = [
  { name: 'ref', get: (r) => r.ref },
  { name: 'ogp_id', get: (r) => r.ogpId },
  { name: 'member_key', get: (r) => r.memberKey },
  { name: 'member_id', get: (r) => r.member.name.id },
  { name: 'member_en', get: (r) => r.member.name.en },
  { name: 'member_type', get: (r) => r.member.type },
  { name: 'province_id', get: (r) => r.member.province.id },
  { name: 'province_en', get: (r) => r.member.province.en },
  { name: 'plan_title_id', get: (r) => r.planData.title.id },
  { name: 'plan_title_en', get: (r) => r.planData.title.en },
  { name: 'plan_start', get: (r) => r.planData.start },
  { name: 'plan_end', get: (r) => r.planData.end },
  { name: 'plan_submitted', get: (r) => r.planData.submitted },
  { name: 'plan_url', get: (r) => r.planData.url },
  { name: 'title_id', get: (r) => r.title.id },
  { name: 'title_en', get: (r) => r.title.en },
  { name: 'title_translated', get: (r) => list(r.titleTranslated) },
  { name: 'summary_id', get: (r) => r.summary.id },
  { name: 'summary_en', get: (r) => r.summary.en },
  { name: 'lead_id', get: (r) => r.lead?.id },
  { name: 'lead_en', get: (r) => r.lead?.en },
  { name: 'lead_first_listed', get: (r) => r.leadFirstListed },
  { name: 'partners_government', get: (r) => list(r.partners.government) },
  { name: 'partners_civil_society', get: (r) => list(r.partners.civilSociety) },
  { name: 'policy_areas', get: (r) => list(r.policyAreas) },
  { name: 'values', get: (r) => list(r.values) },
  { name: 'start', get: (r) => r.start },
  { name: 'end', get: (r) => r.end },
  { name: 'ogp_ambition', get: (r) => r.ogpAmbition },
  { name: 'assessment_body', get: (r) => each(r, (a) => a.body) },
  { name: 'assessment_report', get: (r) => each(r, (a) => a.report) },
  { name: 'assessment_url', get: (r) => each(r, (a) => a.url) },
  { name: 'verifiable', get: (r) => each(r, (a) => a.verifiable) },
  { name: 'relevant', get: (r) => each(r, (a) => a.relevant) },
  { name: 'novelty', get: (r) => each(r, (a) => a.novelty) },
  { name: 'effect', get: (r) => each(r, (a) => a.effect) },
  { name: 'potential_impact', get: (r) => each(r, (a) => a.potentialImpact) },
  { name: 'completion', get: (r) => each(r, (a) => a.completion) },
  { name: 'early_results', get: (r) => each(r, (a) => a.earlyResults) },
  { name: 'ratings_not_seen', get: (r) => each(r, (a) => a.ratingsNotSeen) },
  { name: 'unconfirmed', get: (r) => list(r.unconfirmed) },
  { name: 'names', get: (r) => list(r.names) },
  { name: 'source_urls', get: (r) => list(r.sources.map((s) => s.url)) },
  { name: 'page_id', get: (r) => commitmentUrl(r, 'id') },
  { name: 'page_en', get: (r) => commitmentUrl(r, 'en') },
];

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole register as CSV: a byte-order mark, a header row, one row per commitment, CRLF line ends. */
export function registerCsv(register: Register): string {
  const rows = [COLUMNS.map((c) => c.name), ...register.records.map((r) => COLUMNS.map((c) => c.get(r)))];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The whole register as JSON, with the same records (and the assessments as lists). */
export function registerJson(register: Register): string {
  const records = register.records.map((r) => ({
    ref: r.ref,
    ogpId: r.ogpId ?? null,
    member: { key: r.memberKey, name: r.member.name, type: r.member.type, province: r.member.province },
    plan: r.planData,
    title: r.title,
    titleTranslated: r.titleTranslated,
    summary: r.summary,
    lead: r.lead ?? null,
    leadFirstListed: r.leadFirstListed,
    partners: r.partners,
    policyAreas: r.policyAreas,
    values: r.values,
    start: r.start ?? null,
    end: r.end ?? null,
    ogpAmbition: r.ogpAmbition ?? null,
    assessments: r.assessments,
    unconfirmed: r.unconfirmed,
    names: r.names,
    sources: r.sources,
    pages: { id: commitmentUrl(r, 'id'), en: commitmentUrl(r, 'en') },
  }));
  return `${JSON.stringify({ name: 'Pedoman OGP commitments register', checked: lastChecked(register) ?? null, count: records.length, records }, null, 1)}\n`;
}

/** Size of a download for readers, e.g. "12 KB". */
export function formatSize(bytes: number, lang: Lang): string {
  const kb = bytes / 1024;
  return `${kb < 10 ? kb.toLocaleString(LANGUAGE_INFO[lang].intlLocale, { maximumFractionDigits: 1 }) : Math.round(kb)} KB`;
}
