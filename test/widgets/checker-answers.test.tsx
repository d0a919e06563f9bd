// @vitest-environment happy-dom
/**
 * What the reader enters is never lost or distorted in the checker: sums of money this person or unit can receive,
 * steps already passed apart, invalid answers blocking the step with an error summary, answers another answer makes
 * irrelevant kept, and questions that stay where they are.
 */
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import Checker from '../../src/widgets/Checker';
import { checkerPage } from './checker-page';
import {
  allQuestions,
  answerRows,
  effectiveAnswers,
  givenAnswers,
  stepsFor,
  type Answers,
  type Question,
} from '../../src/widgets/check-profile';

const open = checkerPage();

describe('the summary card adds only money this reader can receive', () => {
  it('an enterprise that gave no count of people trained: no 还需确认的金额, and 第六条 shows 每人 4,000 元', async () => {
    const { container } = open('?kind=organisation&organisationType=enterprise&step=result');
    await waitFor(() => expect(container.querySelector('.check-overview')).not.toBeNull());
    expect(container.querySelector('[data-sum="to-confirm"]')).toBeNull();
    expect(container.querySelector('.check-overview')?.textContent).not.toContain('1.1 万元');
    const card = container.querySelector('[data-benefit="technician-training-subsidy"]');
    expect(card?.querySelector('.result-amount')?.textContent).toBe('金额：每人 4,000 元');
  });

  it('a 技工院校 with 2 studios: 20 万元 to confirm, the one amount listed under it', async () => {
    const { container } = open('?kind=organisation&organisationType=technical-school&newStudios=2&step=result');
    await waitFor(() => expect(container.querySelector('[data-sum="to-confirm"]')).not.toBeNull());
    expect(container.querySelector('[data-sum="to-confirm"]')?.textContent).toBe('20 万元');
    const listed = [...container.querySelectorAll('[data-summed]')].map((li) => li.getAttribute('data-summed'));
    expect(listed).toEqual(['master-studio-grant']);
  });
});

describe('steps already passed', () => {
  it('a 高级工 who went to 中职: 中级工评价 under 您已取得该等级或更高等级, not under 可以享受', async () => {
    const { container } = open('?kind=person&education=secondary-vocational-graduate&skillLevel=advanced&step=result');
    await waitFor(() => expect(container.querySelector('[data-group="alreadyHeld"]')).not.toBeNull());
    const held = container.querySelector('[data-group="alreadyHeld"]');
    expect(held?.querySelector('h2')?.textContent).toContain('您已取得该等级或更高等级');
    expect(held?.querySelector('[data-benefit="intermediate-evaluation"]')).not.toBeNull();
    expect(container.querySelector('[data-group="eligible"] [data-benefit="intermediate-evaluation"]')).toBeNull();
  });
});

const field = (id: string) => document.getElementById(`check-${id}`) as HTMLInputElement;

