// @vitest-environment happy-dom
/**
 * The checker (政策匹配) in a DOM: steps, Back, the URL as the place the answers live, a tampered query, and the
 * result groups as the rules module's evaluate() gives them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Checker from '../../src/widgets/Checker';
import { readStep, writeStep } from '../../src/widgets/check-url';
import fc from 'fast-check';
import {
  effectiveAnswers,
  isShown,
  allQuestions,
  stepsFor,
  type Answers,
  type Question,
} from '../../src/widgets/check-profile';
import { evaluate, profileQuestionLabels, questionFields, type Evaluation } from '../../src/rules';

const WORDS = { '13': '第十三条 发挥职业技能竞赛引领作用。……分别给予5000元、3000元、2000元和1000元奖励。' };

function open(query: string) {
  window.history.replaceState(null, '', `/check/${query}`);
  return render(<Checker officialWords={WORDS} />);
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('政策匹配: steps', () => {
  it('starts at step 1, moves on with 下一步, keeps answers on 上一步, and writes them to the URL', async () => {
    open('');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 1 步'));
    fireEvent.click(screen.getByLabelText(/^个人/));
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步，共 4 步：技能等级'),
    );
    fireEvent.click(screen.getByLabelText(/^技师（二级）/));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('skillLevel')).toBe('technician'));
    expect(new URLSearchParams(window.location.search).get('kind')).toBe('person');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: '上一步' }));
    await waitFor(() => expect((screen.getByLabelText(/^个人/) as HTMLInputElement).checked).toBe(true));
  });

  it('asks a 高级工 whether he works on the front line (第九条 reads it), and words 第十条 as the article does (和, not 或)', async () => {
    open('?kind=person&step=2');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步'));
    fireEvent.click(screen.getByLabelText(/^高级工（三级）/));
    await waitFor(() => expect(screen.queryByText('您在企业的生产一线工作吗？')).not.toBeNull());
    expect(screen.queryByText('您是否属于“有突出贡献和特殊技能的人员”？')).not.toBeNull();
    expect(document.body.textContent).not.toContain('由评价机构认定');
  });
});

describe('政策匹配: result', () => {
  it('a shared link opens on the result: 全市技能大赛第一名 is 可以享受 with 5,000 元 and the article’s words', async () => {
    const { container } = open('?kind=person&competitionPlacing=first&step=result');
    await waitFor(() => expect(container.querySelector('[data-group="eligible"]')).not.toBeNull());
    const card = container.querySelector('[data-group="eligible"] [data-benefit="city-competition-award"]');
    expect(card?.textContent).toContain('5,000 元');
    expect(card?.querySelector('details.conditions summary')?.textContent).toBe('满足 1/1 项条件');
    expect(card?.querySelector('.condition-list li[data-mark="met"]')?.textContent).toContain(
      '获得全市技能大赛第一名、第二名、第三名和优胜奖的选手',
    );
    expect(card?.querySelector('details blockquote')?.textContent).toContain('第十三条');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('/measure/13/');
    expect(container.querySelector('[data-group="needsConfirmation"]')?.textContent).toContain('还需确认');
    // a group with nothing in it is not shown
    expect(container.querySelector('[data-group="notEligible"]')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|undefined/);
  });

  it('a tampered query: the bad field is named, the unknown key counted (never quoted), the rest is used', async () => {
    const { container } = open(`?kind=person&competitionPlacing=gold&${encodeURIComponent('<b>x</b>')}=1&step=result`);
    await waitFor(() => expect(container.querySelector('.check-notice')).not.toBeNull());
    const notice = container.querySelector('.check-notice')?.textContent ?? '';
    // the question by its Chinese label, not the field's internal name
    expect(notice).toContain(`链接中的“${profileQuestionLabels.competitionPlacing}”无效`);
    expect(notice).not.toContain('competitionPlacing');
    expect(notice).toContain('链接中有 1 项无法识别的内容，已忽略');
    expect(notice).not.toContain('<b>x</b>');
    expect(container.querySelector('.check-notice b')).toBeNull();
    expect(
      container
        .querySelector('[data-benefit="city-competition-award"]')
        ?.closest('[data-group]')
        ?.getAttribute('data-group'),
    ).toBe('needsConfirmation');
  });
});

describe('the step in the URL', () => {
  it.each([
    [null, { kind: 'step', index: 0 }, false],
    ['2', { kind: 'step', index: 1 }, false],
    ['result', { kind: 'result' }, false],
    ['9', { kind: 'step', index: 0 }, true],
    ['<script>', { kind: 'step', index: 0 }, true],
  ])('step=%s reads as %j (ignored: %s)', (raw, step, ignored) => {
    const params = new URLSearchParams(raw === null ? '' : `step=${encodeURIComponent(raw)}`);
    expect(readStep(params, 4)).toEqual({ step, ignored });
  });

  it('writes the first step as no step at all, and the result as step=result', () => {
    expect(writeStep(new URLSearchParams('kind=person'), { kind: 'step', index: 0 }).toString()).toBe('kind=person');
    expect(writeStep(new URLSearchParams('kind=person'), { kind: 'result' }).toString()).toBe(
      'kind=person&step=result',
    );
  });
});

describe('the questions', () => {
  it('a 培训机构 is asked about the education fund (第五条 may apply to any payer of 企业所得税) and about studios (第八条’s hosts are a reading of “面向”)', () => {
    expect(stepsFor({ kind: 'organisation', organisationType: 'training-institution' }).map((s) => s.title)).toEqual([
      '身份',
      '单位情况',
      '职工教育经费（选填）',
    ]);
    const studios = allQuestions.find((q) => q.id === 'newStudios');
    const leading = allQuestions.find((q) => q.id === 'leadingEnterprise');
    if (!studios || !leading) throw new Error('questions missing');
    expect(isShown(studios, { kind: 'organisation', organisationType: 'training-institution' })).toBe(true);
    expect(isShown(studios, { kind: 'organisation', organisationType: 'technical-school' })).toBe(true);
    expect(isShown(leading, { kind: 'organisation', organisationType: 'technical-school' })).toBe(false);
    expect(isShown(leading, { kind: 'organisation', organisationType: 'enterprise' })).toBe(true);
    expect(isShown(studios, { kind: 'organisation', organisationType: 'enterprise', leadingEnterprise: 'no' })).toBe(
      true,
    );
  });

  it('answers another answer makes irrelevant still count; refused answers and the other kind’s do not', () => {
    expect(
      effectiveAnswers({
        kind: 'person',
        skillLevel: 'junior',
        education: 'other',
        advancedCertificateDate: '2024-01-01',
        leadingEnterprise: 'yes',
      }),
    ).toEqual({
      kind: 'person',
      skillLevel: 'junior',
      education: 'other',
      advancedCertificateDate: '2024-01-01',
    });
    expect(
      effectiveAnswers({
        kind: 'organisation',
        organisationType: 'enterprise',
        wages: 'abc',
        educationSpending: '100',
      }),
    ).toEqual({
      kind: 'organisation',
      organisationType: 'enterprise',
      educationSpending: '100',
    });
  });
});

/** Raw answers a reader could give to a question (empty = not answered). */
function answersFor(q: Question): string[] {
  if (q.kind === 'one') return q.options.map((o) => o.value);
  if (q.kind === 'many') return ['', ...q.options.map((o) => o.value)];
  if (q.id === 'advancedCertificateDate') return ['2020-01-01', '2026-06-01'];
  return ['0', '3', '1000000'];
}
const AS_OF = '2026-11-28';
const results = (e: Evaluation) => [...e.eligible, ...e.needsConfirmation, ...e.notEligible];
const shownQuestions = (a: Answers) => stepsFor(a).flatMap((s) => s.questions.filter((q) => isShown(q, a)));

