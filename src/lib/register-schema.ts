/**
 * The commitments register: one YAML file per OGP member in `content/commitments/<member>.yaml`,
 * holding the member, its action plans and their commitments. Both languages live in one record.
 */
import { z } from 'astro/zod';

/** A stable key: lowercase letters, digits and hyphens. */
const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens only, for example "kota-semarang"');

/** A text in both languages; a record in one language only is an error, as for chapters. */
const bilingual = (what: string, min = 3) =>
  z.strictObject({
    /** The Indonesian text. */
    id: z.string({ error: `write the Indonesian ${what} under "id:"` }).min(min, `write the Indonesian ${what} under "id:"`),
    /** The English text. */
    en: z.string({ error: `write the English ${what} under "en:"` }).min(min, `write the English ${what} under "en:"`),
  }, { error: `give the ${what} in both languages, as id: and en:` });

/** A month ("2021-08") or, where the source gives only the year, a year ("2016"). */
export const monthOrYear = z
  .string({ error: 'write a month as YYYY-MM (for example "2021-08") or a year as YYYY, in quotes' })
  .regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, 'write a month as YYYY-MM (for example "2021-08") or a year as YYYY, in quotes');

/** A day ("2021-07-30") or a month where the source gives no day. */
const dayOrMonth = z
  .string({ error: 'write the date as YYYY-MM-DD (or YYYY-MM), in quotes' })
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'write the date as YYYY-MM-DD (or YYYY-MM), in quotes');

/** One source behind a record; the register publishes only sources with an address. */
export const registerSourceSchema = z.strictObject({
  /** Title of the page or document, as its publisher gives it. */
  title: z.string({ error: 'give the title of the source' }).min(3, 'give the title of the source'),
  /** Full address, starting with http:// or https://. */
  url: z.url({ protocol: /^https?$/, error: 'give the full address of the source, starting with https://' }),
  /** Who published it, e.g. "Open Government Partnership". */
  publisher: z.string().min(2, 'name the publisher'),
  /** Language of the title: id unless given ("en" for OGP's English pages), so screen readers pronounce it right on either page. */
  lang: z.enum(['id', 'en'], { error: 'write id or en' }).default('id'),
});

/** The four values OGP pages tag a commitment with. */
export const OGP_VALUES = ['access-to-information', 'civic-participation', 'public-accountability', 'technology-innovation'] as const;

/** Fields a record may name as not confirmed by its sources (shown to readers as such). */
export const UNCONFIRMED_FIELDS = ['ogpId', 'lead', 'values', 'dates', 'assessment', 'plan'] as const;

/** One published assessment of a commitment. Each scale has its own field, so scales never mix. */
export const assessmentSchema = z.strictObject({
  /** Who assessed: the IRM (Independent Reporting Mechanism) or the member's Local Monitoring Body. */
  body: z.enum(['irm', 'local-monitoring-body'], { error: 'use irm or local-monitoring-body' }),
  /** Which report: inception, end-of-commitment, final (IRM, older local pilots) or end-of-term (IRM, national plans). */
  report: z.enum(['inception', 'end-of-commitment', 'final', 'end-of-term'], { error: 'use inception, end-of-commitment, final or end-of-term' }),
  /** Address of the published report. */
  url: z.url({ protocol: /^https?$/, error: 'give the full address of the report, starting with https://' }),
  /** The report found the commitment verifiable (specific enough to review). */
  verifiable: z.boolean().optional(),
  /** The report found it relevant to OGP values. */
  relevant: z.boolean().optional(),
  /** Inception-assessment wording on novelty: continues an ongoing practice, or new rules or practice. */
  novelty: z.enum(['continuation', 'new'], { error: 'use continuation or new' }).optional(),
  /** Inception-assessment wording on effect: a positive change that is not binding, or a binding, institutionalised change. */
  effect: z.enum(['positive-not-binding', 'binding'], { error: 'use positive-not-binding or binding' }).optional(),
  /** IRM potential impact (older scale), only where the report gives it for this commitment. */
  potentialImpact: z.enum(['none', 'minor', 'moderate', 'transformative'], { error: 'use none, minor, moderate or transformative' }).optional(),
  /** IRM completion scale. */
  completion: z.enum(['no-evidence', 'not-started', 'limited', 'substantial', 'complete'], { error: 'use no-evidence, not-started, limited, substantial or complete' }).optional(),
  /** IRM early results, "Did it open government?". */
  earlyResults: z.enum(['worsened', 'did-not-change', 'marginal', 'major', 'outstanding'], { error: 'use worsened, did-not-change, marginal, major or outstanding' }).optional(),
  /** The report exists, but its ratings could not be read in the sources. */
  ratingsNotSeen: z.boolean().default(false),
});

