// @vitest-environment happy-dom
/**
 * What the reader enters is never lost or distorted in the checker: sums of money this person or unit can receive,
 * steps already passed apart, invalid answers blocking the step with an error summary, answers another answer makes
 * irrelevant kept, and questions that stay where they are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import Checker from '../../src/widgets/Checker';

function open(query: string) {
  window.history.replaceState(null, '', `/check/${query}`);
  return render(<Checker officialWords={{}} />);
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

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
