import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, caseStudySchema } from './lib/schemas.ts';

// Editors work in the top-level content/ folder; tests and the benchmark point CONTENT_DIR at another tree.
const CONTENT = process.env.CONTENT_DIR || './content';

// Entry ids are "<lang>/<slug>".
const chapters = defineCollection({
  loader: glob({ base: `${CONTENT}/chapters`, pattern: '{id,en}/*.mdx' }),
  schema: chapterSchema,
});

const caseStudies = defineCollection({
  loader: glob({ base: `${CONTENT}/case-studies`, pattern: '{id,en}/*.mdx' }),
  schema: caseStudySchema,
});

export const collections = { chapters, caseStudies };
