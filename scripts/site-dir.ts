// Where the built site lives. DIST_DIR lets parallel work build into its own folder; the default is dist/.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

/** Every file under `dir` (the built site or a folder of it), at any depth. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
