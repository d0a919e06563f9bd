/** The site's change log, content/changes.yaml, parsed and checked once (schema: changes.ts). */
import source from '../../content/changes.yaml?raw';
import { parseChangeLog } from './changes';

export const changeLog = parseChangeLog(source);
