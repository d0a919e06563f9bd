/**
 * The calculators on the built site, used like a person: click a field, select what is there, type, read the screen.
 * One journey per calculator on its real page (built, hydrated, under the CSP); the cases of each calculator (bad
 * input, full-width digits, emptied fields, leap days) are covered by the widget tests in test/widgets/, which run in
 * milliseconds. Expected figures are written by hand from the measure's words, never computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, type PageOptions, useSharedPages, useSite, waitForIslands } from './harness';
import { cspViolations, RECORD_CSP_VIOLATIONS } from './audit';
import { calculatorNames } from '../../src/components/calculators';
import { calculatorPath } from '../../src/rules';
import { HOSTILE_MARKERS, HOSTILE_TEXTS } from '../hostile-link';

const site = useSite();
// one tab for each set of options, reset between tests (harness.ts): the calculators keep nothing but their URL
const sharedPage = useSharedPages(site);

/** Opens a page, scrolls the calculator into view so it hydrates, runs `fn`, then checks the page's log. */
async function withCalculator(
  path: string,
  fn: (page: Page) => Promise<void>,
  options: PageOptions = {},
): Promise<void> {
  const { page, log } = await sharedPage(options, [RECORD_CSP_VIOLATIONS]);
  await page.goto(site().origin + path, { waitUntil: 'load' });
  await page.locator('.calculator').first().scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await fn(page);
  expect(await cspViolations(page)).toEqual([]);
  expectClean(log);
}

/** Types into the field labelled `label` as a person does: click, select all, type (an empty string clears it). */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text, { delay: 10 });
}

const resultText = (page: Page) => page.locator('.calc-result').first().innerText();
const calculatorText = (page: Page) => page.locator('.calculator').first().innerText();

/** The field shows `message` as its error, tied to it; what was typed stays; the calculator shows no NaN. */
async function expectFieldError(page: Page, label: string, typed: string, message: RegExp): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  expect(await field.inputValue()).toBe(typed);
  const describedBy = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
  expect(descriptions.join(' ')).toMatch(message);
  expect(descriptions.join(' ')).toMatch(/[\u4e00-\u9fff]/);
  const text = await calculatorText(page);
  expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
  expect((await resultText(page)).trim().length).toBeGreaterThan(4);
}

describe('技师项目培训补贴 (第六条)', () => {
  const path = '/calculators/training-subsidy/';

  it('3 技师 + 2 高级技师 + 1 提升培训 = 1.2 万 + 1 万 + 2,000 = 2.4 万元, with the breakdown and the article', async () => {
    await withCalculator(path, async (page) => {
      await typeInto(page, '新培养技师人数', '3');
      await typeInto(page, '新培养高级技师人数', '2');
      await typeInto(page, '高级技师岗位技能提升培训人数', '1');
      const text = await resultText(page);
      expect(text).toContain('技师项目培训补贴合计：2.4 万元');
      expect(text).toMatch(/3 人 × 4,000 元\s+1\.2 万元/);
      expect(text).toMatch(/2 人 × 5,000 元\s+1 万元/);
      expect(text).toMatch(/1 人 × 2,000 元\s+2,000 元/);
      expect(await calculatorText(page)).toContain('依据：第六条');
    });
  });

  it('after an error, correcting the field brings the result back', async () => {
    await withCalculator(path, async (page) => {
      await typeInto(page, '新培养技师人数', 'abc');
      await typeInto(page, '新培养技师人数', '1');
      await expect
        .poll(() => page.getByLabel('新培养技师人数', { exact: true }).getAttribute('aria-invalid'))
        .toBeNull();
      expect(await resultText(page)).toContain('合计：4,000 元');
    });
  });

  it('the same calculator is embedded at the end of /measure/6/; its result shows its conditions, open on a wide screen', async () => {
    await withCalculator('/measure/6/', async (page) => {
      await typeInto(page, '新培养高级技师人数', '3');
      const text = await resultText(page);
      expect(text).toContain('合计：1.5 万元');
      expect(text).toContain('满足 1/1 项条件');
      // open at 1280 px: the condition and the article's words are on screen
      expect(text).toContain(
        '经技师项目新培养为高级技师（第六条：“按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型”）',
      );
      expect(text).toContain('还需确认：办法没有写明这笔资金发给谁、怎样申请');
    });
  });
});

