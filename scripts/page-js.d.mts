/** The JavaScript a built page loads (scripts/page-js.mjs); `reached`: with a calculator's code, loaded on nearing it. */
export declare function pageJs(
  route: string,
  dir?: string,
  options?: { reached?: boolean },
): { files: { path: string; gzip: number }[]; total: number };
