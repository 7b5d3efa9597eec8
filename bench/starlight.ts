/**
 * A Starlight site for the side-by-side build comparison. Starlight is not a
 * dependency of the project: it is installed with npm into a folder outside the
 * project (reused between runs when the versions match), with the same Astro
 * version as the project, and fed the same synthetic corpus
 * (corpus.ts writeStarlightCorpus). Starlight runs with its defaults, including
 * its own Pagefind search index.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild, type BuildProgress, type BuildRun } from './build.ts';
import { writeStarlightCorpus } from './starlight-corpus.ts';
import type { CorpusPlan } from '../tests/support/corpus/plan.ts';

/** A Starlight project ready to build. */
export interface StarlightSite {
  dir: string;
  astroVersion: string;
  starlightVersion: string;
  /** Time npm took to install it (0 when an earlier install was reused). */
  installMs: number;
}

/** Why Starlight could not be set up or built; the message says what happened and what to try. */
export class StarlightUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StarlightUnavailable';
  }
}

const CONFIG = `// Written by the Pedoman OGP benchmark (bench/starlight.ts): the same corpus as a default Starlight site.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const parts = [1, 2, 3, 4, 5];
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Pedoman OGP',
      defaultLocale: 'root',
      locales: { root: { label: 'Bahasa Indonesia', lang: 'id' }, en: { label: 'English', lang: 'en' } },
      sidebar: [
        ...parts.map((p) => ({ label: 'Bagian ' + p, translations: { en: 'Part ' + p }, items: [{ autogenerate: { directory: 'bagian-' + p } }] })),
        { label: 'Studi kasus', translations: { en: 'Case studies' }, items: [{ autogenerate: { directory: 'studi-kasus' } }] },
        { label: 'Glosarium', translations: { en: 'Glossary' }, link: '/glosarium/' },
      ],
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function installedVersion(dir: string, pkg: string): string | undefined {
  const file = join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/** How to run npm: the npm that started this process when there is one (npm run bench), else `npm` on the PATH. */
function npmCommand(): { program: string; prefixArgs: string[] } {
  const cli = process.env.npm_execpath;
  if (cli && /\.c?js$/.test(cli)) return { program: process.execPath, prefixArgs: [cli] };
  return { program: process.platform === 'win32' ? 'npm.cmd' : 'npm', prefixArgs: [] };
}

/**
 * Install Starlight (and the project's Astro version) into `dir` with
 * `npm install --prefix`, unless an earlier run left the same versions there, and
 * write its config. Throws {@link StarlightUnavailable} with npm's own message
 * when the registry cannot be reached or the versions do not fit together.
 */
export async function setupStarlight(options: { dir: string; astroVersion: string; starlightVersion?: string; log?: (line: string) => void }): Promise<StarlightSite> {
  const { dir, astroVersion } = options;
  const wanted = options.starlightVersion ?? 'latest';
  mkdirSync(join(dir, 'src'), { recursive: true });
  let installMs = 0;
  const have = installedVersion(dir, '@astrojs/starlight');
  if (!have || installedVersion(dir, 'astro') !== astroVersion || (wanted !== 'latest' && have !== wanted)) {
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'pedoman-bench-starlight', private: true, type: 'module' }, null, 2)}\n`);
    options.log?.(`installing @astrojs/starlight@${wanted} and astro@${astroVersion} into ${dir} (npm install --prefix) …`);
    const npm = npmCommand();
    const started = performance.now();
    const result = await new Promise<{ status: number | null; output: string }>((resolve) => {
      const child = spawn(npm.program, [...npm.prefixArgs, 'install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', `astro@${astroVersion}`, `@astrojs/starlight@${wanted}`], {
        cwd: dir,
        env: { ...process.env, npm_config_update_notifier: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', (e) => resolve({ status: 1, output: String(e) }));
      child.on('exit', (status) => resolve({ status, output }));
    });
    installMs = performance.now() - started;
    if (result.status !== 0) {
      throw new StarlightUnavailable(`npm could not install @astrojs/starlight@${wanted} with astro@${astroVersion} into ${dir} (exit ${result.status}). npm said:\n${result.output.trim().split('\n').slice(-15).join('\n')}\nCheck that the npm registry is reachable, or pass --starlight-version <version> for a release that supports this Astro version.`);
    }
  }
  const versions = { astro: installedVersion(dir, 'astro') ?? astroVersion, starlight: installedVersion(dir, '@astrojs/starlight') ?? wanted };
  // Astro bundles the packages a project lists as dependencies that build on Astro (Starlight among them).
  // Without this list Starlight's middleware stays external and the build stops at "Received protocol 'astro:'".
  const manifest = { name: 'pedoman-bench-starlight', private: true, type: 'module', dependencies: { astro: versions.astro, '@astrojs/starlight': versions.starlight } };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  return { dir, astroVersion: versions.astro, starlightVersion: versions.starlight, installMs };
}

/**
 * Write `plan` into the Starlight site and build it from cold (output and cache
 * removed first), measured like our own builds. Returns the run and the typical
 * chapter's path in the Starlight site. Throws {@link StarlightUnavailable} if the build fails.
 */
export async function buildStarlight(site: StarlightSite, plan: CorpusPlan, onProgress?: (p: BuildProgress) => void): Promise<{ run: BuildRun; typicalPath: string; outDir: string }> {
  const { typicalPath } = writeStarlightCorpus(join(site.dir, 'src', 'content', 'docs'), plan);
  const outDir = join(site.dir, 'dist');
  for (const d of [outDir, join(site.dir, 'node_modules', '.astro'), join(site.dir, '.astro')]) rmSync(d, { recursive: true, force: true });
  const run = await runBuild({ cwd: site.dir, args: [join(site.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], onProgress });
  if (run.status !== 0) {
    throw new StarlightUnavailable(`Starlight's build failed (exit ${run.status}). Last lines:\n${run.output.trim().split('\n').slice(-20).join('\n')}`);
  }
  return { run, typicalPath, outDir };
}
