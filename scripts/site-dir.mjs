// Where the built site lives. DIST_DIR lets parallel work build into its own folder; the default is dist/.
import { resolve } from 'node:path';
export const distDir = resolve(process.env.DIST_DIR ?? 'dist');
