/**
 * /batch/'s rows: each evaluated by the checker's rules, one result per person, errors kept with their row and column,
 * counts that add up, totals per benefit. Expected values are written by hand from the measure (第六条 4000 元/人,
 * 第十一条 2 年 counted as the Civil Code counts).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, profileFromSearchParams } from '../../../src/rules/index';
import { PERSON_BENEFITS } from '../../../src/widgets/batch/columns';
import { benefitTotals, evaluateRow, listCounts, rowAnswers } from '../../../src/widgets/batch/evaluate-row';

const AS_OF = '2026-12-07';
const student = {
  name: '李强',
  skillLevel: '高级工',
  trainingProject: '经技师项目新培养为技师',
  frontline: '是',
  advancedCertificateDate: '2024年5月10日',
  education: '技工院校预备技师班、技师班在读学生',
};
const at = (id: string) => PERSON_BENEFITS.findIndex((b) => b.id === id);

describe('one row', () => {
  const r = evaluateRow(0, { line: 3, cells: student }, AS_OF);

  it('counts the verdicts and adds the money to confirm (第六条: 4000 元, the payer not named)', () => {
    expect(r.errors).toEqual([]);
    expect(r.confirmYuan).toBe(4000);
    expect(r.certainYuan).toBe(0);
    expect(r.verdicts[at('technician-training-subsidy')]).toBe('c');
    expect(r.verdicts[at('technician-evaluation')]).toBe('e');
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(PERSON_BENEFITS.length);
  });

  it('gives 第十一条’s earliest 技师申报 date: certificate 2024-05-10 → 2026-05-11', () => {
    expect(r.technicianDate).toBe('2026-05-11');
  });

  it('is the same result as evaluate() on the same answers', () => {
    const e = evaluate(rowAnswers(student, AS_OF));
    expect(e.ok).toBe(true);
    expect(r.counts).toEqual([e.eligible.length, e.needsConfirmation.length, e.notEligible.length]);
  });

  it('links to the checker with the rules’ URL encoding of the same answers', () => {
    const params = new URLSearchParams(r.checkQuery);
    expect(params.get('step')).toBe('result');
    // the checker reads the step apart from the answers (src/widgets/check-url.ts)
    params.delete('step');
    const back = profileFromSearchParams(params);
    expect(back.notices).toEqual([]);
    expect(back.profile).toMatchObject({
      kind: 'person',
      skillLevel: 'advanced',
      advancedCertificateDate: '2024-05-10',
      trainingProject: 'new-technician',
      frontline: true,
    });
  });

  it('a person not on the 第十一条 route gets no date', () => {
    const worker = evaluateRow(1, { line: 4, cells: { ...student, education: '以上都不是' } }, AS_OF);
    expect(worker.technicianDate).toBeNull();
  });
});

describe('rows with errors', () => {
  const bad = evaluateRow(
    2,
    { line: 6, cells: { name: '赵敏', skillLevel: '七级', advancedCertificateDate: '2024/13/01' } },
    AS_OF,
  );

  it('are kept, not evaluated, each bad value named with its column, the message and the accepted forms', () => {
    expect(bad.line).toBe(6);
    expect(bad.verdicts).toBe('');
    expect(bad.errors.map((e) => [e.column, e.message])).toEqual([
      ['当前职业技能等级', '当前职业技能等级请从列出的选项中选择'],
      ['取得高级工（三级）证书的日期', '取得高级工（三级）证书的日期不是一个存在的日期'],
    ]);
    expect(bad.errors[1]?.accepted).toContain('2024年3月11日');
  });

  it('a certificate dated after the day of the results is an error of that column', () => {
    const r = evaluateRow(0, { line: 2, cells: { advancedCertificateDate: '2027-01-01' } }, AS_OF);
    expect(r.errors.map((e) => e.column)).toEqual(['取得高级工（三级）证书的日期']);
  });

  it('corrected, the row is evaluated', () => {
    const fixed = evaluateRow(
      2,
      { line: 6, cells: { ...bad.cells, skillLevel: '高级工', advancedCertificateDate: '2024/12/1' } },
      AS_OF,
    );
    expect(fixed.errors).toEqual([]);
    expect(fixed.verdicts).toHaveLength(PERSON_BENEFITS.length);
  });
});

describe('counts and totals', () => {
  const rows = [
    evaluateRow(0, { line: 2, cells: student }, AS_OF),
    evaluateRow(1, { line: 3, cells: { ...student, name: '周杰' } }, AS_OF),
    evaluateRow(2, { line: 5, cells: { skillLevel: '七级' } }, AS_OF),
  ];

  it('read = evaluated + with errors + skipped', () => {
    const c = listCounts(rows, { empty: 2, header: 1, note: 0 });
    expect(c).toMatchObject({ read: 6, evaluated: 2, withErrors: 1, skipped: 3 });
    expect(c.evaluated + c.withErrors + c.skipped).toBe(c.read);
  });

  it('adds each benefit over the evaluated rows: two new technicians, 2 × 4000 元 to confirm', () => {
    const t = benefitTotals(rows).find((x) => x.id === 'technician-training-subsidy');
    expect(t).toMatchObject({ needsConfirmation: 2, eligible: 0, confirmYuan: 8000, certainYuan: 0 });
  });
});
