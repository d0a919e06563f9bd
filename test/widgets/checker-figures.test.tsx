// @vitest-environment happy-dom
/**
 * 您的回答 writes typed amounts and counts back with their unit once: "1200万" and "70万元" as the enterprise typed
 * them read "1200 万元" and "70 万元", never "1200万元元".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import Checker from '../../src/widgets/Checker';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('政策匹配: 您的回答', () => {
  it('writes typed amounts and counts once, with one unit', async () => {
    const params = new URLSearchParams({
      kind: 'organisation',
      organisationType: 'enterprise',
      leadingEnterprise: 'yes',
      newStudios: '2个',
      wages: '1200万',
      educationSpending: '70万元',
      frontlineSpending: '500,000',
      step: 'result',
    });
    window.history.replaceState(null, '', `/check/?${params.toString()}`);
    const { container } = render(<Checker officialWords={{}} />);
    await waitFor(() => expect(container.querySelector('.check-summary')).not.toBeNull());
    const answers = Array.from(container.querySelectorAll('.check-summary dd')).map((d) => d.textContent ?? '');
    expect(answers).toEqual(expect.arrayContaining(['1200 万元', '70 万元', '50 万元', '2 个']));
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/元\s*元|个\s*个/);
  });
});