describe('职工教育经费 (第五条)', () => {
  const path = '/calculators/education-fund/';

  it('wages 120万, spending 100,000, 一线 ７００００, nothing carried: deductible 96,000.00 元, carried forward 4,000.00 元, 70.00% ≥ 60%', async () => {
    await withCalculator(path, async (page) => {
      await typeInto(page, '本年工资薪金总额', '120万');
      await typeInto(page, '本年职工教育经费支出', '100,000');
      await typeInto(page, '其中用于一线职工培训的支出', '７００００');
      const text = await resultText(page);
      expect(text).toContain('本年可税前扣除：96,000.00 元');
      expect(text).toMatch(/扣除限额（工资薪金总额 × 8%）\s+96,000.00 元/);
      expect(text).toMatch(/结转以后年度扣除\s+4,000.00 元/);
      expect(text).toMatch(/一线职工培训占比\s+70.00%/);
      expect(text).toContain('一线职工培训占比 70.00%，达到第五条“60%以上”的要求');
    });
  });
});

describe('技能大师工作室奖补 (第八条)', () => {
  it('1 studio to start with: 10 万元; typing 3: 30 万元; typing abc: an error', async () => {
    await withCalculator('/calculators/master-studio/', async (page) => {
      expect(await resultText(page)).toContain('市财政奖补资金合计：10 万元');
      await typeInto(page, '新认定的市级技能大师工作室数量', '３');
      expect(await resultText(page)).toMatch(/3 个 × 10 万元\s+30 万元/);
      await typeInto(page, '新认定的市级技能大师工作室数量', 'abc');
      await expectFieldError(page, '新认定的市级技能大师工作室数量', 'abc', /请填写数字/);
    });
  });
});

describe('技师申报时间 (第十一条)', () => {
  const path = '/calculators/technician-date/';
  const label = '取得高级工（三级）证书的日期';

  /** Answers the first question, 您是技工院校预备技师班、技师班学生吗？ (the date field comes only after 是). */
  async function answerStudent(page: Page, answer: '是' | '不是'): Promise<void> {
    await page
      .getByRole('group', { name: /技师班学生吗/ })
      .getByLabel(answer, { exact: true })
      .check();
  }

  it('asks first whether the reader is a 技师班 student; 不是: what 第十一条 covers, and no date asked or given', async () => {
    await withCalculator(path, async (page) => {
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(0);
      await answerStudent(page, '不是');
      const text = await calculatorText(page);
      expect(text).toContain('只写给技工院校预备技师班、技师班学生');
      expect(text).toContain('其他人员申报技师的条件，办法没有写');
      expect(text).not.toContain('最早可申报');
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(0);
    });
  });

  it('是, certificate 2020-03-10: the period ends 2022年3月10日, apply from 2022年3月11日, already possible', async () => {
    await withCalculator(path, async (page) => {
      await answerStudent(page, '是');
      await typeInto(page, label, '2020-03-10');
      const text = await resultText(page);
      expect(text).toContain('最早可申报技师（二级）：2022年3月11日');
      expect(text).toContain('2022年3月10日');
      expect(text).toContain('已经可以申报');
      expect(text).toContain('民法典》第二百零二条');
    });
  });

  it('a date in the future, relative to the visitor’s clock, is refused', async () => {
    await withCalculator(path, async (page) => {
      const nextYear = new Date().getFullYear() + 1;
      await answerStudent(page, '是');
      await typeInto(page, label, `${nextYear}-01-01`);
      await expectFieldError(page, label, `${nextYear}-01-01`, /不能晚于今天/);
    });
  });
});

describe('职称直通 (第十六条)', () => {
  it('世界技能大赛金牌: 正高级 ✓, 副高级 ✓, 绿色通道 ✓; 世界技能大赛优胜奖 alone: to be confirmed', async () => {
    await withCalculator('/calculators/title-direct/', async (page) => {
      await page.getByLabel('世界技能大赛金牌', { exact: true }).check();
      let text = await resultText(page);
      expect(text).toMatch(/直接申报相应系列正高级职称：✓ 可以/);
      expect(text).toMatch(/直接申报相应系列副高级职称：✓ 可以/);
      expect(text).toMatch(/绿色通道”、人才编制政策：✓ 可以/);
      await page.getByLabel('世界技能大赛金牌', { exact: true }).uncheck();
      await page.getByLabel('世界技能大赛优胜奖', { exact: true }).check();
      text = await resultText(page);
      expect(text).toMatch(/直接申报相应系列正高级职称：✗ 不适用/);
      expect(text).toMatch(/直接申报相应系列副高级职称：\? 需向主管部门确认/);
    });
  });
});

describe('技工院校毕业生 (第十五条)', () => {
  it('预备技师（技师）班 and starting a business: 参照本科, 5,000 元, 最高 20 万元, 2 万元—15 万元', async () => {
    await withCalculator('/calculators/graduate-support/', async (page) => {
      await page.getByLabel('技工院校预备技师（技师）班').check();
      await page.getByLabel('是，准备或已经创业').check();
      const text = await resultText(page);
      expect(text).toContain('参照本科学历');
      expect(text).toMatch(/创业开业一次性补贴\s+5,000 元/);
      expect(text).toMatch(/最高 20 万元/);
      expect(text).toMatch(/2 万元—15 万元/);
    });
  });
});

