import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  countField,
  countFieldOrZero,
  dateField,
  parseCount,
  parseDate,
  parseFields,
  parseYesNo,
  parseYuanToFen,
  moneyFenField,
} from '../../src/rules/parse';
import { fieldErrors, parseWith, zodField } from '../../src/rules/zod-field';

describe('parseCount: whole numbers as people type them', () => {
  it.each([
    ['4000', 4000],
    ['４０００', 4000],
    [' 12 ', 12],
    ['1,200', 1200],
    ['1，200', 1200],
    ['1.5万', 15000],
    ['１.５万', 15000],
    ['2万', 20000],
    ['0', 0],
    ['007', 7],
    [37, 37],
  ] as const)('%s → %d', (raw, expected) => {
    expect(parseCount(raw, '人数')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', '请填写人数'],
    [undefined, '请填写人数'],
    ['-3', '人数不能为负数'],
    [-3, '人数不能为负数'],
    ['1.5', '人数请填写整数'],
    [1.5, '人数请填写整数'],
    ['1.23456万', '人数请填写整数'],
    [Number.NaN, '人数请填写数字，例如 3 或 3人'],
    ['NaN', '人数请填写数字，例如 3 或 3人'],
    [Number.POSITIVE_INFINITY, '人数不是有限的数字'],
    ['Infinity', '人数不是有限的数字'],
    ['100001', '人数不能超过100000'],
    ['11万', '人数不能超过100000'],
    ['1,2,3', '人数的千位分隔符位置不对，例如 1,200,000'],
    ['abc', '人数请填写数字，例如 3 或 3人'],
    ['1e5', '人数请填写数字，例如 3 或 3人'],
    [{}, '人数请填写数字，例如 3 或 3人'],
    ['9'.repeat(100), '人数太长，请只填写一个数字'],
  ] as const)('%s is rejected in Chinese', (raw, message) => {
    expect(parseCount(raw, '人数')).toEqual({ ok: false, message });
  });
});

describe('parseYuanToFen: money in yuan, to integer fen', () => {
  it.each([
    ['1,200,000', 120_000_000],
    ['1，200，000', 120_000_000],
    ['120万', 120_000_000],
    ['1.5万', 1_500_000],
    ['1.23456万', 1_234_560],
    ['0.1', 10],
    ['0.29', 29],
    ['1000元', 100_000],
    ['１２３４．５６', 123_456],
    [0.29, 29],
    [1234.5, 123_450],
    ['1.50', 150],
  ] as const)('%s → %d fen', (raw, fen) => {
    expect(parseYuanToFen(raw, '工资薪金总额')).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['0.001', '工资薪金总额最多保留两位小数（到分）'],
    ['1.2345678万', '工资薪金总额最多保留两位小数（到分）'],
    ['-1', '工资薪金总额不能为负数'],
    ['－1', '工资薪金总额不能为负数'],
    ['1000000000001', '工资薪金总额不能超过1万亿元'],
    ['', '请填写工资薪金总额'],
  ] as const)('%s is rejected in Chinese', (raw, message) => {
    expect(parseYuanToFen(raw, '工资薪金总额')).toEqual({ ok: false, message });
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-03-11', '2024-03-11'],
    ['2024/3/11', '2024-03-11'],
    ['2024年3月11日', '2024-03-11'],
    ['２０２４年３月１１日', '2024-03-11'],
    ['2024-2-29', '2024-02-29'],
  ] as const)('%s → %s', (raw, iso) => {
    expect(parseDate(raw, '取证日期')).toEqual({ ok: true, value: iso });
  });
  it.each(['2023-02-29', '2024-13-01', '2024-00-10', 'yesterday', '11/3/2024'])('%s is rejected', (raw) => {
    const r = parseDate(raw, '取证日期');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^取证日期/);
  });
});

describe('parseYesNo and fieldErrors', () => {
  it('accepts the usual spellings of yes and no', () => {
    expect(['是', 'yes', 'true', '1', 'on', true].map((v) => parseYesNo(v, 'x'))).toEqual(
      Array(6).fill({ ok: true, value: true }),
    );
    expect(['否', 'no', 'false', '0', false].map((v) => parseYesNo(v, 'x'))).toEqual(
      Array(5).fill({ ok: true, value: false }),
    );
    expect(parseYesNo('maybe', '是否创业')).toEqual({ ok: false, message: '是否创业请回答“是”或“否”' });
  });

  it('parseFields names each bad field in Chinese and reports a non-object input as a form error', () => {
    const fields = { a: countField('技师人数'), b: moneyFenField('工资') };
    expect(parseFields(fields, { a: '-1', b: 'x' })).toEqual({
      ok: false,
      errors: { a: '技师人数不能为负数', b: '工资请填写数字，例如 4000、1.5万 或 ¥12,000,000' },
    });
    expect(parseFields(fields, { a: '3', b: '1.5万', extra: 'ignored' })).toEqual({
      ok: true,
      value: { a: 3, b: 1_500_000 },
    });
    for (const notAForm of [null, undefined, 42, 'a=1', [1, 2]]) {
      expect(parseFields(fields, notAForm)).toEqual({
        ok: false,
        errors: { _form: '输入应为一组填写项（表单或网址参数）' },
      });
    }
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile');
        },
      },
    );
    expect(parseFields(fields, throwing)).toEqual({ ok: false, errors: { _form: '输入无法读取，请重新填写' } });
  });

  it('parseFields runs the cross-field check only once every field is valid', () => {
    const fields = { from: dateField('开始日期'), to: dateField('结束日期'), n: countFieldOrZero('人数') };
    const check = (v: { from: string; to: string }) =>
      v.from > v.to ? { from: '开始日期不能晚于结束日期' } : undefined;
    expect(parseFields(fields, { from: '2024-05-01', to: '2024-04-01' }, check)).toEqual({
      ok: false,
      errors: { from: '开始日期不能晚于结束日期' },
    });
    expect(parseFields(fields, { from: '2024-05-01', to: 'x' }, check)).toEqual({
      ok: false,
      errors: { to: '结束日期请按“2024-03-11”或“2024年3月11日”的格式填写' },
    });
    expect(parseFields(fields, { from: '2024-04-01', to: '2024年5月1日' }, check)).toEqual({
      ok: true,
      value: { from: '2024-04-01', to: '2024-05-01', n: 0 },
    });
  });

  it("zodField and parseWith give the same messages through zod (the checker's URL query)", () => {
    const schema = z.object({ a: zodField(countField('技师人数')), b: zodField(moneyFenField('工资')) });
    expect(parseWith(schema, { a: '-1', b: 'x' })).toEqual({
      ok: false,
      errors: { a: '技师人数不能为负数', b: '工资请填写数字，例如 4000、1.5万 或 ¥12,000,000' },
    });
    expect(parseWith(schema, { a: '２', b: '1,000元' })).toEqual({ ok: true, value: { a: 2, b: 100_000 } });
    const r = parseWith(schema, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors['_form']).toMatch(/填写项/);
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile');
        },
      },
    );
    expect(parseWith(schema, throwing)).toEqual({ ok: false, errors: { _form: '输入无法读取，请重新填写' } });
  });

  it('gives a Chinese message for zod issues it did not write', () => {
    const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)).toEqual({ n: '“n”的填写格式不对' });
  });
});
