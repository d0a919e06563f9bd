/** /feed.xml: the change log as an Atom feed (src/lib/changes.ts), one entry per release. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/changes';
import { changeLog } from '../lib/change-log';
import { siteName } from '../lib/site';

export const GET: APIRoute = ({ site }) =>
  new Response(atomFeed(changeLog, { site, title: `${siteName} 更新记录` }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