describe('keyboard only: a calculator is used without a mouse', () => {
  /** Presses Tab until `target` has the focus (at most `max` times); fails if it never does. */
  async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${String(target)}`);
  }

  it('/measure/6/: Tab from the top of the page to the calculator, type the counts, read the total; Tab moves on to the source link', async () => {
    await withCalculator('/measure/6/', async (page) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('body').focus();
      const first = page.getByLabel('新培养技师人数', { exact: true });
      await tabTo(page, first);
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1');
      await expect.poll(() => resultText(page)).toContain('2.4 万元');
      // the focused field is on screen and shows a focus ring (not a hidden element)
      const focused = page.getByLabel('高级技师岗位技能提升培训人数', { exact: true });
      expect(await focused.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(
        await focused.evaluate(
          (el) => getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).boxShadow !== 'none',
        ),
      ).toBe(true);
      await tabTo(page, page.locator('.calculator .calc-source a').first(), 10);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/measure/6/');
    });
  });

  it('/calculators/competition-award/: arrow keys move through the placings and the award follows', async () => {
    await withCalculator('/calculators/competition-award/', async (page) => {
      await page.locator('body').focus();
      await tabTo(page, page.getByLabel(/^第一名/));
      await page.keyboard.press('Space');
      await expect.poll(() => resultText(page)).toContain('第一名奖励：5,000 元');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => resultText(page)).toContain('第二名奖励：3,000 元');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => resultText(page)).toContain('优胜奖奖励：1,000 元');
    });
  });
});

describe('/calculators/ lists every calculator, and without JavaScript each page shows its table', () => {
  it('/calculators/ links to every calculator of the registry, and to nothing else', async () => {
    const { page, log } = await sharedPage({}, [RECORD_CSP_VIOLATIONS]);
    await page.goto(`${site().origin}/calculators/`);
    const links = await page
      .locator('main .calc-cards h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(calculatorNames.length).toBeGreaterThanOrEqual(7);
    expect(links.sort()).toEqual(calculatorNames.map(calculatorPath).sort());
    expectClean(log);
  });

  it.each([
    ['/calculators/training-subsidy/', ['新培养技师', '4,000 元', '5,000 元', '2,000 元']],
    ['/measure/13/', ['第一名', '5,000 元', '优胜奖', '1,000 元']],
    ['/calculators/master-studio/', ['10 万元']],
    ['/calculators/education-fund/', ['8%', '60%']],
  ])('%s with JavaScript off: the table of amounts, no form', async (path, words) => {
    const { page } = await sharedPage({ javaScriptEnabled: false });
    await page.goto(site().origin + path);
    const table = page.locator('.calculator-static table');
    expect(await table.isVisible()).toBe(true);
    const text = await table.innerText();
    for (const w of words) expect(text).toContain(w);
    expect(await page.locator('.calculator-live').first().isVisible()).toBe(false);
    expect(await page.locator('main input:visible').count()).toBe(0);
  });
});

describe('at 360 px wide, with an error on screen (node scripts/screenshot.ts draws one for a person to look at)', () => {
  it.each(calculatorNames)(
    '/calculators/%s/ fits 360 px with a result and an error on screen; conditions collapsed',
    async (name) => {
      await withCalculator(
        `/calculators/${name}/`,
        async (page) => {
          const first = page.locator('main .calculator input').first();
          const type = await first.getAttribute('type');
          if (type === 'text') {
            await first.click();
            await page.keyboard.type('abc');
            await page.keyboard.press('Tab');
          } else await first.check();
          const overflow = await page.evaluate('document.scrollingElement.scrollWidth');
          expect(overflow).toBeLessThanOrEqual(360);
          // on a phone the conditions under a result start collapsed (“满足 X/Y 项条件” only)
          const open = await page
            .locator('main .calc-result details.conditions')
            .evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open));
          expect(open.every((o) => !o)).toBe(true);
        },
        { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      );
    },
  );
});

describe('a calculator keeps its result in its link (src/widgets/calculator-link.ts)', () => {
  const studios = '新认定的市级技能大师工作室数量';

  it('typed values go into the URL as they are typed; a reload and Back restore them', async () => {
    await withCalculator('/calculators/training-subsidy/', async (page) => {
      await typeInto(page, '新培养技师人数', '3');
      await typeInto(page, '新培养高级技师人数', '２人');
      await expect
        .poll(() => new URL(page.url()).search)
        .toBe(`?technicians=3&seniorTechnicians=${encodeURIComponent('２人')}`);
      await page.reload({ waitUntil: 'load' });
      await waitForIslands(page);
      await expect.poll(() => page.getByLabel('新培养技师人数', { exact: true }).inputValue()).toBe('3');
      expect(await page.getByLabel('新培养高级技师人数', { exact: true }).inputValue()).toBe('２人');
      await expect.poll(() => resultText(page)).toContain('技师项目培训补贴合计：2.2 万元');
      // away and Back: the same figures
      await page.goto(`${site().origin}/calculators/`, { waitUntil: 'load' });
      await page.goBack({ waitUntil: 'load' });
      await waitForIslands(page);
      await expect.poll(() => page.getByLabel('新培养技师人数', { exact: true }).inputValue()).toBe('3');
      await expect.poll(() => resultText(page)).toContain('2.2 万元');
    });
  });

  it('a choice and the field that appears after it (第十一条) come back from a shared link', async () => {
    await withCalculator('/calculators/technician-date/?student=yes&certificateDate=2020-03-10', async (page) => {
      await expect.poll(() => resultText(page)).toContain('最早可申报技师（二级）：2022年3月11日');
      expect(await page.getByLabel('是', { exact: true }).isChecked()).toBe(true);
    });
  });

  it('a shared link with a bad value shows it in its field with its Chinese message; hostile keys are counted, never shown', async () => {
    const params = new URLSearchParams();
    params.set('studios', '两个');
    params.set('from', 'singlemessage');
    params.set('isappinstalled', '0');
    HOSTILE_TEXTS.forEach((text, i) => {
      params.set(text, text);
      params.set(`x${i}`, text);
    });
    await withCalculator(`/calculators/master-studio/?${params.toString()}`, async (page) => {
      await expectFieldError(page, studios, '两个', /请填写数字/);
      const notice = page.locator('.calc-link-notice');
      await expect
        .poll(() => notice.innerText())
        .toBe(`链接中有 ${HOSTILE_TEXTS.length * 2} 项无法识别的内容，已忽略。`);
      const text = await page.locator('body').innerText();
      for (const marker of HOSTILE_MARKERS) expect(text).not.toContain(marker);
      expect(text).not.toContain('singlemessage');
      // the address bar keeps what the calculator uses, the bad value included, and nothing else
      await expect.poll(() => new URL(page.url()).search).toBe(`?studios=${encodeURIComponent('两个')}`);
    });
  });

  it('复制结果链接 pressed while its code is still on its way (loaded by the typing before) copies once it arrives', async () => {
    await withCalculator(
      '/calculators/master-studio/',
      async (page) => {
        // the module of the buttons (src/widgets/calculator-link.ts) is held until the button has been pressed
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        const module = /CalculatorLink\.astro.*\.js$/;
        await page.route(module, async (route) => {
          await held;
          await route.continue();
        });
        try {
          const requested = page.waitForRequest(module);
          await typeInto(page, studios, '4');
          await requested;
          await page.getByRole('button', { name: '复制结果链接' }).click();
          release();
          await expect.poll(() => page.locator('.calculator [data-calc-copied]').innerText()).toBe('✓ 链接已复制');
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
            `${site().origin}/calculators/master-studio/?studios=4`,
          );
        } finally {
          release();
          await page.unroute(module);
        }
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  it('复制结果链接 copies the address with the inputs; 打印 prints the result with its full link', async () => {
    await withCalculator(
      '/calculators/master-studio/',
      async (page) => {
        await typeInto(page, studios, '3');
        await page.getByRole('button', { name: '复制结果链接' }).click();
        await expect.poll(() => page.locator('.calculator [data-calc-copied]').innerText()).toBe('✓ 链接已复制');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          `${site().origin}/calculators/master-studio/?studios=3`,
        );
        await page.evaluate(() => {
          window.print = () => document.documentElement.setAttribute('data-test-printed', '');
        });
        await page.getByRole('button', { name: '打印' }).click();
        await expect.poll(() => page.locator('html').getAttribute('data-test-printed')).toBe('');
        await page.emulateMedia({ media: 'print' });
        const link = page.locator('.calculator [data-calc-printed-link]');
        expect(await link.isVisible()).toBe(true);
        expect(await link.innerText()).toBe(`结果链接：${site().origin}/calculators/master-studio/?studios=3`);
        expect(await resultText(page)).toContain('30 万元');
        expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
        // a preview build knows no public address: no QR code (a phone could not open 127.0.0.1)
        expect(await page.locator('.calculator [data-calc-qr] svg').count()).toBe(0);
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });
});
