import { OFFLINE_ZIP_NAME } from '../../lib/offline/names.ts';
import { formatBytes } from '../../lib/offline/sizes.ts';
import type { Edition } from './crawl.ts';
import type { ManifestSummary } from './manifests.ts';
import type { Log } from './scripts.ts';

/** Say what the offline editions hold, and which files the pages load that the build does not have. */
export function reportOfflineEditions(log: Log, edition: Edition, zipBytes: number, manifests: Record<string, ManifestSummary>, started: number, pages: { reused: number; rewritten: number }): void {
  for (const p of edition.problems.slice(0, 20)) log.warn(p);
  if (edition.problems.length > 20) log.warn(`…and ${edition.problems.length - 20} more missing files.`);
  log.info(
    `Offline edition: ${OFFLINE_ZIP_NAME} is ${formatBytes(zipBytes)} (${edition.files.size} files, ${edition.languages} languages). ` +
      `Save for offline: ${Object.entries(manifests).map(([l, m]) => `${l} ${m.files} files, ${formatBytes(m.bytes)}`).join('; ')}. ` +
      `${pages.rewritten} pages rewritten, ${pages.reused} unchanged since the last build. ${Math.round(performance.now() - started)} ms.`,
  );
}
