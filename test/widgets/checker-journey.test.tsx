// @vitest-environment happy-dom
/**
 * The checker as a journey, in a DOM: 您是？ is required, each step is a history entry and popstate
 * brings a step back with the answers kept. The real browser's Back button: test/browser/journeys.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Checker from '../../src/widgets/Checker';
import { profileQuestionLabels } from '../../src/rules';

function open(query: string) {
  window.history.replaceState(null, '', `/check/${query}`);
  return render(<Checker officialWords={{}} />);
}
const heading = () => screen.getByRole('heading', { level: 2 }).textContent ?? '';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('政策匹配 as a journey', () => {
  it('下一步 without 个人/单位 stays on step 1 with the message in the question; answering clears it', async () => {
    const { container } = open('');
    await waitFor(() => expect(heading()).toContain('第 1 步'));
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    await waitFor(() =>
      expect(container.querySelector('fieldset[aria-invalid="true"] .calc-error')?.textContent).toBe(
        '请先回答这个问题：选择个人或单位。',
      ),
    );
    expect(heading()).toContain('第 1 步');
    fireEvent.click(screen.getByLabelText(/^单位/));
    await waitFor(() => expect(container.querySelector('.calc-error')).toBeNull());
  });

  it('each step pushes a history entry; popstate to step 1 restores it with the later answers kept', async () => {
    open('');
    await waitFor(() => expect(heading()).toContain('第 1 步'));
    const before = window.history.length;
    fireEvent.click(screen.getByLabelText(/^个人/));
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    await waitFor(() => expect(heading()).toContain('第 2 步'));
    expect(window.history.length).toBe(before + 1);
    fireEvent.click(screen.getByLabelText(/^高级工（三级）/));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('skillLevel')).toBe('advanced'));
    // what Back does: the earlier entry's URL (step 1, no skill level yet), then popstate
    window.history.replaceState(null, '', '/check/?kind=person');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(heading()).toContain('第 1 步'));
    expect((screen.getByLabelText(/^个人/) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('skillLevel')).toBe('advanced'));
  });

  it('a URL notice names the question in Chinese', async () => {
    const { container } = open('?kind=person&skillLevel=grandmaster&step=2');
    await waitFor(() =>
      expect(container.querySelector('.check-notice')?.textContent).toContain(
        `链接中的“${profileQuestionLabels.skillLevel}”无效`,
      ),
    );
    expect(container.querySelector('.check-notice')?.textContent).not.toContain('skillLevel');
  });

  it('input given before the code arrived (checker-loader.ts): the answer counts and the held 下一步 is carried out', async () => {
    window.history.replaceState(null, '', '/check/');
    render(<Checker officialWords={{}} early={{ answers: { kind: 'organisation', bogus: 'x' }, submitted: true }} />);
    await waitFor(() => expect(heading()).toContain('第 2 步'));
    expect(new URLSearchParams(window.location.search).get('kind')).toBe('organisation');
    expect(window.location.search).not.toContain('bogus');
  });

  it('early input is ignored when the link opened on a later step (only step 1 was on the page)', async () => {
    window.history.replaceState(null, '', '/check/?kind=person&step=2');
    render(<Checker officialWords={{}} early={{ answers: { kind: 'organisation' }, submitted: true }} />);
    await waitFor(() => expect(heading()).toContain('第 2 步'));
    expect(new URLSearchParams(window.location.search).get('kind')).toBe('person');
  });
});