const personOrOrganisation = fc.constantFrom('person', 'organisation');
const rawAnswers = personOrOrganisation.chain((kind) =>
  fc
    .record(
      Object.fromEntries(
        allQuestions
          .filter((q) => q.id !== 'kind')
          .map((q) => [q.id, fc.option(fc.constantFrom(...answersFor(q)), { nil: undefined, freq: 3 })]),
      ) as Record<string, fc.Arbitrary<string | undefined>>,
    )
    .map((r): Answers => {
      const a: Answers = { kind };
      for (const [k, v] of Object.entries(r)) if (v !== undefined) a[k as keyof Answers] = v;
      return a;
    }),
);

describe('政策匹配: the questions are the conditions', () => {
  it('the checker has a question for exactly the fields the conditions read (or an amount uses), for each kind', () => {
    for (const kind of ['person', 'organisation'] as const) {
      const asked = new Set(
        stepsFor({ kind })
          .flatMap((s) => s.questions.map((q) => q.id))
          .filter((id) => id !== 'kind'),
      );
      expect([...asked].sort(), kind).toEqual([...questionFields(kind)].sort());
    }
  });

  it('over reachable answers (600 runs): no result asks a question that was not shown, and every question shown can change a result', () => {
    fc.assert(
      fc.property(rawAnswers, (raw) => {
        const a = effectiveAnswers(raw);
        const shown = shownQuestions(a);
        const e = evaluate({ ...a, asOf: AS_OF });
        if (!e.ok) {
          // answers that contradict each other (一线支出 > 本年支出): a Chinese message names the field, nothing is asked
          expect(Object.keys(e.errors)).toEqual(['frontlineSpending']);
          return;
        }
        const shownLabels = new Set(shown.map((q) => profileQuestionLabels[q.id]));
        for (const r of results(e)) {
          for (const c of r.conditions)
            for (const label of c.questions) expect(shownLabels, `${r.id} asks “${label}”`).toContain(label);
        }
        const before = JSON.stringify(e);
        for (const q of shown.filter((x) => x.id !== 'kind')) {
          const alternatives = [undefined, ...answersFor(q)].filter((v) => v !== a[q.id]);
          const changes = alternatives.some((v) => {
            const next: Answers = { ...a };
            if (v === undefined) delete next[q.id];
            else next[q.id] = v;
            return JSON.stringify(evaluate({ ...next, asOf: AS_OF })) !== before;
          });
          expect(changes, `question ${q.id} changes nothing for ${JSON.stringify(a)}`).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  }, 120_000);
});