describe('an answer is never dropped', () => {
  it('an invalid count blocks 下一步: the error summary takes focus and links to the field, which keeps “两个”', async () => {
    const { container } = open('?kind=organisation&step=2');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步'));
    fireEvent.click(screen.getByLabelText(/^企业/));
    fireEvent.click(screen.getByLabelText(/^是/));
    await waitFor(() => expect(field('newStudios')).not.toBeNull());
    fireEvent.input(field('newStudios'), { target: { value: '两个' } });
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    const summary = await waitFor(() => {
      const s = container.querySelector<HTMLElement>('.check-error-summary');
      expect(s).not.toBeNull();
      return s as HTMLElement;
    });
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('h3')?.textContent).toBe('出现了问题');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // still on step 2, the answer kept
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步');
    expect(field('newStudios').value).toBe('两个');
    const link = summary.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#check-newStudios');
    fireEvent.click(link as HTMLAnchorElement);
    expect(document.activeElement).toBe(field('newStudios'));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('newStudios')).toBe('两个'));
  });

  it('an invalid amount on the last step blocks 查看结果', async () => {
    const { container } = open('?kind=organisation&organisationType=enterprise&step=3');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 3 步'));
    fireEvent.input(field('educationSpending'), { target: { value: '一百万' } });
    fireEvent.click(screen.getByRole('button', { name: '查看结果' }));
    await waitFor(() => expect(container.querySelector('.check-error-summary a')).not.toBeNull());
    expect(container.querySelector('[data-group]')).toBeNull();
    expect(container.querySelector('.check-error-summary a')?.getAttribute('href')).toBe('#check-educationSpending');
  });

  it('from a link, ?newStudios=两个 is shown in its field with its message, on its step, not dropped', async () => {
    const { container } = open(
      '?kind=organisation&organisationType=enterprise&leadingEnterprise=yes&newStudios=两个&step=result',
    );
    await waitFor(() => expect(container.querySelector('.check-error-summary')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步');
    expect(field('newStudios').value).toBe('两个');
    expect(field('newStudios').getAttribute('aria-invalid')).toBe('true');
    // the message is at the field and in the summary, not in the link notice above
    expect(container.querySelector('.check-notice')).toBeNull();
  });

  it('龙头企业 否 and 0 studios from a link: both kept, 龙头企业 marked 本次结果未用到, and 第八条 is not 还需确认', async () => {
    const { container } = open(
      '?kind=organisation&organisationType=enterprise&leadingEnterprise=no&newStudios=0&step=result',
    );
    await waitFor(() => expect(container.querySelector('[data-group]')).not.toBeNull());
    // 0 new studios refuses 第八条 whatever the answer about 龙头企业: that answer is kept, and marked
    expect(container.querySelector('.check-summary dd[data-answer="leadingEnterprise"]')?.textContent).toBe(
      '否（本次结果未用到）',
    );
    expect(container.querySelector('.check-summary dd[data-answer="newStudios"]')?.textContent).toBe('0 个');
    expect(container.querySelector('[data-group="notEligible"] [data-benefit="master-studio-grant"]')).not.toBeNull();
    expect(container.textContent).not.toContain('还没有回答“是否龙头企业”');
    const url = new URLSearchParams(window.location.search);
    expect([url.get('leadingEnterprise'), url.get('newStudios')]).toEqual(['no', '0']);
  });

  it('an answer made irrelevant counts again when the other answer changes', async () => {
    const { container } = open(
      '?kind=organisation&organisationType=enterprise&leadingEnterprise=yes&newStudios=0&step=2',
    );
    await waitFor(() => expect(field('newStudios')).not.toBeNull());
    fireEvent.input(field('newStudios'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 3 步'));
    fireEvent.click(screen.getByRole('button', { name: '查看结果' }));
    await waitFor(() => expect(container.querySelector('[data-group]')).not.toBeNull());
    expect(container.querySelector('.check-summary dd[data-answer="leadingEnterprise"]')?.textContent).toBe('是');
    expect(container.querySelector('[data-sum="to-confirm"]')?.textContent).toBe('20 万元');
  });
});

describe('questions stay where they are', () => {
  it('不确定 is a choice on 突出贡献和特殊技能; chosen, it is 您的回答 and leads to 还需确认', async () => {
    const { container } = open('?kind=person&skillLevel=advanced&step=2');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步'));
    const group = screen.getByRole('group', { name: '您是否属于“有突出贡献和特殊技能的人员”？' });
    const unsure = [...group.querySelectorAll('label')].find((l) => l.textContent === '不确定');
    fireEvent.click(unsure?.querySelector('input') as HTMLInputElement);
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('outstandingContribution')).toBe('unsure'),
    );
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${window.location.search.replace('step=2', 'step=result')}`,
    );
    cleanup();
    const again = render(<Checker officialWords={{}} />);
    await waitFor(() => expect(again.container.querySelector('[data-group]')).not.toBeNull());
    expect(again.container.querySelector('.check-summary dd[data-answer="outstandingContribution"]')?.textContent).toBe(
      '不确定',
    );
    const card = again.container.querySelector(
      '[data-group="needsConfirmation"] [data-benefit="relaxed-technician-requirements"]',
    );
    expect(card?.querySelector('.result-reason')?.textContent).toContain('选了“不确定”');
    expect(container.isConnected).toBe(false);
  });

  it('typing 0 studios keeps 龙头企业 above the cursor; a question an answer adds comes below it and is announced', async () => {
    const { container } = open('?kind=organisation&step=2');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步'));
    // the questions in the order on screen, by field (a choice's inputs share its name; a typed field is check-<id>)
    const ids = () => [
      ...new Set(
        [...container.querySelectorAll<HTMLInputElement>('.check-step input')].map(
          (e) => `check-${e.name.replace(/^check-/, '')}`,
        ),
      ),
    ];
    fireEvent.click(screen.getByLabelText(/^企业/));
    await waitFor(() => expect(ids()).toContain('check-leadingEnterprise'));
    expect(ids().indexOf('check-leadingEnterprise')).toBe(ids().indexOf('check-organisationType') + 1);
    expect(container.querySelector('.check-step [aria-live="polite"]')?.textContent).toContain('下方新增');
    fireEvent.click(screen.getByLabelText(/^是/));
    fireEvent.input(field('newStudios'), { target: { value: '0' } });
    await waitFor(() => expect(field('newStudios').value).toBe('0'));
    expect(ids()).toEqual(['check-organisationType', 'check-leadingEnterprise', 'check-newStudios']);
    expect(document.activeElement === field('newStudios') || document.activeElement === document.body).toBe(true);
  });
});

/** Answers a reader could give: each question's choices, typed text (valid or not), or none. */
function answersFor(q: Question): string[] {
  if (q.kind === 'one') return q.options.map((o) => o.value);
  if (q.kind === 'many') return ['', ...q.options.map((o) => o.value), q.options.map((o) => o.value).join(',')];
  if (q.id === 'advancedCertificateDate') return ['2020-01-01', '2026年3月1日', '去年', '2099-01-01'];
  return ['0', '3', '120万', '两个', '一百万', '-1', 'abc'];
}
const reachable = fc.constantFrom('person', 'organisation').chain((kind) =>
  fc
    .record(
      Object.fromEntries(
        allQuestions
          .filter((q) => q.id !== 'kind')
          .map((q) => [q.id, fc.option(fc.constantFrom(...answersFor(q)), { nil: undefined, freq: 2 })]),
      ) as Record<string, fc.Arbitrary<string | undefined>>,
    )
    .map((r): Answers => {
      const a: Answers = { kind };
      for (const [k, v] of Object.entries(r)) if (v !== undefined) a[k as keyof Answers] = v;
      return a;
    }),
);

describe('您的回答 over every reachable set of answers', () => {
  it('every answer given to the flow’s questions appears, once, in its order; unused ones are marked', () => {
    fc.assert(
      fc.property(reachable, (a) => {
        const flow = stepsFor({ kind: a.kind ?? 'person' }).flatMap((s) => s.questions);
        const given = flow.filter((q) => a[q.id] !== undefined && (a[q.id] !== '' || q.kind === 'many'));
        const rows = answerRows(a);
        expect(rows.map((r) => r.id)).toEqual(given.map((q) => q.id));
        for (const r of rows) expect(r.text.length).toBeGreaterThan(0);
        // an answer the result counts is one it could use: unused means refused or made irrelevant
        for (const r of rows.filter((x) => x.used)) expect(effectiveAnswers(a)[r.id]).toBe(a[r.id]);
        // and the URL keeps every one of them
        expect(Object.keys(givenAnswers(a)).sort()).toEqual(given.map((q) => q.id).sort());
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
