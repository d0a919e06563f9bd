// @vitest-environment happy-dom
/**
 * A calculator's inputs in its URL (src/widgets/calculator-link.ts) on the page as Calculator.astro and Island.astro
 * write it: read back into the fields, written as the reader types, copied and printed with their link. Hand-written
 * links and expectations; the calculators' own figures are tested in calculators.test.tsx.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import QRCode from 'qrcode';
import { fireEvent, screen } from '@testing-library/preact';
import { hydrateIslands } from '../../src/widgets/island';
import { keepCalculatorsInUrl } from '../../src/widgets/calculator-link';
import { calculators, type CalculatorName } from '../../src/components/calculators';
import { officialArticle } from '../../src/lib/document';
import { HOSTILE_MARKERS, HOSTILE_TEXTS } from '../hostile-link';
import { expectFieldError, typeInto } from './helpers';

/** The calculator's section as Calculator.astro writes it (site: the build's SITE_URL), opened at `search`. */
async function openCalculator(name: CalculatorName, search: string, site?: string): Promise<HTMLElement> {
  window.history.replaceState(null, '', `/calculators/${name}/${search}`);
  const entry = calculators[name];
  const props = { articleLabel: officialArticle(entry.article).label, ...entry.props?.() };
  const section = document.createElement('section');
  section.className = 'calculator';
  if (site) section.dataset.site = site;
  section.innerHTML = `<div class="calculator-live">
    <div class="island" data-island="${name}" data-props='${JSON.stringify(props)}'>${renderToString(h(entry.widget, props))}</div>
    <div class="check-actions calc-actions">
      <button type="button" class="button" data-calc-action="copy">复制结果链接</button>
      <button type="button" class="button secondary" data-calc-action="print">打印</button>
      <span aria-live="polite" class="copied" data-calc-copied></span>
    </div>
    <p class="print-only check-printed-link" data-calc-printed-link></p>
    <div class="print-only calc-printed-qr" data-calc-qr></div>
  </div>`;
  document.body.append(section);
  hydrateIslands(name, entry.widget);
  await keepCalculatorsInUrl(window);
  return section;
}

/** happy-dom has no print dialog: window.print as a spy. */
function stubPrint() {
  const print = vi.fn();
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
  return print;
}

const STUDIOS = '新认定的市级技能大师工作室数量';

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('reading a link', () => {
  it('puts each value in its field as if typed: 第六条 ?technicians=3&seniorTechnicians=２人 → 1.2 万 + 1 万', async () => {
    const section = await openCalculator(
      'training-subsidy',
      `?technicians=3&seniorTechnicians=${encodeURIComponent('２人')}`,
    );
    expect((screen.getByLabelText('新培养技师人数') as HTMLInputElement).value).toBe('3');
    expect((screen.getByLabelText('新培养高级技师人数') as HTMLInputElement).value).toBe('２人');
    expect(section.textContent).toContain('技师项目培训补贴合计：2.2 万元');
    expect(section.querySelector('.calc-link-notice')).toBeNull();
  });

  it('a bad value stays in its field with its Chinese message; hostile and unknown keys are counted, never shown', async () => {
    const params = new URLSearchParams({
      studios: '两个',
      from: 'singlemessage',
      isappinstalled: '0',
      utm_source: 'x',
    });
    HOSTILE_TEXTS.forEach((text, i) => {
      params.set(text, text);
      params.set(`x${i}`, text);
    });
    const section = await openCalculator('master-studio', `?${params.toString()}`);
    expectFieldError(screen.getByLabelText(STUDIOS) as HTMLInputElement, '两个', /请填写数字/);
    expect(section.querySelector('.calc-link-notice')?.textContent).toBe(
      `链接中有 ${HOSTILE_TEXTS.length * 2} 项无法识别的内容，已忽略。`,
    );
    const text = document.body.textContent ?? '';
    for (const marker of [...HOSTILE_MARKERS, 'singlemessage']) expect(text).not.toContain(marker);
    // the address keeps the calculator's own value, bad as it is, and drops the rest
    expect(window.location.search).toBe(`?studios=${encodeURIComponent('两个')}`);
  });

  it('a choice, then the field it brings (第十一条: “是”, then the date), in rounds', async () => {
    const section = await openCalculator('technician-date', '?certificateDate=2020-03-10&student=yes');
    expect((screen.getByLabelText('是') as HTMLInputElement).checked).toBe(true);
    expect(section.textContent).toContain('最早可申报技师（二级）：2022年3月11日');
  });

  it('several choices of one group (第十六条 honours), each counted; a choice no group has is named by its question', async () => {
    const section = await openCalculator('title-direct', '?honours=worldskills-gold,worldskills-excellence,bogus');
    expect((screen.getByLabelText('世界技能大赛金牌') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('世界技能大赛优胜奖') as HTMLInputElement).checked).toBe(true);
    expect(section.querySelector('.calc-link-notice')?.textContent).toBe(
      '链接中的“您获得过哪些奖项或荣誉？（可多选）”无法识别，已忽略，请重新选择。',
    );
    expect(window.location.search).toBe(`?honours=${encodeURIComponent('worldskills-gold,worldskills-excellence')}`);
  });
});

