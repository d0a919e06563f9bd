// @vitest-environment happy-dom
/** A bug that reaches a reader shows a Chinese message, not a blank (the island bootstrap's boundary). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { hydrateIslands } from '../../src/widgets/island';
import { WIDGET_FAILED } from '../../src/widgets/widget-failed';

function Buggy() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error('planted bug');
  return (
    <button type="button" onClick={() => setBroken(true)}>
      计算
    </button>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('WidgetBoundary', () => {
  it('a widget that throws while rendering is replaced by a Chinese message in an alert', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('div');
    root.dataset.island = 'buggy';
    root.dataset.failed = WIDGET_FAILED; // as Island.astro writes it
    root.innerHTML = '<button type="button">计算</button>';
    document.body.append(root);
    hydrateIslands('buggy', Buggy);
    fireEvent.click(screen.getByText('计算'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(WIDGET_FAILED));
    expect(WIDGET_FAILED).toMatch(/出错/);
  });
});
