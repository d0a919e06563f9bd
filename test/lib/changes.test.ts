/** The change log: content/changes.yaml is valid, newest first, and its newest entry is the site's version. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atomFeed, parseChangeLog, releases, type ChangeEntry } from '../../src/lib/changes';

const log = parseChangeLog(readFileSync('content/changes.yaml', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('content/changes.yaml', () => {
  it("its newest entry is the site's version (package.json)", () => {
    expect(log[0]?.version).toBe(pkg.version);
  });

  it('lists the release 0.2.0 and the first release 0.1.0', () => {
    expect(releases(log).map((r) => r.version)).toEqual(['0.2.0', '0.1.0']);
  });

  it('refuses a log that is not newest first', () => {
    const older = '- {date: 2026-11-28, version: 0.1.0, kind: site, summary: 首次发布：全文和解读}\n';
    const newer = '- {date: 2026-12-02, version: 0.2.0, kind: rules, summary: 条件按条款列出并注明依据}\n';
    expect(() => parseChangeLog(newer + older)).not.toThrow();
    expect(() => parseChangeLog(older + newer)).toThrow(/newest first/);
  });

  it('refuses an unknown kind or a malformed date', () => {
    expect(() =>
      parseChangeLog('- {date: 2026-12-02, version: 0.2.0, kind: news, summary: 条件按条款列出并注明依据}\n'),
    ).toThrow();
    expect(() =>
      parseChangeLog('- {date: 2.12.2026, version: 0.2.0, kind: site, summary: 条件按条款列出并注明依据}\n'),
    ).toThrow();
  });
});

describe('atomFeed', () => {
  const entries: ChangeEntry[] = [
    { date: '2026-12-02', version: '0.2.0', kind: 'rules', summary: '条件按条款列出 <并> 注明依据', articles: [] },
    { date: '2026-11-28', version: '0.1.0', kind: 'site', summary: '首次发布', articles: [] },
  ];

  it('has one entry per release, absolute links with SITE_URL and escaped text', () => {
    const xml = atomFeed(entries, { site: new URL('https://policy.example.org'), title: '更新记录' });
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<link rel="self" href="https://policy.example.org/feed.xml"/>');
    expect(xml).toContain('<link href="https://policy.example.org/changes/#v0-2-0"/>');
    expect(xml).toContain('<updated>2026-12-02T00:00:00Z</updated>');
    expect(xml).toContain('&amp;lt;并&amp;gt;');
    expect(xml).toMatch(/<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}<\/id>/);
  });

  it('uses root-relative links without SITE_URL, and the same ids', () => {
    const withSite = atomFeed(entries, { site: new URL('https://policy.example.org'), title: 't' });
    const preview = atomFeed(entries, { site: undefined, title: 't' });
    expect(preview).toContain('<link rel="self" href="/feed.xml"/>');
    expect(preview).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const ids = (x: string) => [...x.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(preview)).toEqual(ids(withSite));
  });
});
