import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, caseStudySchema } from './lib/schemas.ts';
import { memberFileSchema } from './lib/register-schema.ts';
import { contentDir } from './lib/site.ts';

// Editors work in the top-level content/ folder; tests and the benchmark point CONTENT_DIR at another tree.
const CONTENT = contentDir();

// Entry ids are "<lang>/<slug>".
const chapters = defineCollection({
  loader: glob({ base: `${CONTENT}/chapters`, pattern: '{id,en}/*.mdx' }),
  schema: chapterSchema,
});

const caseStudies = defineCollection({
  loader: glob({ base: `${CONTENT}/case-studies`, pattern: '{id,en}/*.mdx' }),
  schema: caseStudySchema,
});

// The commitments register: one YAML file per OGP member (its plans and commitments); entry id = file name.
const commitments = defineCollection({
  loader: glob({ base: `${CONTENT}/commitments`, pattern: '*.yaml' }),
  schema: memberFileSchema,
});

export const collections = { chapters, caseStudies, commitments };