describe('writing the link', () => {
  it('as the reader types (replacing the entry, not adding one), and the printed link with it', async () => {
    const section = await openCalculator('master-studio', '');
    const entries = window.history.length;
    typeInto(STUDIOS, '3');
    expect(window.location.search).toBe('?studios=3');
    expect(window.history.length).toBe(entries);
    expect(section.querySelector('[data-calc-printed-link]')?.textContent).toBe(
      `结果链接：${window.location.origin}/calculators/master-studio/?studios=3`,
    );
    typeInto(STUDIOS, '');
    expect(window.location.search).toBe('');
  });
});

describe('复制结果链接 and 打印', () => {
  it('copies the address with the inputs, and says so; says where to copy from when the clipboard refuses', async () => {
    const section = await openCalculator('master-studio', '?studios=3');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByText('复制结果链接'));
    await vi.waitFor(() => expect(section.querySelector('[data-calc-copied]')?.textContent).toBe('✓ 链接已复制'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/calculators/master-studio/?studios=3`);
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    fireEvent.click(screen.getByText('复制结果链接'));
    await vi.waitFor(() =>
      expect(section.querySelector('[data-calc-copied]')?.textContent).toBe('无法自动复制，请复制地址栏中的网址'),
    );
  });

  it('with a public address (SITE_URL): the printout carries the link at that address and its QR code', async () => {
    const section = await openCalculator('master-studio', '?studios=2', 'https://example.gov.cn');
    const print = stubPrint();
    fireEvent.click(screen.getByText('打印'));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(section.querySelector('[data-calc-printed-link]')?.textContent).toBe(
      '结果链接：https://example.gov.cn/calculators/master-studio/?studios=2',
    );
    // the QR code is of that link: its dark modules are the library's for the link, drawn one square each
    const { modules } = QRCode.create('https://example.gov.cn/calculators/master-studio/?studios=2', {
      errorCorrectionLevel: 'M',
    });
    const dark = Array.from(modules.data).filter((m) => m === 1).length;
    const d = section.querySelector('[data-calc-qr] svg path')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)?.length).toBe(dark);
  });

  it('without one (a preview build): the link at the page’s own origin, and no QR code', async () => {
    const section = await openCalculator('master-studio', '?studios=2');
    const print = stubPrint();
    fireEvent.click(screen.getByText('打印'));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(section.querySelector('[data-calc-printed-link]')?.textContent).toBe(
      `结果链接：${window.location.origin}/calculators/master-studio/?studios=2`,
    );
    expect(section.querySelector('[data-calc-qr] svg')).toBeNull();
  });
});
