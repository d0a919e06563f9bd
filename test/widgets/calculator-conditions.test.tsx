// @vitest-environment happy-dom
/**
 * Every calculator's result shows the conditions of its article's declarations, “满足 X/Y 项条件”, each
 * marked ✓ ✗ ? for what the calculator knows, with the article's words it rests on (or the site's reading). Expected
 * counts, marks and condition texts are written by hand; every quoted passage on screen is looked up in the official
 * text of its article, not in the declarations that produced it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { allArticles, parseOfficialDocument } from '../../src/lib/official-document';
import { renderCalculator, resultRegion, typeInto } from './helpers';

afterEach(cleanup);

const official = parseOfficialDocument(
  // (happy-dom gives import.meta.url an http: address: the file is found from the repository's root)
  readFileSync(join(process.cwd(), 'content/official/xuchang-rensheban-2022-28.txt'), 'utf8'),
);
const articleBody = new Map(allArticles(official).map((a) => [a.number, a.body]));

interface Shown {
  summary: string;
  /** Each condition: its mark (met / failed / unknown) and its text, as on screen. */
  items: { mark: string; text: string }[];
}

/** The condition lists in the result region, in order. */
function conditionLists(container: Element): Shown[] {
  return Array.from(resultRegion(container).querySelectorAll('details.conditions')).map((d) => ({
    summary: d.querySelector('summary')?.textContent ?? '',
    items: Array.from(d.querySelectorAll('li')).map((li) => ({
      mark: li.getAttribute('data-mark') ?? '',
      text: li.textContent ?? '',
    })),
  }));
}

/**
 * Every quotation “…” shown after a condition (（第六条：“…”）) occurs in that article's official text. Quotation marks
 * inside a quotation are shown nested (‘…’) and read back as “…”.
 */
function expectQuotesInArticle(container: Element, article: number): number {
  const quotes = Array.from(resultRegion(container).querySelectorAll('.condition-words')).map(
    (s) => /：“(.*)”）$/.exec(s.textContent ?? '')?.[1] ?? '',
  );
  for (const q of quotes) {
    expect(q).not.toBe('');
    expect(articleBody.get(article), q).toContain(q.replace(/‘/g, '“').replace(/’/g, '”'));
  }
  return quotes.length;
}

