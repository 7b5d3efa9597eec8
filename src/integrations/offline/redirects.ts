import { redirectTargetOf } from '../../lib/offline/edition.ts';
import { classifyUrl, fileForPath, pathForFile } from '../../lib/offline/paths.ts';
import type { SiteFiles } from './inventory.ts';

/**
 * Where a site path leads in the built site: its file, or, for a redirect page (an old address from
 * `redirectFrom`), the file of the page it sends readers to (up to five hops). Every page links to many
 * of the same pages, so whether a file is a redirect page is read once per file.
 */
export function redirectLocator(site: Pick<SiteFiles, 'exists' | 'text' | 'location'>): (path: string) => string | undefined {
  const redirects = new Map<string, string | undefined>();
  const redirectOf = (file: string): string | undefined => {
    if (!redirects.has(file)) redirects.set(file, redirectTargetOf(site.text(file)));
    return redirects.get(file);
  };
  return (path) => {
    let file = fileForPath(path, site.exists);
    for (let hops = 0; file?.endsWith('.html') && hops < 5; hops += 1) {
      const target = redirectOf(file);
      if (target === undefined) return file;
      const next = classifyUrl(target, pathForFile(file), site.location);
      file = next.kind === 'site' ? fileForPath(next.path, site.exists) : undefined;
    }
    return file;
  };
}
