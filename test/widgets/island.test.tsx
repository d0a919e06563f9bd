// @vitest-environment happy-dom
/**
 * Our island bootstrap (src/widgets/island.ts) on server-rendered HTML, as Island.astro writes it: the widget's
 * HTML inside <div data-island data-props>. Hydration must reuse that HTML (the reader may already be typing), read
 * the props from the attribute, and leave islands of other names alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ComponentProps } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { hydrateIslands } from '../../src/widgets/island';
import EducationFundCalculator from '../../src/widgets/EducationFundCalculator';
import CompetitionAwardCalculator from '../../src/widgets/CompetitionAwardCalculator';
import { resultRegion, typeInto } from './helpers';
import { calculators } from '../../src/components/calculators';

/** The education-fund calculator's props as its page has them (the registry's build-time props). */
const educationFund = {
  articleLabel: '第五条',
  ...calculators['education-fund'].props?.(),
} as ComponentProps<typeof EducationFundCalculator>;
/** The competition-award calculator's, likewise. */
const competitionAward = {
  articleLabel: '第十三条',
  ...calculators['competition-award'].props?.(),
} as ComponentProps<typeof CompetitionAwardCalculator>;
import { fireEvent, screen } from '@testing-library/preact';

/** What Island.astro puts on the page for a widget rendered at build time with these props. */
function serverRendered(name: string, html: string, props: object): HTMLElement {
  const root = document.createElement('div');
  root.dataset.island = name;
  root.dataset.props = JSON.stringify(props);
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hydrateIslands', () => {
  it('hydrates the server-rendered calculator in place: same field element, typed value kept, result computed', () => {
    const root = serverRendered(
      'education-fund',
      renderToString(<EducationFundCalculator {...educationFund} />),
      educationFund,
    );
    const before = root.querySelector('input');
    // typed before the script ran: hydration must not throw it away
    typeInto('本年工资薪金总额', '120万');
    hydrateIslands('education-fund', EducationFundCalculator);
    expect(root.hasAttribute('data-hydrated')).toBe(true);
    expect(root.querySelector('input')).toBe(before);
    expect((screen.getByLabelText('本年工资薪金总额') as HTMLInputElement).value).toBe('120万');
    typeInto('本年工资薪金总额', '1200000');
    typeInto('本年职工教育经费支出', '100000');
    // 8% of 1,200,000 元 = 96,000 元 may be deducted this year; 4,000 元 is carried forward
    expect(resultRegion(root).textContent).toContain('96,000.00 元');
    expect(resultRegion(root).textContent).toContain('4,000.00 元');
  });

  it('passes the props written in data-props to the widget', () => {
    const root = serverRendered(
      'competition-award',
      renderToString(<CompetitionAwardCalculator {...competitionAward} />),
      competitionAward,
    );
    hydrateIslands('competition-award', CompetitionAwardCalculator);
    fireEvent.click(screen.getByLabelText(/第一名/));
    expect(resultRegion(root).textContent).toContain('5,000 元');
    // the article label comes from the props: the worked steps quote 第十三条 by that name
    expect(root.textContent).toContain('第十三条');
  });

  it('leaves islands of another name unhydrated, and hydrates every island of its own name', () => {
    const html = renderToString(<CompetitionAwardCalculator {...competitionAward} />);
    const a = serverRendered('competition-award', html, competitionAward);
    const b = serverRendered(
      'competition-award',
      html.replaceAll('competition-award-placing', 'second-placing'),
      competitionAward,
    );
    const other = serverRendered(
      'education-fund',
      renderToString(<EducationFundCalculator {...educationFund} />),
      educationFund,
    );
    hydrateIslands('competition-award', CompetitionAwardCalculator);
    expect(a.hasAttribute('data-hydrated')).toBe(true);
    expect(b.hasAttribute('data-hydrated')).toBe(true);
    expect(other.hasAttribute('data-hydrated')).toBe(false);
    // the education-fund form was not hydrated: typing into it computes nothing
    typeInto('本年工资薪金总额', '1200000');
    typeInto('本年职工教育经费支出', '100000');
    expect(resultRegion(other).textContent).not.toContain('96,000.00 元');
  });
});
