import { REPORT_PROBLEM_EMAIL, REPORT_PROBLEM_SET, SITE_URL, SITE_URL_SET } from '../lib/site.ts';

/**
 * A build without SITE_URL is a preview: canonical links, share previews, the printed QR codes and
 * the offline edition's link to the online version all point at the local default address. Say so
 * at the end of the build, where the person publishing it will see it.
 */
export function deploymentNotice(log: { warn(message: string): void }): void {
  if (!REPORT_PROBLEM_SET) {
    log.warn(`REPORT_PROBLEM_EMAIL is not set: "Laporkan masalah / Report a problem" writes to the placeholder ${REPORT_PROBLEM_EMAIL}. Set the editors' address (README, "Deploying").`);
  }
  if (SITE_URL_SET) return;
  log.warn(
    `SITE_URL is not set, so this build is a preview: canonical links, share previews, printed QR codes and the offline edition's links point at ${SITE_URL}. ` +
      'Before publishing, build with the public address, for example: SITE_URL=https://pedoman.example.go.id npm run build (README, "Deploying").',
  );
}
