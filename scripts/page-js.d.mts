/** The JavaScript a built page loads when it opens (scripts/page-js.mjs). */
export declare function pageJs(route: string, dir?: string): { files: { path: string; gzip: number }[]; total: number };