describe('技师项目培训补贴 (第六条)', () => {
  it('3 新培养技师 only: 满足 1/1, ✓ 经技师项目新培养为技师 with the article’s words; who is paid is still to confirm', () => {
    const { container } = renderCalculator('training-subsidy');
    typeInto('新培养技师人数', '3');
    const [list] = conditionLists(container);
    expect(list?.summary).toBe('满足 1/1 项条件');
    expect(list?.items).toEqual([{ mark: 'met', text: expect.stringContaining('经技师项目新培养为技师') }]);
    expect(expectQuotesInArticle(container, 6)).toBe(1);
    expect(resultRegion(container).textContent).toContain('还需确认：办法没有写明这笔资金发给谁、怎样申请');
  });

  it('nothing typed yet: the three types, each ? until a count is typed', () => {
    const { container } = renderCalculator('training-subsidy');
    const [list] = conditionLists(container);
    expect(list?.summary).toBe('满足 0/3 项条件');
    expect(list?.items.map((i) => i.mark)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(list?.items[2]?.text).toContain('参加高级技师岗位技能提升培训');
    expect(list?.items[0]?.text).toContain('请先回答上面的问题');
  });

  it('2 新培养高级技师 and 1 提升培训: 满足 2/2', () => {
    const { container } = renderCalculator('training-subsidy');
    typeInto('新培养高级技师人数', '2');
    typeInto('高级技师岗位技能提升培训人数', '1');
    const [list] = conditionLists(container);
    expect(list?.summary).toBe('满足 2/2 项条件');
    expect(list?.items).toEqual([
      { mark: 'met', text: expect.stringContaining('经技师项目新培养为高级技师') },
      { mark: 'met', text: expect.stringContaining('参加高级技师岗位技能提升培训') },
    ]);
  });
});

describe('职工教育经费税前扣除 (第五条)', () => {
  it.each([
    ['70000', '达到'],
    ['50000', '未达到'],
  ])(
    '一线 %s of 100,000: every ✓ ✗ on screen is a condition counted in “满足 X/Y 项条件”; the share is %s in words',
    (frontline, word) => {
      const { container } = renderCalculator('education-fund');
      typeInto('本年工资薪金总额', '120万');
      typeInto('本年职工教育经费支出', '100000');
      typeInto('其中用于一线职工培训的支出', frontline);
      const region = resultRegion(container);
      const [list] = conditionLists(container);
      const [, met, of] = /满足 (\d+)\/(\d+) 项条件/.exec(list?.summary ?? '') ?? [];
      const marks = (text: string) => (text.match(/[✓✗]/g) ?? []).length;
      const inLists = Array.from(region.querySelectorAll('.condition-list')).reduce(
        (n, ul) => n + marks(ul.textContent ?? ''),
        0,
      );
      expect(marks(region.textContent ?? '')).toBe(inLists);
      expect(Number(met)).toBe(list?.items.filter((i) => i.mark === 'met').length);
      expect(Number(of)).toBe(list?.items.length);
      expect(region.querySelector('[data-testid="frontline"]')?.textContent).toContain(`${word}第五条“60%以上”的要求`);
    },
  );

  it('the calculator does not ask what the organisation is: ? 企业, with the 8% words, the enterprise-income-tax reading and what to confirm', () => {
    const { container } = renderCalculator('education-fund');
    typeInto('本年工资薪金总额', '120万');
    typeInto('本年职工教育经费支出', '100000');
    const [list] = conditionLists(container);
    expect(list?.summary).toBe('税前扣除：满足 0/1 项条件');
    expect(list?.items[0]?.mark).toBe('unknown');
    const text = list?.items[0]?.text ?? '';
    expect(text).toContain('企业（缴纳企业所得税的单位）');
    expect(text).toContain('本站理解，不是办法原话：');
    expect(text).toContain('“其他取得收入的组织”');
    expect(text).toContain('本计算器没有问这一项，请您自行确认');
    expect(expectQuotesInArticle(container, 5)).toBe(1);
    expect(text).toContain('工资薪金总额8%的税收政策');
  });
});

describe('技能大师工作室奖补 (第八条)', () => {
  it('one studio: the studio ✓, the host (龙头企业、职技院校或公共实训基地) ? — not asked, to confirm', () => {
    const { container } = renderCalculator('master-studio');
    const [list] = conditionLists(container);
    expect(list?.summary).toBe('满足 1/2 项条件');
    expect(list?.items.map((i) => i.mark)).toEqual(['unknown', 'met']);
    expect(list?.items[0]?.text).toContain('龙头企业、职技院校或公共实训基地');
    expect(list?.items[0]?.text).toContain('本计算器没有问这一项');
    expect(list?.items[1]?.text).toContain('有新认定的市级技能大师工作室');
    expect(expectQuotesInArticle(container, 8)).toBe(2);
    // who receives the grant is not written: still to confirm, as 第六条's subsidies
    expect(resultRegion(container).textContent).toContain('还需确认：办法没有写明这笔资金发给谁、怎样申请');
  });

  it('0 studios: no newly recognised studio ✗', () => {
    const { container } = renderCalculator('master-studio');
    typeInto('新认定的市级技能大师工作室数量', '0');
    const [list] = conditionLists(container);
    expect(list?.summary).toBe('满足 0/2 项条件');
    expect(list?.items.map((i) => i.mark)).toEqual(['unknown', 'failed']);
  });
});

describe('全市技能大赛奖励 (第十三条)', () => {
  it.each(['第一名', '优胜奖'])('%s: 满足 1/1, the placed contestants in the article’s words', (place) => {
    const { container } = renderCalculator('competition-award');
    fireEvent.click(screen.getByLabelText(new RegExp(`^${place}`)));
    const [list] = conditionLists(container);
    expect(list?.summary).toBe('满足 1/1 项条件');
    expect(list?.items[0]).toEqual({ mark: 'met', text: expect.stringContaining('在全市技能大赛获得第一名') });
    expect(expectQuotesInArticle(container, 13)).toBe(1);
  });
});

describe('技工院校毕业生 (第十五条)', () => {
  it('高级工班, not starting a business: the treatment 1/1; the startup supports ✓ graduate ✗ 创业, a reading, so still 还需确认', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('技工院校高级工班'));
    fireEvent.click(screen.getByLabelText('否'));
    const [treatment, startup] = conditionLists(container);
    expect(treatment?.summary).toBe('参照学历待遇：满足 1/1 项条件');
    expect(startup?.summary).toBe('创业扶持：满足 1/2 项条件');
    expect(startup?.items.map((i) => i.mark)).toEqual(['met', 'failed']);
    expect(resultRegion(container).textContent).toContain(
      '本站理解，不是办法原话：办法写的是毕业生“按有关规定享受促进就业创业政策”',
    );
    expect(resultRegion(container).textContent).toContain('还需确认：“按有关规定享受”');
    expect(expectQuotesInArticle(container, 15)).toBe(3);
  });

  it('高级工班, 创业 not answered: 创业 ? (answer the question), and the startup supports stay 还需确认 “按有关规定”', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('技工院校高级工班'));
    const [, startup] = conditionLists(container);
    expect(startup?.items.map((i) => i.mark)).toEqual(['met', 'unknown']);
    expect(startup?.items[1]?.text).toContain('请先回答上面的问题');
    expect(resultRegion(container).textContent).toContain('还需确认：“按有关规定享受”');
  });

  it('其他 school: the graduate condition ✗ in both lists', () => {
    const { container } = renderCalculator('graduate-support');
    fireEvent.click(screen.getByLabelText('其他学校或班级'));
    const lists = conditionLists(container);
    expect(lists.map((l) => l.items[0]?.mark)).toEqual(['failed', 'failed']);
    expect(lists[0]?.items[0]?.text).toContain('技工院校高级工班或预备技师（技师）班毕业生');
  });
});

describe('职称直通 (第十六条)', () => {
  it('中华技能大奖: 正高级 1/1 ✓; 副高级 and 绿色通道 ✗ on the honour, the 优胜奖 reading ✓', () => {
    const { container } = renderCalculator('title-direct');
    fireEvent.click(screen.getByLabelText('中华技能大奖'));
    const [full, associate, green] = conditionLists(container);
    expect(full?.summary).toBe('满足 1/1 项条件');
    expect(full?.items[0]?.mark).toBe('met');
    expect(associate?.items.map((i) => i.mark)).toEqual(['failed', 'met']);
    expect(green?.items.map((i) => i.mark)).toEqual(['failed', 'met']);
    expect(expectQuotesInArticle(container, 16)).toBe(5);
  });

  it('世界技能大赛优胜奖 alone: 副高级 meets the words, but the reading (是否算“世赛获奖者”) does not hold: ✗ with 本站理解', () => {
    const { container } = renderCalculator('title-direct');
    fireEvent.click(screen.getByLabelText('世界技能大赛优胜奖'));
    const [, associate] = conditionLists(container);
    expect(associate?.summary).toBe('满足 1/2 项条件');
    expect(associate?.items.map((i) => i.mark)).toEqual(['met', 'failed']);
    expect(associate?.items[1]?.text).toContain('本站理解，不是办法原话');
  });
});
