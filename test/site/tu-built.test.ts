/**
 * 一图读懂 as built, read from dist/: the page's text and the picture hold the same facts, the page loads no
 * script, the PNG keeps its budget, and the home page and every guide link to it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { amountParameterIds, benefitById, parameters, type BenefitId } from '../../src/rules';
import { chineseNumeral } from '../../src/lib/official-document';
import { READER_GROUPS } from '../../src/lib/tu-facts';
import { distDir } from '../browser/harness';
import {
  amountWhoWords,
  conditionWords,
  expectedCaveat,
  expectedChapters,
  expectedDocument,
  expectedPanels,
  figuresIn,
  squeeze,
  svgBenefits,
  svgPanel,
  svgWords,
} from '../lib/tu-data';

const window = new Window({ url: 'https://site.test/' });
afterAll(() => window.close());
const load = (path: string) =>
  new window.DOMParser().parseFromString(readFileSync(join(distDir, path), 'utf8'), 'text/html');

const page = load('tu/index.html');
const svg = readFileSync(join(distDir, 'tu/yitu.svg'), 'utf8');
const png = readFileSync(join(distDir, 'tu/yitu.png'));
const text = (el: { textContent: string | null } | null): string => squeeze(el?.textContent ?? '');

/** A benefit's facts as the rules module declares them: title, articles, conditions, the amounts' parameter values. */
function declared(id: BenefitId) {
  const b = benefitById(id);
  return {
    words: [b.title, ...b.articles.map((n) => `第${chineseNumeral(n)}条`), ...b.conditions.map(conditionWords)].map(
      squeeze,
    ),
    amounts: amountParameterIds(b.amount).map((pid) => parameters[pid]),
  };
}

describe('every amount on the poster and in the text of /tu/ stands beside its who-words and deferral words', () => {
  const poster = load('tu/poster/index.html');
  const posterItems = [...poster.querySelectorAll('.poster-amounts li[data-benefit]')];
  it('the poster prints the money and loan amounts of 第六条、第八条、第十三条、第十五条', () => {
    expect(posterItems.map((li) => li.getAttribute('data-benefit')).sort()).toEqual(
      [
        'technician-training-subsidy',
        'senior-technician-training-subsidy',
        'senior-technician-upgrade-subsidy',
        'master-studio-grant',
        'city-competition-award',
        'startup-subsidy',
        'startup-guaranteed-loan',
        'startup-project-support',
      ].sort(),
    );
  });
  it.each(Object.entries(amountWhoWords))('%s: %j beside its amount on the poster and on /tu/', (id, words) => {
    const onPoster = posterItems.find((li) => li.getAttribute('data-benefit') === id);
    const onPage = [...page.querySelectorAll(`li[data-benefit="${id}"]`)];
    expect(onPage.length).toBeGreaterThan(0);
    for (const w of words) {
      if (onPoster) expect(text(onPoster), `poster ${id}`).toContain(squeeze(w));
      for (const li of onPage) expect(text(li), `/tu/ ${id}`).toContain(squeeze(w));
    }
  });
});

describe('/tu/: the text beside the picture holds the same facts as the picture', () => {
  describe.each(READER_GROUPS)('the %s panel', (group) => {
    const section = page.querySelector(`section[data-group="${group}"]`);
    const pictured = svgBenefits(svgPanel(svg, group));

    it('lists the same benefits in the text and in the picture', () => {
      const listed = [...(section?.querySelectorAll('[data-benefit]') ?? [])].map((li) =>
        li.getAttribute('data-benefit'),
      );
      expect(listed.sort()).toEqual([...expectedPanels[group]].sort());
      expect([...pictured.keys()].sort()).toEqual([...expectedPanels[group]].sort());
    });

    it.each(expectedPanels[group])('%s: the same words and figures in both', (id) => {
      const inText = text(section?.querySelector(`[data-benefit="${id}"]`) ?? null);
      const inPicture = squeeze(pictured.get(id) ?? '');
      const facts = declared(id);
      for (const w of facts.words) {
        expect(inText, w).toContain(w);
        expect(inPicture, w).toContain(w);
      }
      const figures = (s: string) =>
        figuresIn(s)
          .map((f) => `${f.value} ${f.unit}`)
          .sort();
      expect(figures(inText)).toEqual(figures(inPicture));
      for (const p of facts.amounts) expect(figures(inText)).toContain(`${p.value} ${p.unit}`);
    });
  });

  it('the document, the chapters and the caveat are in both', () => {
    const pageText = text(page.querySelector('#tu-text'));
    const picture = squeeze(svgWords(svg));
    for (const w of [
      expectedDocument.title,
      expectedDocument.documentNumber,
      ...expectedDocument.issuers,
      expectedDocument.date,
      ...expectedChapters,
      ...expectedCaveat,
    ]) {
      expect(pageText, w).toContain(w);
      expect(picture, w).toContain(w);
    }
  });
});

describe('/tu/: files, budget and links', () => {
  it('loads no script file and has no island', () => {
    expect(page.querySelectorAll('script[src], script[type="module"], [data-island]').length).toBe(0);
  });

  it('the PNG is 1080 px wide, as tall as the SVG, and at most 300 KB', () => {
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1080);
    expect(png.readUInt32BE(20)).toBe(Number(/height="(\d+)"/.exec(svg)?.[1]));
    expect(png.length).toBeLessThanOrEqual(300 * 1024);
  });

  it('the phone PNG is the same picture, narrower: about two thirds of the pixels across, as tall in proportion, fewer bytes', () => {
    const phone = readFileSync(join(distDir, 'tu/yitu-phone.png'));
    expect(phone.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = [phone.readUInt32BE(16), phone.readUInt32BE(20)];
    expect(width).toBe(720);
    expect(Math.abs(height / width - png.readUInt32BE(20) / png.readUInt32BE(16))).toBeLessThan(0.001);
    expect(phone.length).toBeLessThan(png.length * 0.7);
  });

  it('the picture offers the browser both PNGs, each with its own width, and a size to choose by', () => {
    const img = page.querySelector('img[src="/tu/yitu.png"]');
    const candidates = (img?.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
    expect(candidates.length).toBe(2);
    for (const [url, descriptor] of candidates) {
      const file = readFileSync(join(distDir, url!.replace(/^\//, '')));
      expect(descriptor, url).toBe(`${file.readUInt32BE(16)}w`);
    }
    expect(candidates.map(([url]) => url).sort()).toEqual(['/tu/yitu-phone.png', '/tu/yitu.png']);
    expect(img?.getAttribute('sizes')).toBeTruthy();
  });

  it('shows the picture and offers the PNG and the SVG for download, and the poster', () => {
    expect(page.querySelector('img[src="/tu/yitu.png"][alt]')).not.toBeNull();
    expect(page.querySelector('a[href="/tu/yitu.png"][download]')).not.toBeNull();
    expect(page.querySelector('a[href="/tu/yitu.svg"][download]')).not.toBeNull();
    expect(page.querySelector('a[href="/tu/poster/"]')).not.toBeNull();
  });

  it('has its own share image', () => {
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/\/og\/tu\.png$/);
    expect(statSync(join(distDir, 'og/tu.png')).size).toBeGreaterThan(1000);
  });

  it.each([
    'index.html',
    'guides/workers/index.html',
    'guides/enterprises/index.html',
    'guides/schools/index.html',
    'guides/media/index.html',
  ])('%s links to /tu/', (file) => {
    expect(load(file).querySelector('main a[href="/tu/"]')).not.toBeNull();
  });
});
