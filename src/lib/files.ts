import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under a folder, recursively, as sorted forward-slash paths relative to it
 * (empty when the folder does not exist). The one folder walk for built sites and content trees.
 */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length).replace(/\\/g, '/').replace(/^\/+/, ''))
    .sort();
}
