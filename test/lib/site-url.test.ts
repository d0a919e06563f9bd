/** SITE_URL: what a build may be given, and the addresses it writes with it or without it. */
import { describe, expect, it } from 'vitest';
import { checkSiteUrl } from '../../scripts/site-url.ts';
import { siteUrl } from '../../src/lib/site';
import { articleSearchNames } from '../../src/lib/search-names';

describe('checkSiteUrl', () => {
  it('a preview build may have none; a production build must', () => {
    expect(checkSiteUrl(undefined, false)).toBe('');
    expect(checkSiteUrl('', false)).toBe('');
    expect(checkSiteUrl(undefined, true)).toMatch(/production build needs SITE_URL/);
  });

  it('accepts an http(s) origin, with or without the final slash', () => {
    expect(checkSiteUrl('https://policy.example.org', true)).toBe('');
    expect(checkSiteUrl('https://policy.example.org/', true)).toBe('');
    expect(checkSiteUrl('http://127.0.0.1:4321', false)).toBe('');
  });

  it('refuses what is not an origin, with the reason', () => {
    expect(checkSiteUrl('policy.example.org', true)).toMatch(/not a URL/);
    expect(checkSiteUrl('ftp://policy.example.org', true)).toMatch(/https:\/\//);
    expect(checkSiteUrl('https://policy.example.org/site/', true)).toMatch(/without a path/);
  });
});

describe('siteUrl', () => {
  it('is absolute with a site, and the path itself without one', () => {
    expect(siteUrl('/measure/16/', new URL('https://policy.example.org'))).toBe(
      'https://policy.example.org/measure/16/',
    );
    expect(siteUrl('/measure/16/', undefined)).toBe('/measure/16/');
  });
});

describe('articleSearchNames', () => {
  const terms = [
    { term: '世赛', aliases: ['世界技能大赛'], articles: [13, 16], mainArticle: 16 },
    { term: '全市技能大赛', aliases: [], articles: [13], mainArticle: 13 },
    { term: '高技能人才', aliases: [], articles: [1, 16] },
  ];

  it("weights up the names of the article's own terms and its tags; lists the other terms' names", () => {
    expect(articleSearchNames(16, terms, ['评职称'])).toEqual({
      main: ['世赛', '世界技能大赛', '评职称'],
      other: ['高技能人才'],
    });
    expect(articleSearchNames(13, terms)).toEqual({ main: ['全市技能大赛'], other: ['世赛', '世界技能大赛'] });
    expect(articleSearchNames(2, terms)).toEqual({ main: [], other: [] });
  });
});
