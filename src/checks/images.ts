/**
 * Image checks: alt text that says what the image shows, and a file the build can use (a PNG, JPEG, WebP
 * or AVIF in content/images/, readable, at most {@link MAX_IMAGE_WIDTH} pixels wide, read with sharp).
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { walk, type ContentModel, type MdNode, type PageSource, type Problem } from './model.ts';

/** Image files pages may show: Astro turns them into WebP with width, height and lazy loading. */
const IMAGE_TYPES = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif']);
/** Alt texts that name the kind of file rather than what it shows. */
const VAGUE_ALT_TEXT = new Set(['gambar', 'foto', 'ilustrasi', 'tangkapan layar', 'image', 'picture', 'photo', 'illustration', 'screenshot', 'img']);
/**
 * The widest image a page may show, in pixels. The text column is about 700 CSS pixels; twice that
 * stays sharp on phone screens, and anything wider only costs readers data.
 */
export const MAX_IMAGE_WIDTH = 1600;

/** An image a page shows, found while reading the pages; its pixel size is checked afterwards. */
interface ImageUse {
  file: string;
  line?: number;
  path: string;
}

/** The file an image points to, if the build can use it; anything else is reported on the image's line. */
function imagePath(page: PageSource, node: MdNode, dir: string, add: (m: string) => void): string | undefined {
  const url = node.url ?? '';
  const how = 'Save the file in content/images/ and write ![what it shows](../../images/NAME.webp).';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) {
    add(`the image "${url}" is not a file of the handbook. Images from other sites do not load offline or under the site's security policy. ${how}`);
    return undefined;
  }
  let file: string;
  try {
    file = decodeURI(url.split(/[?#]/)[0]);
  } catch {
    add(`the image "${url}" has a "%" that is not part of an escape. Rename the file without "%", or write it as %25.`);
    return undefined;
  }
  const path = resolve(dirname(resolve(page.file)), file);
  if (!path.startsWith(join(dir, 'images') + sep)) add(`the image "${url}" is outside content/images/. ${how}`);
  else if (!IMAGE_TYPES.has(extname(path).toLowerCase())) add(`the image "${url}" is a ${extname(path) || 'file without an extension'}. Use a PNG, JPEG, WebP or AVIF file; the build makes a WebP of it for readers.`);
  else if (!existsSync(path)) add(`the image "${url}" does not exist (${relative(process.cwd(), path)}). Check the name; upper and lower case count.`);
  else return path;
  return undefined;
}

/** Every image must be readable and at most MAX_IMAGE_WIDTH pixels wide. */
async function checkImageSizes(images: ImageUse[], problems: Problem[]) {
  const widths = new Map<string, Promise<number | undefined>>();
  for (const image of images) {
    if (!widths.has(image.path)) widths.set(image.path, sharp(image.path).metadata().then((m) => m.width, () => undefined));
    const width = await widths.get(image.path)!;
    const name = relative(process.cwd(), image.path);
    if (width === undefined) problems.push({ file: image.file, line: image.line, severity: 'error', message: `${name} cannot be read as an image. Export it again as PNG, JPEG or WebP.` });
    else if (width > MAX_IMAGE_WIDTH) {
      problems.push({ file: image.file, line: image.line, severity: 'error', message: `${name} is ${width} pixels wide. Save it at most ${MAX_IMAGE_WIDTH} pixels wide: that is sharp on any phone, and readers on mobile data download less.` });
    }
  }
}

/** The image checks on every page. */
export async function checkImages(model: ContentModel, problems: Problem[]): Promise<void> {
  const images: ImageUse[] = [];
  for (const page of model.pages) {
    if (!page.tree) continue;
    walk(page.tree, (node) => {
      if (node.type !== 'image') return;
      const add = (message: string) => problems.push({ file: page.file, line: node.position?.start.line, severity: 'error', message });
      const alt = (node.alt ?? '').trim();
      if (!alt) add('this image has no alt text. Describe what it shows inside the brackets: ![Peta Kabupaten Bojonegoro](...).');
      else if (VAGUE_ALT_TEXT.has(alt.toLowerCase().replace(/[.:!]+$/, '')) || /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(alt)) {
        add(`the alt text "${alt}" does not say what the image shows. Describe it for a reader who cannot see it, for example: ![Bagan susunan anggota forum multipihak](...).`);
      }
      const path = imagePath(page, node, model.dir, add);
      if (path) images.push({ file: page.file, line: node.position?.start.line, path });
    });
  }
  await checkImageSizes(images, problems);
}
