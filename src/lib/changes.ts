/**
 * 更新记录: the schema of content/changes.yaml, the site's change log, and the Atom feed made from it (/changes/,
 * /feed.xml). Newest first; the newest entry's version is the site's version (package.json), which a test checks.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { z } from 'zod';
import { chineseDate } from './document';
import { siteUrl } from './site';

/** What changed: the transcript of the official text, the site's explanations, the rules module, or the site itself. */
export const ChangeKindSchema = z.enum(['text-repair', 'explanation', 'rules', 'site']);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;
export const changeKindLabels: Record<ChangeKind, string> = {
  'text-repair': '原文录入修正',
  explanation: '解读更新',
  rules: '规则（条件、金额）更新',
  site: '网站功能',
};

export const ChangeEntrySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The site version the change shipped in (semver, as package.json). */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  kind: ChangeKindSchema,
  /** One or two plain sentences, in Chinese. */
  summary: z.string().min(6).max(160),
  /** Articles the change concerns, if any. */
  articles: z.array(z.number().int().min(1).max(20)).default([]),
});
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

const semver = (v: string) => v.split('.').map(Number) as [number, number, number];
const compareVersions = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

export const ChangeLogSchema = z
  .array(ChangeEntrySchema)
  .min(1)
  .refine(
    (log) =>
      log.every(
        (e, i) => i === 0 || (e.date <= log[i - 1]!.date && compareVersions(e.version, log[i - 1]!.version) <= 0),
      ),
    {
      message: 'content/changes.yaml: newest first (dates and versions must not increase down the file)',
    },
  );

export function parseChangeLog(yamlText: string): ChangeEntry[] {
  return ChangeLogSchema.parse(parse(yamlText));
}

/** The entries grouped by version, newest first: one /changes/ section and one feed entry per release. */
export interface Release {
  version: string;
  date: string;
  entries: ChangeEntry[];
}
export function releases(log: readonly ChangeEntry[]): Release[] {
  const out: Release[] = [];
  for (const e of log) {
    const r = out.find((x) => x.version === e.version);
    if (r) r.entries.push(e);
    else out.push({ version: e.version, date: e.date, entries: [e] });
  }
  return out;
}

export const changesPath = '/changes/';
export const feedPath = '/feed.xml';
export const releaseAnchor = (version: string) => `v${version.replace(/\./g, '-')}`;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A stable id that does not depend on the domain: a name-based UUID of the release. */
const releaseId = (version: string) => {
  const h = createHash('sha1').update(`xuchang-high-skill-talent changes ${version}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The Atom feed (RFC 4287). Links are absolute with SITE_URL; in a preview build they are root-relative, which Atom
 * resolves against the feed's own address.
 */
export function atomFeed(log: readonly ChangeEntry[], opts: { site: URL | undefined; title: string }): string {
  const rs = releases(log);
  const link = (path: string) => xml(siteUrl(path, opts.site));
  const entries = rs.map((r) => {
    const items = r.entries.map((e) => `<li>${xml(changeKindLabels[e.kind])}：${xml(e.summary)}</li>`).join('');
    return [
      '  <entry>',
      `    <title>${xml(`版本 ${r.version}（${chineseDate(r.date)}）`)}</title>`,
      `    <id>${releaseId(r.version)}</id>`,
      `    <link href="${link(`${changesPath}#${releaseAnchor(r.version)}`)}"/>`,
      `    <updated>${r.date}T00:00:00Z</updated>`,
      `    <content type="html">${xml(`<ul>${items}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${xml(opts.title)}</title>`,
    `  <id>${releaseId('feed')}</id>`,
    `  <link rel="self" href="${link(feedPath)}"/>`,
    `  <link href="${link(changesPath)}"/>`,
    `  <updated>${rs[0]?.date ?? '1970-01-01'}T00:00:00Z</updated>`,
    '  <author><name>许昌高技能人才政策网站</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
