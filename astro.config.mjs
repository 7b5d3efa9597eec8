// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { handbookHastPlugins } from './src/markdown/handbook-plugins.ts';
import { handbookPipeline } from './src/integrations/pipeline.ts';
import { SITE_URL, BASE_PATH, OUT_DIR, CACHE_DIR } from './src/lib/site.ts';

export default defineConfig({
  // SITE_URL and BASE_PATH come from the environment so one build serves any host or sub-path.
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // A test or the benchmark can build another content tree into another folder.
  outDir: OUT_DIR,
  // A separate cache per output folder keeps a fixture build from mixing with the real site's content cache.
  cacheDir: CACHE_DIR,
  devToolbar: { enabled: false },
  experimental: {
    // A rebuild renders only the pages whose cache key (src/data/handbook.ts, renderKey) or code changed;
    // the others are copied from the previous build's cache in cacheDir.
    incrementalBuild: true,
  },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX module starts with Astro's "use astro:head-inject" marker; Rolldown would print a
        // fifteen-line warning for each one (2,000 at 1,000 pages per language) although the output is correct.
        checks: { moduleLevelDirective: false },
      },
    },
  },
  build: {
    // One cached stylesheet for every page, never inlined, so the strict CSP needs no style hashes.
    inlineStylesheets: 'never',
  },
  security: {
    // A strict Content-Security-Policy in a <meta> tag on every page; Astro adds the hashes of our inline scripts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search engine is WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // The handbook has no code samples; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
    // Sätteri is Astro 7's native processor (GFM on by default); our transforms are its hast plugins.
    // headingAttributes gives authors explicit, translation-proof anchors: "## Judul {#anchor}".
    processor: satteri({
      features: { headingAttributes: true, smartPunctuation: false },
      hastPlugins: handbookHastPlugins,
    }),
  },
  // Everything after rendering (publications, link check, headers, search index, offline editions) is one
  // pipeline, read top to bottom in src/integrations/pipeline.ts.
  integrations: [mdx(), handbookPipeline()],
});
