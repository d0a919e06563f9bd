// @vitest-environment happy-dom
/**
 * Every calculator shows, above its conditions, the verdict of each benefit it is a view of — 可以享受 / 还需确认 /
 * 暂不符合 and why — as the checker would find it for the same facts (test/rules/calculator-checker.test.ts compares
 * them at random). Here, for each of the seven, the line a reader sees, written by hand from the articles.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { renderCalculator, resultRegion, typeInto } from './helpers';

afterEach(cleanup);

/** The verdict lines in the result region, in order, as text. */
function verdicts(container: Element): string[] {
  return Array.from(resultRegion(container).querySelectorAll('p.verdict')).map((p) => p.textContent ?? '');
}

describe('结论 (the verdict line of each calculator)', () => {
  it('第五条: the kind of organisation is not asked, so 还需确认, naming 企业', () => {
    const { container } = renderCalculator('education-fund');
    typeInto('本年工资薪金总额', '120万');
    typeInto('本年职工教育经费支出', '100000');
    expect(verdicts(container)).toEqual([
      '税前扣除还需确认：“企业（缴纳企业所得税的单位）”：本计算器没有问这一项，请您自行确认。',
    ]);
  });

  it('第六条: people counted on two lines — still 还需确认, because the article does not say who is paid', () => {
    const { container } = renderCalculator('training-subsidy');
    typeInto('新培养技师人数', '3');
    typeInto('高级技师岗位技能提升培训人数', '1');
    expect(verdicts(container)).toEqual(['还需确认：办法没有写明这笔资金发给谁、怎样申请，需要向主管部门确认。']);
  });

  it('第八条: 0 studios is 暂不符合; one studio 还需确认 (payer not named; the host not asked)', () => {
    const { container } = renderCalculator('master-studio');
    expect(verdicts(container)).toEqual([
      '还需确认：办法没有写明这笔资金发给谁、怎样申请，需要向主管部门确认。“龙头企业、职技院校或公共实训基地”：本计算器没有问这一项，请您自行确认。',
    ]);
    typeInto('新认定的市级技能大师工作室数量', '0');
    expect(verdicts(container)).toEqual(['暂不符合：不满足“有新认定的市级技能大师工作室”。']);
  });

  it('第十一条: not a student of the class is 暂不符合; a student two years after the certificate 可以享受', () => {
    const { container } = renderCalculator('technician-date');
    fireEvent.click(screen.getByLabelText('不是'));
    expect(verdicts(container)).toEqual(['暂不符合：不满足“技工院校预备技师班、技师班学生”。']);
    fireEvent.click(screen.getByLabelText('是'));
    typeInto('取得高级工（三级）证书的日期', '2000-01-01');
    expect(verdicts(container)).toEqual(['可以享受：符合第十一条写明的条件。']);
  });

  it('第十三条: a placing is 可以享受', () => {
    const { container } = renderCalculator('competition-award');
    fireEvent.click(screen.getByLabelText(/^第二名/));
    expect(verdicts(container)).toEqual(['可以享受：符合第十三条写明的条件。']);
  });

  it('第十五条: 高级工班, no business: 参照学历 可以享受; the supports 还需确认 — 按有关规定, and 创业 is a reading', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('技工院校高级工班'));
    fireEvent.click(screen.getByLabelText('否'));
    const [treatment, startup] = verdicts(container);
    expect(treatment).toBe('参照学历待遇可以享受：符合第十五条写明的条件。');
    // each sentence once: the three supports share “按有关规定享受”
    expect(startup).toBe(
      '创业扶持还需确认：“按有关规定享受”：申请条件和审核在有关规定中，办法没有写。' +
        '“按有关规定享受”的贷款是最高额度，不是一定能贷到的金额。' +
        '“按有关规定享受”的扶持补助针对经评选的大众创业优秀项目，评选条件办法没有写。' +
        '“创业”是本站理解，不是办法原话，不能据此认定不符合。',
    );
  });

  it('第十五条: another school is 暂不符合 for both', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('其他学校或班级'));
    expect(verdicts(container)).toEqual([
      '参照学历待遇暂不符合：不满足“技工院校高级工班或预备技师（技师）班毕业生”。',
      '创业扶持暂不符合：不满足“技工院校高级工班或预备技师（技师）班毕业生”。',
    ]);
  });

  it('第十六条: a 世赛优胜奖 alone — 正高级 暂不符合; 副高级 and 绿色通道 还需确认 (the reading is not the article’s words)', () => {
    const { container } = renderCalculator('title-direct');
    fireEvent.click(screen.getByLabelText('世界技能大赛优胜奖'));
    const reading =
      '“所获奖项明确在所列之内（世赛优胜奖是否算‘世赛获奖者’，办法没有写）”是本站理解，不是办法原话，不能据此认定不符合。';
    expect(verdicts(container)).toEqual([
      '暂不符合：不满足“获得‘中华技能大奖’或世界技能大赛金牌”。',
      `还需确认：${reading}`,
      `还需确认：${reading}`,
    ]);
  });

  it('第十六条: 中华技能大奖 — 正高级 可以享受, the row’s ✓ 可以 the same verdict', () => {
    const { container } = renderCalculator('title-direct');
    fireEvent.click(screen.getByLabelText('中华技能大奖'));
    expect(verdicts(container)[0]).toBe('可以享受：符合第十六条写明的条件。');
    expect(resultRegion(container).textContent).toContain('直接申报相应系列正高级职称：✓ 可以');
  });
});
