import { LANGUAGES } from '../../src/lib/languages.ts';
import { localizedPath, withBase } from '../../src/lib/routes.ts';
import { COMMITMENT_BUNDLE, READINESS_BUNDLE } from '../../src/lib/tools/bundles.ts';

/** Each tool page (its dist folder, e.g. `alat/komitmen/`) and the one script it may load. */
export const TOOL_PAGE_SCRIPTS: Map<string, string> = new Map(
  LANGUAGES.flatMap((lang) => [
    [localizedPath(lang, 'toolCommitment').slice(1), withBase(`/${COMMITMENT_BUNDLE.file}`)],
    [localizedPath(lang, 'toolReadiness').slice(1), withBase(`/${READINESS_BUNDLE.file}`)],
  ]),
);
