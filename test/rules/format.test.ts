/**
 * How amounts are written (src/rules/format.ts). groupThousands is checked against the platform's own
 * Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }), which it stands in for in the browser: Node's full ICU is
 * the independent oracle here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, formatYuan, groupThousands } from '../../src/rules/format';

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
