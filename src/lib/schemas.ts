import { z } from 'astro/zod';
import { LANGUAGE_CODE } from './languages.ts';

/** A stable key: lowercase letters, digits and hyphens. Used in `/go/<key>` short links and `page:` links. */
const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens only, for example "forum-multipihak"');

/** One source behind the facts on a page. */
export const sourceSchema = z
  .strictObject({
    /** Title of the document or web page, as its publisher gives it. */
    title: z.string({ error: 'give the title of the source' }).min(3, 'give the title of the source'),
    /**
     * The language of the title when it is not the page's language (en on an Indonesian page, id on an
     * English one), so screen readers pronounce it right. Leave it out for names such as "SP4N-LAPOR!".
     */
    lang: z.string().regex(LANGUAGE_CODE, 'write a language code: en, id, or another two-letter code').optional(),
    /** Full address of the source, starting with http:// or https://. */
    url: z.url({ protocol: /^https?$/, error: 'give the full address, starting with https://' }).optional(),
    /** Who published it, e.g. "Open Government Partnership" or "Bappenas". */
    publisher: z.string().min(2, 'name the publisher').optional(),
    /** Publication date (YYYY-MM-DD); required for a document with no online address. */
    published: z.coerce.date({ error: 'write the date as YYYY-MM-DD' }).optional(),
  })
  .refine((s) => s.url || (s.publisher && s.published), {
    error: 'give the source\'s url; only a document with no online address may leave it out, and then it needs publisher and published (YYYY-MM-DD)',
  });

/** Fields every reader page shares. */
const pageFields = {
  /** The page title: the task the reader does, in plain words. */
  title: z.string().min(5, 'write a title of at least 5 characters').max(90, 'keep the title under 90 characters'),
  /** One sentence that sums up the page; shown under the title, in search results and in link previews. */
  description: z
    .string()
    .min(40, 'write one full sentence of at least 40 characters')
    .max(220, 'keep the description to one sentence under 220 characters'),
  /** Stable key shared by both languages; powers `/go/<key>` and `page:<key>` links. Never change it once published. */
  key,
  /** Position among its siblings (chapters within a part, or case studies). Chapter numbers are derived from it. */
  order: z
    .number({ error: 'write a whole number, for example 2' })
    .int('write a whole number, for example 2')
    .positive('write a whole number from 1 up, for example 2'),
  /** When an editor last checked the page against its sources (YYYY-MM-DD). */
  lastReviewed: z.coerce.date({ error: 'write the date as YYYY-MM-DD' }),
  /** The sources of every fact on the page; at least one. */
  sources: z.array(sourceSchema).min(1, 'list at least one source'),
  /** Old paths (without base) that should keep working after a rename, e.g. "/bab/nama-lama/". */
  redirectFrom: z.array(z.string().regex(/^\//, 'start the old path with /')).default([]),
  /** If set, a banner with this text warns readers that the page may be out of date. */
  outdated: z.string().optional(),
};

/** Frontmatter of a chapter in `content/chapters/{id,en}/*.mdx`. */
export const chapterSchema = z.strictObject({
  ...pageFields,
  /** The part of the handbook: 1 Understand, 2 Prepare and join, 3 Co-create, 4 Implement and monitor, 5 Appendices. */
  part: z
    .number({ error: 'write the part number, 1 to 5' })
    .int('write the part number as a whole number, 1 to 5')
    .min(1, 'write a part number from 1 to 5 (1 Understand, 2 Prepare and join, 3 Co-create, 4 Implement, 5 Appendices)')
    .max(5, 'write a part number from 1 to 5 (1 Understand, 2 Prepare and join, 3 Co-create, 4 Implement, 5 Appendices)'),
});

/** Frontmatter of a case study in `content/case-studies/{id,en}/*.mdx`. */
export const caseStudySchema = z.strictObject({
  ...pageFields,
  /** Name of the region, e.g. "Kabupaten Bojonegoro" (Indonesian) or "Bojonegoro Regency" (English). */
  region: z.string().min(3, 'name the region'),
  /** Kind of region; "beberapa" for a page about several regions. */
  regionType: z.enum(['kabupaten', 'kota', 'provinsi', 'beberapa'], { error: 'use kabupaten, kota, provinsi or beberapa' }),
  /** Province the region is in (or a list in words for several regions). */
  province: z.string().min(3, 'name the province'),
  /** Period the study covers, e.g. "2016–2018". */
  years: z.string().min(4, 'give the period, for example "2016–2018"'),
  /** Government people and offices who took part. */
  governmentActors: z.array(z.string()).min(1, 'name at least one government actor'),
  /** Civil-society organisations who took part. */
  civilSocietyActors: z.array(z.string()).min(1, 'name at least one civil-society actor'),
  /**
   * Where the region stands in OGP, as far as the page's sources show: `pilot` (2016 pioneer), `ogp-local-member`
   * (membership confirmed by a current source), `ogp-local-unconfirmed` (joined OGP Local, but no source confirms it
   * is still a member, for example no action plan after the last one ended) or `named-as-next`.
   */
  status: z.enum(['pilot', 'ogp-local-member', 'ogp-local-unconfirmed', 'named-as-next'], { error: 'use pilot, ogp-local-member, ogp-local-unconfirmed (joined, current membership not confirmed) or named-as-next' }),
  /** Keys of chapters this case study illustrates. */
  relatedChapters: z.array(key).default([]),
});

/** One glossary entry in `content/glossary/{id,en}.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  /** Stable id, the same in both languages; `<Term id="...">` points at it. */
  id: key,
  /** The term as readers of this language write it. */
  term: z.string({ error: 'write the term in quotes, for example term: "Komitmen"' }).min(2, 'write the term as readers of this language write it (at least 2 characters)'),
  /** One or two plain sentences. */
  definition: z
    .string({ error: 'write the definition in quotes: one or two plain sentences' })
    .min(10, 'write a definition of one or two plain sentences (at least 10 characters)'),
  /** Addresses of sources that support the definition. */
  sources: z
    .array(z.url({ protocol: /^https?$/, error: 'give the full address, starting with https://' }), { error: 'list the addresses as a YAML list, one "- https://..." per line' })
    .default([]),
});

/** The whole glossary file of one language. */
export const glossarySchema = z.array(glossaryEntrySchema);

export type ChapterData = z.infer<typeof chapterSchema>;
export type CaseStudyData = z.infer<typeof caseStudySchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Source = z.infer<typeof sourceSchema>;
