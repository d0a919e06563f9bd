/**
 * The site's Content-Security-Policy forbids eval. zod 4 probes for it with `new Function` when an object schema is
 * built (to compile a fast parser), and the browser reports each probe as a CSP violation. jitless mode skips the
 * probe. It must run before any schema is built, so every island imports this module first.
 * (Better placed in src/rules/ itself; asked for in the report.)
 */
import { config } from 'zod/mini';

config({ jitless: true });
