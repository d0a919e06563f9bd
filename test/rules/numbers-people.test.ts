/**
 * Numbers as people write them: a count with what it counts (3人), money with ¥ and thousands separators
 * (¥12,000,000, 12,000,000.00) and in 亿 (1.2亿). Each expected value is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { countField, countKind, parseCount, parseYuanToFen } from '../../src/rules/parse';

describe('a count of persons takes 人、名、位 after the number', () => {
  it.each([
    ['3人', 3],
    ['3 人', 3],
    ['３人', 3],
    ['12名', 12],
    ['2位', 2],
    ['1.5万人', 15_000],
    ['1,200人', 1200],
  ] as const)('新培养技师人数 %s → %d', (raw, expected) => {
    expect(parseCount(raw, '新培养技师人数')).toEqual({ ok: true, value: expected });
  });

  it('a person count explains itself with persons, not money', () => {
    expect(parseCount('三个人', '新培养技师人数')).toEqual({
      ok: false,
      message: '新培养技师人数请填写数字，例如 3 或 3人',
    });
    expect(parseCount('3元', '新培养技师人数')).toEqual({
      ok: false,
      message: '新培养技师人数请填写数字，例如 3 或 3人',
    });
    expect(parseCount('3.5人', '新培养技师人数')).toEqual({ ok: false, message: '新培养技师人数请填写整数' });
  });
});

describe('a count of studios takes 个、家、间, and not 人', () => {
  it('2个 → 2', () => {
    expect(countField('新认定的市级技能大师工作室个数', 1000)('2个')).toEqual({ ok: true, value: 2 });
  });
  it('3人 is refused with a studio example', () => {
    expect(countField('新认定的市级技能大师工作室个数', 1000)('3人')).toEqual({
      ok: false,
      message: '新认定的市级技能大师工作室个数请填写数字，例如 2 或 2个',
    });
  });
  it('a count whose name says neither takes no classifier', () => {
    expect(countKind('数量')).toEqual({ classifiers: [], example: '例如 3' });
    expect(parseCount('3人', '数量')).toEqual({ ok: false, message: '数量请填写数字，例如 3' });
  });
});

describe('money typed in yuan: ¥, thousands separators, cents and 亿', () => {
  it.each([
    ['¥12,000,000', 1_200_000_000],
    ['￥12,000,000', 1_200_000_000],
    ['¥ 12,000,000.00', 1_200_000_000],
    ['12,000,000.00', 1_200_000_000],
    ['12,000,000.00元', 1_200_000_000],
    ['1.2亿', 12_000_000_000],
    ['1.2亿元', 12_000_000_000],
    ['¥1.2亿', 12_000_000_000],
    ['3亿', 30_000_000_000],
    ['１．２亿', 12_000_000_000],
    ['0.01亿', 100_000_000],
  ] as const)('工资薪金总额 %s → %d 分', (raw, fen) => {
    expect(parseYuanToFen(raw, '工资薪金总额')).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['¥-5', '工资薪金总额不能为负数'],
    ['1.2亿万', '工资薪金总额请填写数字，例如 4000、1.5万 或 ¥12,000,000'],
    ['12,00,000', '工资薪金总额的千位分隔符位置不对，例如 1,200,000'],
    ['1.00000000001亿', '工资薪金总额最多保留两位小数（到分）'],
    ['20000亿', '工资薪金总额不能超过1万亿元'],
    ['3人', '工资薪金总额请填写数字，例如 4000、1.5万 或 ¥12,000,000'],
    ['$100', '工资薪金总额请填写数字，例如 4000、1.5万 或 ¥12,000,000'],
  ] as const)('%s is refused: %s', (raw, message) => {
    expect(parseYuanToFen(raw, '工资薪金总额')).toEqual({ ok: false, message });
  });

  it('a count takes no ¥', () => {
    expect(parseCount('¥3', '新培养技师人数').ok).toBe(false);
  });
});
