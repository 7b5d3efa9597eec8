/**
 * How the register's coded fields read in each language: values, member types, assessments and the
 * dates of a commitment. One place, so the register table, the commitment pages, the case studies and
 * the author component say the same thing.
 */
import { t, type UiKey } from './i18n.ts';
import type { Lang } from './languages.ts';
import type { Assessment, OgpValue } from './register-schema.ts';
import type { RegisterRecord } from './register.ts';

const MONTHS: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A register month or year for readers: "Agu 2021" / "Aug 2021", or the year alone. */
export function formatMonth(lang: Lang, value: string): string {
  if (value.length === 4) return value;
  return MONTHS[lang].format(new Date(`${value}-01T00:00:00Z`));
}

/** "Agu 2021 – Des 2023", or undefined when the dates are not known. */
export function formatPeriod(lang: Lang, start?: string, end?: string): string | undefined {
  if (!start || !end) return undefined;
  return `${formatMonth(lang, start)} – ${formatMonth(lang, end)}`;
}

/** An OGP value in the reader's language. */
export function valueLabel(lang: Lang, value: OgpValue): string {
  return t(lang, `register.value.${value}` as UiKey);
}

/** A coded field (e.g. register.completion.limited) in the reader's language. */
export function codeLabel(lang: Lang, scale: string, code: string): string {
  return t(lang, `register.${scale}.${code}` as UiKey);
}

/** One line per assessment for the register table, e.g. "IRM, laporan akhir IRM: hasil awal marginal". */
export function assessmentLine(lang: Lang, a: Assessment): string {
  const who = a.body === 'irm' ? 'IRM' : t(lang, 'register.body.local-monitoring-body');
  const ratings = [
    a.earlyResults && `${t(lang, 'register.earlyResults')}: ${codeLabel(lang, 'earlyResults', a.earlyResults)}`,
    a.completion && `${t(lang, 'register.completion')}: ${codeLabel(lang, 'completion', a.completion)}`,
    a.potentialImpact && `${t(lang, 'register.potentialImpact')}: ${codeLabel(lang, 'potentialImpact', a.potentialImpact)}`,
    a.novelty && codeLabel(lang, 'novelty', a.novelty),
    a.effect && codeLabel(lang, 'effect', a.effect),
    a.ratingsNotSeen && t(lang, 'register.ratingsNotSeen'),
  ].filter(Boolean);
  return `${who}, ${codeLabel(lang, 'reportKind', a.report)}${ratings.length ? `: ${ratings.join('; ')}` : ''}`;
}

/** The title in the reader's language, and whether the handbook translated it. */
export function titleOf(lang: Lang, record: Pick<RegisterRecord, 'title' | 'titleTranslated'>): { text: string; translated: boolean } {
  return { text: record.title[lang], translated: record.titleTranslated.includes(lang) };
}

/** What a `<Commitment id>` example shows, in every output (web page, PDF, EPUB, Word): one definition, so they agree. */
export interface CommitmentExample {
  /** "Contoh nyata: Kota Semarang · IDSMG0005". */
  label: string;
  title: string;
  summary: string;
  /** Lead institution, period and assessment, joined with " · ". */
  facts: string;
}

/** The text of a commitment example card in one language. */
export function commitmentExample(lang: Lang, record: RegisterRecord): CommitmentExample {
  const period = formatPeriod(lang, record.start, record.end);
  const facts = [
    record.lead && `${t(lang, 'register.lead')}: ${record.lead[lang]}`,
    period && `${t(lang, 'register.period')}: ${period}`,
    `${t(lang, 'register.colStatus')}: ${record.assessments.length ? record.assessments.map((a) => assessmentLine(lang, a)).join('; ') : t(lang, 'register.noAssessment')}`,
  ].filter((f): f is string => Boolean(f));
  return {
    label: `${t(lang, 'register.examples')}: ${record.member.name[lang]}${record.ogpId ? ` · ${record.ogpId}` : ''}`,
    title: titleOf(lang, record).text,
    summary: record.summary[lang],
    facts: facts.join(' · '),
  };
}
