/**
 * 一图读懂: the generated SVG's words against the rules module's declared values and the hand-written test
 * data (tu-data.ts). Nothing expected here is computed by the generator.
 */
import { describe, expect, it } from 'vitest';
import { amountParameterIds, benefitById, parameterList, parameters, type BenefitId } from '../../src/rules';
import { chineseNumeral } from '../../src/lib/official-document';
import { READER_GROUPS } from '../../src/lib/tu-facts';
import { breakLines, textWidth } from '../../src/lib/tu-picture';
import { tuSvg } from '../../src/lib/tu-image';
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
} from './tu-data';

const { svg } = tuSvg(new URL('https://site.test/'));
const words = squeeze(svgWords(svg));

describe('一图读懂: the picture holds the rules module’s facts', () => {
  it('is an SVG with real text, about 1080 px wide and tall', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1080"')).toBe(true);
    expect(svg.match(/<text /g)?.length ?? 0).toBeGreaterThan(100);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(height).toBeGreaterThan(3 * 1080);
  });

  it('every figure in the picture is a value a parameter declares, in the same unit', () => {
    const figures = figuresIn(svgWords(svg));
    expect(figures.length).toBeGreaterThanOrEqual(10);
    const wrong = figures.filter((f) => !parameterList.some((p) => p.unit === f.unit && p.value === f.value));
    expect(wrong).toEqual([]);
  });

  describe.each(READER_GROUPS)('the %s panel', (group) => {
    const panel = svgPanel(svg, group);
    const benefits = svgBenefits(panel);

    it('shows every benefit the measure offers the group, and no other', () => {
      expect([...benefits.keys()].sort()).toEqual([...expectedPanels[group]].sort());
    });

    it.each(expectedPanels[group])('%s: its title, article, every amount and every condition', (id: BenefitId) => {
      const text = squeeze(benefits.get(id) ?? '');
      const b = benefitById(id);
      expect(text).toContain(squeeze(b.title));
      for (const n of b.articles) expect(text).toContain(`第${chineseNumeral(n)}条`);
      for (const c of b.conditions) expect(text).toContain(squeeze(conditionWords(c)));
      // each amount's parameter, by its declared value
      const shown = figuresIn(text).filter((f) => f.unit === 'yuan' || f.unit === 'percent');
      for (const pid of amountParameterIds(b.amount)) {
        const p = parameters[pid];
        expect(
          shown.some((f) => f.value === p.value && f.unit === p.unit),
          `${pid} = ${p.value} ${p.unit} on ${id}`,
        ).toBe(true);
      }
    });
  });

  describe('every amount stands beside its who-words and its deferral words', () => {
    const pictured = new Map(READER_GROUPS.flatMap((g) => [...svgBenefits(svgPanel(svg, g))]));
    it('the benefits with an amount are the ones the test data lists', () => {
      const withAmount = [...pictured.keys()].filter((id) => benefitById(id as BenefitId).amount !== null);
      expect(withAmount.sort()).toEqual(Object.keys(amountWhoWords).sort());
    });
    it.each(Object.entries(amountWhoWords))('%s: %j beside the amount', (id, expected) => {
      const text = squeeze(pictured.get(id) ?? '');
      for (const w of expected) expect(text, id).toContain(squeeze(w));
    });
  });

  it('labels a reading once: no “（本站理解：…）（本站理解）”', () => {
    expect(words).toContain('高技能人才（本站理解：高级工及以上）');
    expect(words).not.toMatch(/本站理解：[^（）]*）（本站理解）/);
  });

  it('states the date as the site’s one statement, never a flat 发布日期 (the 发布日期 is the site’s reading)', () => {
    expect(words).toContain('2022年9月19日印发，自发布之日起施行（第二十条）');
    expect(words).not.toContain('发布日期');
  });

  it('shows the document: title, 发文字号, issuing bodies and date', () => {
    expect(words).toContain(`《${expectedDocument.title}》`);
    expect(words).toContain(expectedDocument.documentNumber);
    for (const issuer of expectedDocument.issuers) expect(words).toContain(issuer);
    expect(words).toContain(expectedDocument.date);
  });

  it('shows the eight chapters, a line each', () => {
    const chapters = svg.slice(svg.indexOf('<g id="tu-chapters"'), svg.indexOf('<g id="tu-panel-'));
    const lines = [...chapters.matchAll(/<text[^>]*>(第[一二三四五六七八]章)<\/text><text[^>]*>([^<]+)<\/text>/g)].map(
      (m) => m[2],
    );
    expect(lines).toEqual(expectedChapters);
  });

  it('shows the caveat, the scope words and a QR code to the checker with the site address', () => {
    for (const w of expectedCaveat) expect(words).toContain(w);
    for (const w of ['可', '鼓励', '按有关规定', '经评审认定']) expect(words).toContain(`“${w}”`);
    expect(words).toContain('扫码查看您能享受什么');
    expect(words).toContain('site.test/check/');
    expect(svg).toMatch(/<path transform="translate\([\d. ]+\) scale\([\d.]+\)" fill="#000000" d="M/);
  });

  it('prints no QR code and no address when the build has no site address', () => {
    const bare = tuSvg(undefined).svg;
    expect(bare).not.toContain('扫码查看您能享受什么');
    expect(bare).not.toContain('fill="#000000"');
  });
});

describe('the line breaker', () => {
  const text =
    '技工院校预备技师班、技师班学生，取得高级工（三级）职业资格证书2年后，可申报技师（二级）。补贴每人4,000元、5,000元。';

  it.each([200, 320, 500])(
    'keeps each line within %i px, never starts a line with a closing mark, never splits 4,000',
    (max) => {
      const lines = breakLines(text, 24, max);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(textWidth(line, 24)).toBeLessThanOrEqual(max + 24); // one closing mark may hang past the edge
        expect(line[0]).not.toMatch(/[，。、；：）》”]/);
      }
      expect(lines.some((l) => l.includes('4,000'))).toBe(true);
    },
  );
});
