/**
 * The checker opened at /check/ with a query, as the widget tests of what a link and what the reader enter need it.
 * Call at a file's top level: it registers the clean-up (the page's URL reset) for that file's tests.
 */
import { afterEach } from 'vitest';
import { cleanup, render, type RenderResult } from '@testing-library/preact';
import Checker, { type CheckerProps } from '../../src/widgets/Checker';

export function checkerPage(): (query: string, props?: CheckerProps) => RenderResult {
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });
  return (query, props) => {
    window.history.replaceState(null, '', `/check/${query}`);
    return render(<Checker officialWords={{}} {...props} />);
  };
}
