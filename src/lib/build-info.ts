/**
 * Which edition of the site a page, a printout or a JSON file comes from: the site's version (package.json,
 * the newest entry of content/changes.yaml must match it) and the day it was built (UTC), so that a quote can be
 * matched to what the site said that day.
 */
import pkg from '../../package.json';

export const siteVersion: string = pkg.version;
/** YYYY-MM-DD, once per build. */
export const buildDate: string = new Date().toISOString().slice(0, 10);