/** One commitment of an action plan. */
export const commitmentSchema = z.strictObject({
  /** OGP's commitment ID (e.g. IDSMG0005); it starts with the member's prefix. Leave it out where none was confirmed. */
  ogpId: z.string().regex(/^[A-Z]{2,6}\d{4}$/, 'write the OGP ID in capitals and four digits, for example IDSMG0005').optional(),
  /** The handbook's own reference for a commitment with no confirmed OGP ID (lowercase, e.g. "ntb-satu-data"); used in its address. */
  key: key.optional(),
  /** Key of the action plan (in `plans:` of this file) the commitment belongs to. */
  plan: key,
  /** Title in both languages. */
  title: bilingual('title'),
  /** Languages whose title is the handbook's translation, not the official wording. */
  titleTranslated: z.array(z.enum(['id', 'en'])).default([]),
  /** One sentence, written for this handbook, saying what the commitment does. */
  summary: bilingual('summary', 20),
  /** Institution leading the commitment, in both languages. */
  lead: bilingual('lead institution', 2).optional(),
  /** True when the source lists institutions without naming the lead, and `lead` is the first one listed. */
  leadFirstListed: z.boolean().default(false),
  /** Partners named by the sources, by their own (Indonesian) names or acronyms. */
  partners: z.strictObject({
    /** Government partners (agencies, ministries). */
    government: z.array(z.string().min(2, 'write the partner\'s name as the source gives it (at least 2 characters)')).default([]),
    /** Civil-society partners (organisations, universities, community groups). */
    civilSociety: z.array(z.string().min(2, 'write the partner\'s name as the source gives it (at least 2 characters)')).default([]),
  }).default({ government: [], civilSociety: [] }),
  /** Policy areas in OGP's own (English) labels, e.g. "E-Government". */
  policyAreas: z.array(z.string().min(2, 'write the policy area as OGP labels it, for example "E-Government"')).default([]),
  /** OGP values the commitment claims. */
  values: z.array(z.enum(OGP_VALUES, { error: `use ${OGP_VALUES.join(', ')}` })).default([]),
  /** First month (or year) of implementation. */
  start: monthOrYear.optional(),
  /** Last month (or year) of implementation. */
  end: monthOrYear.optional(),
  /** OGP's website field "Ambition" (High, Low): OGP's label, not an IRM rating. */
  ogpAmbition: z.enum(['low', 'medium', 'high'], { error: 'use low, medium or high' }).optional(),
  /** The assessments that were published; empty when none was found. */
  assessments: z.array(assessmentSchema).default([]),
  /** Fields the sources could not confirm; readers see them flagged. */
  unconfirmed: z.array(z.enum(UNCONFIRMED_FIELDS, { error: `use ${UNCONFIRMED_FIELDS.join(', ')}` })).default([]),
  /** Other members this commitment names, e.g. a national commitment about one city (member keys). */
  names: z.array(key).default([]),
  /** Where every fact comes from; at least one source with an address. */
  sources: z.array(registerSourceSchema, { error: 'list the sources of this commitment under "sources:"' }).min(1, 'list at least one source with a url'),
});

/** An action plan of a member. */
export const planSchema = z.strictObject({
  /** Stable key of the plan within the file, e.g. "2021-2023". */
  key,
  /** Title of the plan in both languages. */
  title: bilingual('plan title'),
  /** First year or month of the plan period. */
  start: monthOrYear,
  /** Last year or month of the plan period. */
  end: monthOrYear,
  /** Date the plan was submitted to OGP; left out when not confirmed. */
  submitted: dayOrMonth.optional(),
  /** Address of the plan on OGP's site (or a copy). */
  url: z.url({ protocol: /^https?$/, error: 'give the full address of the plan, starting with https://' }).optional(),
});

/** One file of the register: a member, its plans and their commitments. */
export const memberFileSchema = z.strictObject({
  member: z.strictObject({
    /** The member's name in both languages, e.g. Kota Semarang / Semarang City. */
    name: bilingual('member name'),
    /** Kind of member. */
    type: z.enum(['kabupaten', 'kota', 'provinsi', 'nasional'], { error: 'use kabupaten, kota, provinsi or nasional' }),
    /** Province, in both languages (the country for a national member). */
    province: bilingual('province'),
    /** Year the member joined OGP (Local). */
    joined: z.string().regex(/^\d{4}$/, 'write the year as YYYY, in quotes').optional(),
    /** OGP's commitment ID prefix for this member, e.g. IDSMG; every ogpId must start with it. */
    idPrefix: z.string().regex(/^[A-Z]{2,5}$/, 'write the prefix in capitals, for example IDSMG').optional(),
    /** Date (YYYY-MM-DD) an editor last checked this file's records against their sources. */
    checked: z.string({ error: 'write the date the records were last checked, as "YYYY-MM-DD"' }).regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'write the date as "YYYY-MM-DD", in quotes'),
    /** Key of the handbook's case study about this member (several members may share one), if there is one. */
    caseStudy: key.optional(),
    /** Sources about the member (joining, consortium). */
    sources: z.array(registerSourceSchema).default([]),
  }),
  /** Action plans, oldest first. */
  plans: z.array(planSchema).default([]),
  /** Commitments of those plans. */
  commitments: z.array(commitmentSchema).default([]),
});

export type MemberFile = z.infer<typeof memberFileSchema>;
export type CommitmentData = z.infer<typeof commitmentSchema>;
export type PlanData = z.infer<typeof planSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type OgpValue = (typeof OGP_VALUES)[number];
