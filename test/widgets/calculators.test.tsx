// @vitest-environment happy-dom
/**
 * The calculators as a reader uses them: type into labelled fields, read the result. Expected figures are written by
 * hand from the articles (第六条 4000/5000/2000 元; 第八条 10 万元; 第十三条 5000/3000/2000/1000 元; 第五条 8%, 60%;
 * 第十一条 2 年; 第十五条 5000 元, 20 万元, 2—15 万元; 第十六条).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { expectFieldError, expectNoNaN, renderCalculator, resultRegion, typeInto } from './helpers';

afterEach(cleanup);

describe('技师项目培训补贴 (第六条)', () => {
  it('3 新培养技师 + 2 新培养高级技师 + 1 提升培训 = 1.2 万 + 1 万 + 2,000 = 2.4 万元', () => {
    const { container } = renderCalculator('training-subsidy');
    typeInto('新培养技师人数', '3');
    typeInto('新培养高级技师人数', '2');
    typeInto('高级技师岗位技能提升培训人数', '1');
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('合计：2.4 万元');
    expect(text).toMatch(/3 人 × 4,000 元\s*1\.2 万元/);
    expect(text).toMatch(/2 人 × 5,000 元\s*1 万元/);
    expect(text).toMatch(/1 人 × 2,000 元\s*2,000 元/);
    expect(container.textContent).toContain('第六条');
  });

  it('reads full-width ４０００ as 4000 and keeps what was typed: 4000 × 4,000 元 = 1600 万元', () => {
    const { container } = renderCalculator('training-subsidy');
    const field = typeInto('新培养技师人数', '４０００');
    expect(field.value).toBe('４０００');
    expect(resultRegion(container).textContent).toContain('1600 万元');
  });

  it.each([
    ['-5', /负/],
    ['abc', /数字/],
    ['2.5', /整数/],
    ['120万', /超过/],
  ])(
    'typing %j: a Chinese error tied to the field, the text kept, no NaN, the result region says what to fix',
    (typed, message) => {
      const { container } = renderCalculator('training-subsidy');
      const field = typeInto('新培养技师人数', typed);
      expectFieldError(field, typed, message);
      expectNoNaN(container);
      expect(resultRegion(container).textContent).toMatch(/新培养技师人数/);
    },
  );

  it('an emptied field counts as 0 people: no error, 2 新培养高级技师 = 1 万元', () => {
    const { container } = renderCalculator('training-subsidy');
    typeInto('新培养技师人数', '3');
    const field = typeInto('新培养技师人数', '');
    typeInto('新培养高级技师人数', '2');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(resultRegion(container).textContent).toContain('合计：1 万元');
    expectNoNaN(container);
  });

  it('the result region is a polite live region', () => {
    const { container } = renderCalculator('training-subsidy');
    expect(resultRegion(container).getAttribute('aria-live')).toBe('polite');
  });

  it('every field has a label', () => {
    const { container } = renderCalculator('training-subsidy');
    for (const input of container.querySelectorAll('input')) {
      expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
    }
  });
});

describe('全市技能大赛奖励 (第十三条)', () => {
  it.each([
    ['第一名', '5,000 元'],
    ['第二名', '3,000 元'],
    ['第三名', '2,000 元'],
    ['优胜奖', '1,000 元'],
  ])('%s: %s, with the article quoted', (place, amount) => {
    const { container } = renderCalculator('competition-award');
    fireEvent.click(screen.getByLabelText(new RegExp(`^${place}`)));
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain(`${place}奖励：${amount}`);
    expect(text).toContain('分别给予5000元、3000元、2000元和1000元奖励');
  });

  it('before a place is chosen, says what to do (never blank)', () => {
    const { container } = renderCalculator('competition-award');
    expect(resultRegion(container).textContent).toMatch(/请选择名次/);
  });
});

describe('技能大师工作室奖补 (第八条)', () => {
  it('starts with one studio: 10 万元; 3 studios: 30 万元', () => {
    const { container } = renderCalculator('master-studio');
    expect(resultRegion(container).textContent).toContain('合计：10 万元');
    typeInto('新认定的市级技能大师工作室数量', '3');
    expect(resultRegion(container).textContent).toMatch(/3 个 × 10 万元\s*30 万元/);
  });

  it('an emptied field: 请填写 next to it, what to fix in the result region, no NaN', () => {
    const { container } = renderCalculator('master-studio');
    const field = typeInto('新认定的市级技能大师工作室数量', '');
    expectFieldError(field, '', /请填写/);
    expect(resultRegion(container).textContent).toMatch(/请先改正或填写/);
    expectNoNaN(container);
  });
});

describe('职工教育经费税前扣除 (第五条)', () => {
  it('wages 120万, spending 100,000, 一线 70,000, nothing carried: limit 96,000.00, deductible 96,000.00, carried forward 4,000.00, 70% ≥ 60%', () => {
    const { container } = renderCalculator('education-fund');
    typeInto('本年工资薪金总额', '120万');
    typeInto('本年职工教育经费支出', '100,000');
    typeInto('其中用于一线职工培训的支出', '７００００');
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('本年可税前扣除：96,000.00 元');
    expect(text).toMatch(/结转以后年度扣除\s*4,000.00 元/);
    expect(text).toContain('70.00%');
    expect(text).toContain('一线职工培训占比 70.00%，达到第五条“60%以上”的要求');
  });

  it('spending within the limit is deducted in full; 50% to 一线 is below 60%', () => {
    const { container } = renderCalculator('education-fund');
    typeInto('本年工资薪金总额', '1000000');
    typeInto('本年职工教育经费支出', '50000.50');
    typeInto('其中用于一线职工培训的支出', '25000.25');
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('本年可税前扣除：50,000.50 元');
    expect(text).toContain('80,000.00 元'); // the limit, 1,000,000 × 8%
    expect(text).toContain('一线职工培训占比 50.00%，未达到第五条“60%以上”的要求');
  });

  it('一线 spending above the year’s spending is an error on that field', () => {
    const { container } = renderCalculator('education-fund');
    typeInto('本年工资薪金总额', '1000000');
    typeInto('本年职工教育经费支出', '1000');
    const field = typeInto('其中用于一线职工培训的支出', '2000');
    expectFieldError(field, '2000', /[\u4e00-\u9fff]/);
    expectNoNaN(container);
  });

  it('abc in wages: error tied to the field; no NaN', () => {
    const { container } = renderCalculator('education-fund');
    const field = typeInto('本年工资薪金总额', 'abc');
    expectFieldError(field, 'abc', /数字/);
    expectNoNaN(container);
  });
});

describe('技师申报时间 (第十一条)', () => {
  it('asks first whether the reader is a 技工院校预备技师班、技师班学生; anyone else gets no date, but what 第十一条 covers', () => {
    const { container } = renderCalculator('technician-date');
    expect(screen.queryByLabelText('取得高级工（三级）证书的日期')).toBeNull();
    expect(resultRegion(container).textContent).toContain('只适用于技工院校预备技师班、技师班学生');
    fireEvent.click(screen.getByLabelText('不是'));
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('只写给技工院校预备技师班、技师班学生');
    expect(text).toContain('其他人员申报技师的条件，办法没有写');
    expect(text).toContain('满足 0/1 项条件');
    expect(text).not.toContain('可以申报');
    expect(screen.queryByLabelText('取得高级工（三级）证书的日期')).toBeNull();
  });

  it('a student sees the three conditions of 第十一条 with their words, marked', () => {
    const { container } = renderCalculator('technician-date');
    fireEvent.click(screen.getByLabelText('是'));
    typeInto('取得高级工（三级）证书的日期', '2020-03-10');
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('满足 3/3 项条件');
    expect(text).toContain('“取得高级工（三级）职业资格证书或职业技能等级证书2年后”');
  });

  it('certificate on 2020-03-10: the period ends 2022-03-10, apply from 2022年3月11日 (already possible)', () => {
    const { container } = renderCalculator('technician-date');
    fireEvent.click(screen.getByLabelText('是'));
    typeInto('取得高级工（三级）证书的日期', '2020-03-10');
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('最早可申报技师（二级）：2022年3月11日');
    expect(text).toContain('2022年3月10日');
    expect(text).toMatch(/已经可以申报/);
  });

  it('29 February 2020: no 29 February in 2022, so the period ends 2022年2月28日 and one applies from 2022年3月1日', () => {
    const { container } = renderCalculator('technician-date');
    fireEvent.click(screen.getByLabelText('是'));
    typeInto('取得高级工（三级）证书的日期', '2020年2月29日');
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('2022年2月28日');
    expect(text).toContain('2022年3月1日');
  });

  it('a date that does not exist is an error tied to the field', () => {
    const { container } = renderCalculator('technician-date');
    fireEvent.click(screen.getByLabelText('是'));
    const field = typeInto('取得高级工（三级）证书的日期', '2023-02-30');
    expectFieldError(field, '2023-02-30');
    expectNoNaN(container);
  });
});

describe('职称直通 (第十六条)', () => {
  const status = (container: Element, what: string) =>
    Array.from(resultRegion(container).querySelectorAll('li')).find((li) => li.textContent?.startsWith(what))
      ?.textContent ?? '';

  it('世界技能大赛金牌: 正高级, 副高级 (a 世赛获奖者) and the 绿色通道', () => {
    const { container } = renderCalculator('title-direct');
    fireEvent.click(screen.getByLabelText('世界技能大赛金牌'));
    expect(status(container, '直接申报相应系列正高级职称')).toContain('✓ 可以');
    expect(status(container, '直接申报相应系列副高级职称')).toContain('✓ 可以');
    expect(status(container, '事业单位招聘“绿色通道”')).toContain('✓ 可以');
  });

  it('中原大工匠 alone: 副高级 only', () => {
    const { container } = renderCalculator('title-direct');
    fireEvent.click(screen.getByLabelText('中原大工匠'));
    expect(status(container, '直接申报相应系列正高级职称')).toContain('✗ 不适用');
    expect(status(container, '直接申报相应系列副高级职称')).toContain('✓ 可以');
    expect(status(container, '事业单位招聘“绿色通道”')).toContain('✗ 不适用');
  });

  it('nothing ticked: no answer yet, nothing shown as 不适用, but a prompt (never blank)', () => {
    const { container } = renderCalculator('title-direct');
    const text = resultRegion(container).textContent ?? '';
    expect(text).not.toContain('不适用');
    expect(text).toContain('请选择您获得过的奖项或荣誉');
  });

  it('quotes the article with nested quotation marks, never doubled ones', () => {
    const { container } = renderCalculator('title-direct');
    fireEvent.click(screen.getByLabelText('中原技能大奖'));
    const text = resultRegion(container).textContent ?? '';
    expect(text).not.toMatch(/““|””/);
    expect(text).toContain('（第十六条：“‘中原技能大奖’‘中原技能大师’‘中原大工匠’和国赛金牌获得者');
  });
});

describe('技工院校毕业生 (第十五条)', () => {
  it('预备技师（技师）班, starting a business: 本科 treatment, 5,000 元, up to 20 万元, 2 万元—15 万元', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('技工院校预备技师（技师）班'));
    fireEvent.click(screen.getByLabelText('是，准备或已经创业'));
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('参照本科学历');
    expect(text).toMatch(/创业开业一次性补贴\s*5,000 元/);
    expect(text).toMatch(/个人创业担保贷款（贷款额度，不是补贴）\s*最高 20 万元/);
    expect(text).toMatch(/大众创业优秀项目扶持补助\s*2 万元—15 万元/);
  });

  it('高级工班, not starting a business: 大专 treatment; the supports are for when one starts', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('技工院校高级工班'));
    fireEvent.click(screen.getByLabelText('否'));
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('参照大专学历');
    expect(text).toContain('以后创业时');
  });

  it('其他 school: neither treatment nor supports', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('其他学校或班级'));
    const text = resultRegion(container).textContent ?? '';
    expect(text).toContain('✗');
    expect(text).not.toContain('5,000 元');
  });

  it('before anything is chosen, says what to choose', () => {
    const { container } = renderCalculator('graduate-support');
    expect(resultRegion(container).textContent).toMatch(/选择/);
  });
});
