// @vitest-environment happy-dom
/**
 * The checker (政策匹配) in a DOM: steps, Back, the URL as the place the answers live, a tampered query, and the
 * result groups as the rules module's evaluate() gives them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Checker from '../../src/widgets/Checker';
import { readStep, writeStep } from '../../src/widgets/check-url';
import { effectiveAnswers, stepsFor } from '../../src/widgets/check-profile';

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
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步，共 4 步：技能等级'));
    fireEvent.click(screen.getByLabelText(/^技师（二级）/));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('skillLevel')).toBe('technician'));
    expect(new URLSearchParams(window.location.search).get('kind')).toBe('person');
    expect(new URLSearchParams(window.location.search).get('step')).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: '上一步' }));
    await waitFor(() => expect((screen.getByLabelText(/^个人/) as HTMLInputElement).checked).toBe(true));
  });

  it('asks whether one works on the front line only of a 技师 or 高级技师 (it changes nothing for others)', async () => {
    open('?kind=person&step=2');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('第 2 步'));
    expect(screen.queryByText('您在生产一线工作吗？')).toBeNull();
    fireEvent.click(screen.getByLabelText(/^高级技师（一级）/));
    await waitFor(() => expect(screen.queryByText('您在生产一线工作吗？')).not.toBeNull());
    expect(screen.queryByText('您有突出贡献或特殊技能吗？')).toBeNull();
  });
});

describe('政策匹配: result', () => {
  it('a shared link opens on the result: 全市技能大赛第一名 is 可以享受 with 5,000 元 and the article’s words', async () => {
    const { container } = open('?kind=person&competitionPlacing=first&step=result');
    // the result view is loaded on demand (a dynamic import)
    await waitFor(() => expect(container.querySelector('[data-group="eligible"]')).not.toBeNull(), { timeout: 10_000 });
    const card = container.querySelector('[data-group="eligible"] [data-benefit="city-competition-award"]');
    expect(card?.textContent).toContain('5,000 元');
    expect(card?.querySelector('details blockquote')?.textContent).toContain('第十三条');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('/measure/13/');
    expect(container.querySelector('[data-group="needsConfirmation"]')?.textContent).toContain('还需确认');
    expect(container.querySelector('[data-group="notEligible"]')?.textContent).toContain('暂不符合');
    expect(container.textContent).not.toMatch(/NaN|undefined/);
  });

  it('a tampered query: the bad field and the unknown key are listed as text, the rest is used', async () => {
    const { container } = open(`?kind=person&competitionPlacing=gold&${encodeURIComponent('<b>x</b>')}=1&step=result`);
    await waitFor(() => expect(container.querySelector('.check-notice')).not.toBeNull());
    const notice = container.querySelector('.check-notice')?.textContent ?? '';
    expect(notice).toContain('competitionPlacing');
    expect(notice).toContain('<b>x</b>');
    expect(container.querySelector('.check-notice b')).toBeNull();
    await waitFor(() => expect(container.querySelector('[data-benefit="city-competition-award"]')).not.toBeNull(), { timeout: 10_000 });
    expect(container.querySelector('[data-benefit="city-competition-award"]')?.closest('[data-group]')?.getAttribute('data-group')).toBe('needsConfirmation');
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
    expect(writeStep(new URLSearchParams('kind=person'), { kind: 'result' }).toString()).toBe('kind=person&step=result');
  });
});

describe('the questions', () => {
  it('an organisation that is not an enterprise is not asked about the education fund', () => {
    expect(stepsFor({ kind: 'organisation', organisationType: 'training-institution' }).map((s) => s.title)).toEqual(['身份', '单位情况']);
    expect(stepsFor({ kind: 'organisation', organisationType: 'enterprise' }).map((s) => s.title)).toEqual(['身份', '单位情况', '职工教育经费（选填）']);
  });

  it('answers to questions no longer shown, and refused answers, are left out', () => {
    expect(effectiveAnswers({ kind: 'person', skillLevel: 'junior', frontline: 'yes', advancedCertificateDate: '2024-01-01' })).toEqual({ kind: 'person', skillLevel: 'junior' });
    expect(effectiveAnswers({ kind: 'organisation', organisationType: 'enterprise', wages: 'abc', educationSpending: '100' })).toEqual({
      kind: 'organisation',
      organisationType: 'enterprise',
      educationSpending: '100',
    });
  });
});
