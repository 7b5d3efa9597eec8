import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/** Size of every share-preview image, the size Open Graph and WhatsApp expect. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

type El = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): El => ({ type, props: { style, children } });

/**
 * A PNG share preview showing the page title, its kind and the site name.
 * Text becomes vector paths (satori) before rasterising (resvg), so no system fonts are needed.
 */
export async function renderOgImage(opts: { title: string; eyebrow: string; siteTitle: string; footer: string }): Promise<Buffer> {
  fonts ??= [
    { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
  ];
  const titleSize = opts.title.length > 60 ? 60 : 72;
  const tree = h('div', { width: OG_WIDTH - 144, height: OG_HEIGHT - 112, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', paddingTop: 56, paddingBottom: 56, paddingLeft: 72, paddingRight: 72, background: '#0b5cad', color: '#ffffff', fontFamily: 'Noto Sans' }, [
    h('div', { display: 'flex', fontSize: 34, fontWeight: 700, color: '#dbe9f8' }, opts.eyebrow),
    h('div', { display: 'flex', width: OG_WIDTH - 144, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, opts.title),
    h('div', { display: 'flex', width: OG_WIDTH - 144, justifyContent: 'space-between', alignItems: 'center', height: 90, flexShrink: 0, fontSize: 30, borderTop: '3px solid #ffffff' }, [h('span', {}, opts.siteTitle), h('span', {}, opts.footer)]),
  ]);
  const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}

/**
 * renderOgImage with a disk cache keyed by the image's inputs, so a rebuild only
 * draws the previews whose title changed.
 */
export async function renderOgImageCached(opts: Parameters<typeof renderOgImage>[0], cacheDir: string): Promise<Buffer> {
  const { createHash } = await import('node:crypto');
  const { mkdirSync, existsSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const file = join(cacheDir, `${createHash('sha256').update(`v1${JSON.stringify(opts)}`).digest('hex').slice(0, 24)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderOgImage(opts);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return png;
}
