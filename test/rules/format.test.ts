/**
 * How amounts are written (src/rules/format.ts). groupThousands is checked against the platform's own
 * Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }), which it stands in for in the browser: Node's full ICU is
 * the independent oracle here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAmountFen,
  formatBasisPoints,
  formatFen,
  formatYuan,
  groupThousands,
  shareBasisPoints,
} from '../../src/rules';
import { typedAnswerText } from '../../src/rules/answer-text';
import { educationFundDeduction } from '../../src/rules';
import { masterStudioGrant } from '../../src/rules';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

describe('groupThousands', () => {
  it('writes the figures the pages show', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1,000');
    expect(groupThousands(12345)).toBe('12,345');
    expect(groupThousands(1234567)).toBe('1,234,567');
    expect(groupThousands(-4000)).toBe('-4,000');
    expect(groupThousands(2.5)).toBe('3');
    expect(groupThousands(-2.5)).toBe('-3');
    expect(groupThousands(Number.NaN)).toBe('—');
  });

  it('equals Intl.NumberFormat for whole numbers up to 1e21', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(groupThousands(n)).toBe(intl.format(n));
      }),
      { numRuns: 2000 },
    );
    for (const n of [2 ** 60, -(2 ** 60), 999999999999999900000]) expect(groupThousands(n)).toBe(intl.format(n));
    expect(groupThousands(1e21)).toBe('1e+21'); // beyond any amount: as String() writes it, not NaN or blank
  });

  it('rounds fractions as Intl.NumberFormat does (half away from zero), negative zero included', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
        expect(groupThousands(n)).toBe(intl.format(n));
      }),
      { numRuns: 2000 },
    );
    for (const n of [0.5, 1.5, -0.5, -0, -0.4, 0.49999999999999994, 4503599627370495.5])
      expect(groupThousands(n), String(n)).toBe(intl.format(n));
  });
});

describe('formatYuan and formatFen', () => {
  it('write yuan in 万 when whole thousands from 10,000 up, with separators otherwise', () => {
    expect(formatYuan(4000)).toBe('4,000 元');
    expect(formatYuan(100000)).toBe('10 万元');
    expect(formatYuan(135000)).toBe('13.5 万元');
    expect(formatYuan(12345)).toBe('12,345 元');
    expect(formatFen(123456789)).toBe('1,234,567.89 元');
    expect(formatFen(-5)).toBe('-0.05 元');
  });
});

describe('figures as a Chinese reader writes them', () => {
  it('writes 亿 from 100,000,000 yuan, not “10000 万元”', () => {
    expect(formatYuan(100_000_000)).toBe('1 亿元');
    expect(formatYuan(150_000_000)).toBe('1.5 亿元');
    expect(formatYuan(1_234_000_000)).toBe('12.34 亿元');
    expect(formatYuan(123_456_000)).toBe('12345.6 万元');
    expect(formatYuan(99_990_000)).toBe('9999 万元');
    expect(formatYuan(-200_000_000)).toBe('-2 亿元');
    // 1,000 新认定的市级技能大师工作室 × 10 万元
    expect(masterStudioGrant({ studios: '1000' })).toMatchObject({ ok: true, value: { totalText: '1 亿元' } });
  });

  it('rounds a share half up to two places of a percent', () => {
    expect(shareBasisPoints(700_000, 1_100_000)).toBe(6364); // 63.6363…%, not cut to 63.63
    expect(formatBasisPoints(6364)).toBe('63.64%');
    expect(shareBasisPoints(1, 8)).toBe(1250);
    expect(shareBasisPoints(1, 3)).toBe(3333);
    expect(shareBasisPoints(2, 3)).toBe(6667);
    expect(shareBasisPoints(1, 20_000)).toBe(1); // 0.005%: the half goes up
    expect(shareBasisPoints(1, 20_001)).toBe(0);
    expect(shareBasisPoints(3, 3)).toBe(10_000);
    expect(shareBasisPoints(5, 0)).toBeNull();
    expect(formatBasisPoints(6000)).toBe('60.00%');
    expect(formatBasisPoints(5)).toBe('0.05%');
    // the largest amounts accepted (1万亿元 in fen) stay exact
    expect(shareBasisPoints(7 * 10 ** 13, 11 * 10 ** 13)).toBe(6364);
  });

  it('第五条’s calculator shows the rounded share, and a share that misses 60% is never shown as 60.00%', () => {
    const r = educationFundDeduction({ wages: '1100万', spending: '1100000', frontlineSpending: '700000' });
    expect(r).toMatchObject({
      ok: true,
      value: { frontlineShareBasisPoints: 6364, formatted: { frontlineShare: '63.64%' } },
    });
    const near = educationFundDeduction({ wages: '1亿', spending: '1000000', frontlineSpending: '599950' });
    expect(near).toMatchObject({
      ok: true,
      value: { frontlineShareMet: false, formatted: { frontlineShare: '59.99%' } },
    });
  });

  it('writes a typed amount back once, with its unit once', () => {
    expect(formatAmountFen(1_200_0000_00)).toBe('1200 万元');
    expect(formatAmountFen(123_450)).toBe('1,234.50 元');
    expect(typedAnswerText('wages', '1200万')).toBe('1200 万元');
    expect(typedAnswerText('educationSpending', '70万元')).toBe('70 万元');
    expect(typedAnswerText('educationSpending', '1,200,000')).toBe('120 万元');
    expect(typedAnswerText('carriedOver', '3.5亿')).toBe('3.5 亿元');
    expect(typedAnswerText('newStudios', '2个')).toBe('2 个');
    // what the parser refuses is shown as typed, with nothing appended
    expect(typedAnswerText('newStudios', '两个')).toBe('两个');
    expect(typedAnswerText('educationSpending', '一百万')).toBe('一百万');
    for (const text of ['1200万元', '70万元', '5000元', '3亿元'])
      expect(typedAnswerText('wages', text)).not.toMatch(/元.*元/);
  });
});
