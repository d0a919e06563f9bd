/**
 * 政策匹配 /check/ on the built site, used like a person: pick answers by their labels step by step, then compare the
 * three groups on screen with what the rules module's evaluate() gives for the same profile. Also: the URL round-trip
 * (a reload: the checker keeps nothing but the URL), a tampered query, Back keeping answers, a keyboard-only journey, and the
 * copy / print / start-again buttons. No console errors, no request beyond the local server.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluate, type Evaluation } from '../../src/rules/evaluate';
import { profileQuestionLabels } from '../../src/rules';
import { expectClean, type SharedPage, useSharedPages, useSite, waitForIslands } from './harness';
import { cspViolations, RECORD_CSP_VIOLATIONS } from './audit';

const site = useSite();

/** The visitor's date as the browser (same machine, same zone) sees it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type Action =
  | { choose: [legend: string, option: string] }
  | { tick: [legend: string, option: string] }
  | { type: [label: string, text: string] };

interface Journey {
  name: string;
  /** What a person does, step by step; each step ends with 下一步 (the last with 查看结果). */
  steps: Action[][];
  /** The same answers as the profile evaluate() reads. */
  profile: Record<string, string | string[]>;
}

// One person paid a certain amount, one student whose answer is a typed date, one organisation: the other
// profiles are evaluate()'s cases (test/rules/, content/examples/) and the checker's widget tests (test/widgets/).
const journeys: Journey[] = [
  {
    name: '一线技师, newly trained by the 技师项目, 全市技能大赛第一名',
    steps: [
      [{ choose: ['您是？', '个人'] }],
      [
        { choose: ['职业技能等级', '技师（二级）'] },
        { choose: ['第六条的“技师项目”', '经技师项目新培养为技师'] },
        { choose: ['生产一线', '是'] },
        { choose: ['突出贡献', '否'] },
      ],
      [{ choose: ['学历或在读情况', '以上都不是'] }, { choose: ['在岗的技能人员', '是'] }],
      [{ choose: ['全市技能大赛', '第一名'] }, { choose: ['新引进', '否'] }],
    ],
    profile: {
      kind: 'person',
      skillLevel: 'technician',
      trainingProject: 'new-technician',
      frontline: 'yes',
      outstandingContribution: 'no',
      education: 'other',
      employed: 'yes',
      competitionPlacing: 'first',
      honours: [],
      newlyIntroduced: 'no',
    },
  },
  {
    name: '技工院校技师班 student with a 高级工 certificate of 29 February 2024',
    steps: [
      [{ choose: ['您是？', '个人'] }],
      [
        { choose: ['职业技能等级', '高级工（三级）'] },
        { choose: ['第六条的“技师项目”', '没有参加技师项目'] },
        { choose: ['生产一线', '否'] },
        { choose: ['突出贡献', '否'] },
      ],
      [
        { choose: ['学历或在读情况', '技工院校预备技师班、技师班在读学生'] },
        { type: ['取得高级工（三级）证书的日期', '2024年2月29日'] },
        { choose: ['在岗的技能人员', '否'] },
      ],
      [{ choose: ['全市技能大赛', '没有获奖'] }, { choose: ['新引进', '否'] }],
    ],
    profile: {
      kind: 'person',
      skillLevel: 'advanced',
      trainingProject: 'none',
      frontline: 'no',
      outstandingContribution: 'no',
      education: 'technical-school-technician-class-student',
      advancedCertificateDate: '2024-02-29',
      employed: 'no',
      competitionPlacing: 'none',
      honours: [],
      newlyIntroduced: 'no',
    },
  },
  {
    name: 'a leading enterprise with 2 new studios and its education fund',
    steps: [
      [{ choose: ['您是？', '单位'] }],
      [
        { choose: ['贵单位是？', '企业'] },
        { choose: ['龙头企业', '是'] },
        { type: ['新认定的市级技能大师工作室个数', '２'] },
      ],
      [
        { type: ['本年工资薪金总额', '120万'] },
        { type: ['本年职工教育经费支出', '100,000'] },
        { type: ['其中用于一线职工培训的支出', '70000'] },
      ],
    ],
    profile: {
      kind: 'organisation',
      organisationType: 'enterprise',
      leadingEnterprise: 'yes',
      newStudios: '２',
      wages: '120万',
      educationSpending: '100,000',
      frontlineSpending: '70000',
    },
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function act(page: Page, a: Action): Promise<void> {
  if ('choose' in a || 'tick' in a) {
    const [legend, option] = 'choose' in a ? a.choose : a.tick;
    const group = page.locator('main fieldset', { has: page.locator('legend', { hasText: legend }) });
    await group.getByLabel(new RegExp(`^${escape(option)}`)).check();
  } else {
    const field = page.getByLabel(a.type[0], { exact: true });
    await field.click();
    await page.keyboard.type(a.type[1], { delay: 5 });
  }
}

async function nextStep(page: Page): Promise<void> {
  await page.locator('main .check-step button[type=submit]').click();
}

/** The benefit ids on screen, by group. */
async function groupsOnScreen(page: Page): Promise<Record<string, string[]>> {
  await page.waitForSelector('main .check-results');
  return page.evaluate(`(() => {
    const out = {};
    for (const s of document.querySelectorAll('main [data-group]')) out[s.getAttribute('data-group')] = Array.from(s.querySelectorAll('[data-benefit]')).map((c) => c.getAttribute('data-benefit'));
    return out;
  })()`);
}

/** The groups evaluate() gives, by id; a group with nothing in it is not shown, so it is left out here too. */
function expectedGroups(e: Evaluation): Record<string, string[]> {
  const all = {
    eligible: e.eligible,
    needsConfirmation: e.needsConfirmation,
    alreadyHeld: e.alreadyHeld,
    notEligible: e.notEligible,
  };
  return Object.fromEntries(
    Object.entries(all)
      .filter(([, items]) => items.length > 0)
      .map(([k, items]) => [k, items.map((b) => b.id)]),
  );
}

// one tab, reset between tests (harness.ts): the checker keeps nothing but its URL
const sharedPage = useSharedPages(site);

async function withChecker(fn: (opened: SharedPage) => Promise<void>, path = '/check/'): Promise<void> {
  const opened = await sharedPage({}, [RECORD_CSP_VIOLATIONS]);
  await opened.page.goto(site().origin + path, { waitUntil: 'load' });
  await waitForIslands(opened.page);
  await fn(opened);
  expectClean(opened.log);
  expect(await cspViolations(opened.page)).toEqual([]);
}

describe('/check/ journeys: what is on screen is what evaluate() says', () => {
  it.each(journeys)('$name', async (j) => {
    const expected = evaluate({ ...j.profile, asOf: today() });
    expect(expected.ok).toBe(true);
    await withChecker(async ({ page }) => {
      for (const [i, step] of j.steps.entries()) {
        await expect.poll(() => page.locator('main .check-step h2').innerText()).toContain(`第 ${i + 1} 步`);
        for (const a of step) await act(page, a);
        // the number of steps follows the answers (个人 or 单位, 企业 or not)
        if (i > 0) expect(await page.locator('main .check-step h2').innerText()).toContain(`共 ${j.steps.length} 步`);
        await nextStep(page);
      }
      expect(await groupsOnScreen(page)).toEqual(expectedGroups(expected));
      // 暂不符合 is collapsed: open it as a person would, to read its cards
      if (expected.notEligible.length > 0) await page.locator('main details.result-more > summary').click();
      const main = await page.locator('main').innerText();
      for (const b of [...expected.eligible, ...expected.needsConfirmation, ...expected.notEligible]) {
        const card = page.locator(`main [data-benefit="${b.id}"]`);
        const text = await card.innerText();
        expect(text).toContain(b.title);
        expect(text).toContain(b.reason);
        if (b.amountText) expect(text).toContain(b.amountText);
        for (const s of b.arithmetic) expect(text).toContain(s.text);
        if (b.whatWouldChange) expect(text).toContain(b.whatWouldChange);
        expect(await card.locator(`a[href="/measure/${b.articles[0]}/"]`).count()).toBe(1);
      }
      expect(main).not.toMatch(/NaN|undefined|\[object/);

      // the URL round-trip: the checker keeps nothing but the URL, so a reload is the link opened anywhere
      expect(new URL(page.url()).searchParams.get('step')).toBe('result');
      await page.reload({ waitUntil: 'load' });
      await waitForIslands(page);
      expect(await groupsOnScreen(page)).toEqual(expectedGroups(expected));
      expect(await page.locator('main .check-notice').count()).toBe(0);
    });
  });
});

describe('/check/ behaviour', () => {
  it('the official words of each article open inline', async () => {
    await withChecker(async ({ page }) => {
      const card = page.locator('main [data-benefit="city-competition-award"]');
      await card.getByText('查看第十三条原文').click();
      expect(await card.locator('blockquote').innerText()).toContain(
        '每2年举办一届，对获得全市技能大赛第一名、第二名、第三名和优胜奖的选手',
      );
    }, '/check/?kind=person&competitionPlacing=second&step=result');
  });

  it('a choice made and 下一步 pressed before the checker has arrived are kept, and carried out once it has', async () => {
    await withChecker(async ({ page }) => {
      // the page loads only the checker's loader; hold the checker itself (fetched on the first move) until the
      // reader has chosen and pressed 下一步, as on a slow network
      let release = () => {};
      const released = new Promise<void>((done) => (release = done));
      const held: string[] = [];
      await page.route('**/_astro/*.js', async (route) => {
        held.push(route.request().url());
        await released;
        await route.continue();
      });
      await act(page, { choose: ['您是？', '单位'] });
      await nextStep(page);
      await expect.poll(() => held.length).toBeGreaterThan(0);
      // nothing was submitted as a plain form: still step 1, same address, the choice still made
      expect(await page.locator('main .check-step h2').innerText()).toContain('第 1 步');
      expect(new URL(page.url()).search).toBe('');
      expect(await page.getByLabel(/^单位/).isChecked()).toBe(true);
      release();
      await expect.poll(() => page.locator('main .check-step h2').innerText()).toContain('第 2 步');
      expect(new URL(page.url()).searchParams.get('kind')).toBe('organisation');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await page.unrouteAll();
    });
  });

  it('a tampered query: each bad field is ignored with a notice in plain text, the rest is kept; nothing is parsed as HTML', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    await withChecker(async ({ page }) => {
      const notice = await page.locator('main .check-notice').innerText();
      // the unknown key is counted, never quoted; the bad field is named by its label, not its parameter name
      expect(notice).toContain('链接中有 1 项无法识别的内容，已忽略');
      expect(notice).not.toContain('onerror');
      expect(notice).toContain(`“${profileQuestionLabels.skillLevel}”`);
      expect(notice).not.toContain('skillLevel');
      expect(await page.locator('main img').count()).toBe(0);
      const groups = await groupsOnScreen(page);
      expect(groups['eligible']).toContain('city-competition-award');
      const expected = evaluate({ kind: 'person', competitionPlacing: 'first', asOf: today() });
      expect(groups).toEqual(expectedGroups(expected));
      // the ignored fields are gone from the URL
      expect(new URL(page.url()).searchParams.has('skillLevel')).toBe(false);
    }, `/check/?kind=person&skillLevel=wizard&${hostile}=1&competitionPlacing=first&step=result`);
  });

  it('?step=result without the first answer starts at step 1 and says why', async () => {
    await withChecker(async ({ page }) => {
      expect(await page.locator('main .check-notice').innerText()).toContain('请从第一步开始');
      expect(await page.locator('main .check-step h2').innerText()).toContain('第 1 步');
    }, '/check/?step=result');
  });

  it('Back keeps every answer; the step indicator follows', async () => {
    await withChecker(async ({ page }) => {
      await act(page, { choose: ['您是？', '个人'] });
      await nextStep(page);
      await act(page, { choose: ['职业技能等级', '高级工（三级）'] });
      await act(page, { choose: ['第六条的“技师项目”', '没有参加技师项目'] });
      await nextStep(page);
      expect(await page.locator('main .check-steps [aria-current="step"]').innerText()).toContain('学习与工作');
      await page.getByRole('button', { name: '上一步' }).click();
      await page.getByRole('button', { name: '上一步' }).click();
      expect(await page.getByLabel(/^个人/).isChecked()).toBe(true);
      await nextStep(page);
      expect(await page.getByLabel(/^高级工（三级）/).isChecked()).toBe(true);
      expect(await page.getByLabel(/^没有参加技师项目/).isChecked()).toBe(true);
    });
  });

  it('copy the result link, print, start again', async () => {
    await withChecker(async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
      await page.getByRole('button', { name: '复制结果链接' }).click();
      await expect.poll(() => page.locator('main .check-actions .copied').innerText()).toContain('链接已复制');
      expect(await page.evaluate('navigator.clipboard.readText()')).toBe(page.url());
      await page.evaluate('window.print = () => { window.__printed = true; }');
      await page.getByRole('button', { name: '打印' }).click();
      expect(await page.evaluate('window.__printed')).toBe(true);
      await page.getByRole('button', { name: '重新开始' }).click();
      await expect.poll(() => new URL(page.url()).search).toBe('');
      expect(await page.getByLabel(/^个人/).isChecked()).toBe(false);
    }, '/check/?kind=person&competitionPlacing=third&step=result');
  });

  it('a bad date is refused next to the field, stays as typed (in the link too), and stops 查看结果', async () => {
    await withChecker(async ({ page }) => {
      const field = page.getByLabel('取得高级工（三级）证书的日期', { exact: true });
      await field.click();
      await page.keyboard.type('2023-02-30');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.inputValue()).toBe('2023-02-30');
      const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
      const described = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
      expect(described.join(' ')).toContain('不是一个存在的日期');
      // never dropped: the link keeps it as typed, and the step does not go on until it is corrected
      await expect.poll(() => new URL(page.url()).searchParams.get('advancedCertificateDate')).toBe('2023-02-30');
      const before = await page.locator('main .check-step h2').innerText();
      await nextStep(page);
      await expect.poll(() => page.locator('main .check-error-summary a').innerText()).toContain('不是一个存在的日期');
      expect(await page.locator('main .check-step h2').innerText()).toBe(before);
    }, '/check/?kind=person&education=technical-school-technician-class-student&step=3');
  });
});

