import { fillZipSize } from '../../lib/offline/sizes.ts';
import type { SiteFiles } from './inventory.ts';

/** The website's "Read offline" pages show the ZIP's size beside its download link. */
export function fillZipSizes(site: SiteFiles, zipBytes: number): void {
  for (const file of site.files.filter((f) => f.endsWith('.html'))) {
    const html = site.text(file);
    if (html.includes('data-offline-zip-size')) site.write(file, fillZipSize(html, site.langOf(html), zipBytes));
  }
}