describe('/check/ with the keyboard only', () => {
  it('Tab, Space and Enter take a person from the first question to the result', async () => {
    await withChecker(async ({ page }) => {
      // Tab until the first choice of the form has focus
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(`document.activeElement?.getAttribute('name') === 'kind'`)) break;
      }
      expect(await page.evaluate(`document.activeElement?.getAttribute('name')`)).toBe('kind');
      await page.keyboard.press('Space'); // 个人
      await page.keyboard.press('Enter'); // submits the step: 下一步
      // each later step: Tab through it; on a question not yet answered Space picks its first choice (text fields are
      // left empty); on 下一步 / 查看结果 Enter goes on. Which questions a step holds follows the answers, so the step is
      // read as it comes, not counted beforehand.
      const onUnansweredRadio = `(() => { const e = document.activeElement;
        return e instanceof HTMLInputElement && e.type === 'radio' && !document.querySelector('main input[name="' + e.name + '"]:checked'); })()`;
      const onSubmit = `document.activeElement?.matches('main .check-step button[type=submit]') === true`;
      for (let step = 2; step <= 6; step++) {
        await expect.poll(() => page.evaluate(`document.activeElement?.tagName`)).toBe('H2');
        if ((await page.evaluate(`document.activeElement?.textContent`)) === '匹配结果') break;
        let submitted = false;
        for (let i = 0; i < 40 && !submitted; i++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(onUnansweredRadio)) await page.keyboard.press('Space');
          else if (await page.evaluate(onSubmit)) {
            await page.keyboard.press('Enter');
            submitted = true;
          }
        }
        expect(submitted, `step ${step}: 下一步 reached with Tab`).toBe(true);
      }
      await expect.poll(() => page.evaluate(`document.activeElement?.textContent`)).toBe('匹配结果');
      // what is on screen is what evaluate() says for the answers the link now carries
      const answers = Object.fromEntries([...new URL(page.url()).searchParams].filter(([k]) => k !== 'step'));
      expect(await groupsOnScreen(page)).toEqual(expectedGroups(evaluate({ ...answers, asOf: today() })));
      // the result's buttons are reachable with Tab
      let reached = false;
      for (let i = 0; i < 200 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(`document.activeElement?.textContent === '重新开始'`);
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('main .check-step h2').innerText()).toContain('第 1 步');
    });
  });
});
