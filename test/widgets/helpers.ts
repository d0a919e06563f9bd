/**
 * Helpers for the widget tests (happy-dom): type into a labelled field the way the browser reports it (an input
 * event with the new value), and read what a field's error says through aria-describedby.
 */
import { h } from 'preact';
import { fireEvent, render, screen } from '@testing-library/preact';
import { expect } from 'vitest';
import { calculators, type CalculatorName } from '../../src/components/calculators';
import { officialArticle } from '../../src/lib/document';

/** A calculator as its page renders it: its widget with the registry's props and its article's label (第六条). */
export function renderCalculator(name: CalculatorName) {
  const entry = calculators[name];
  return render(h(entry.widget, { articleLabel: officialArticle(entry.article).label, ...entry.props?.() }));
}

export function typeInto(label: string, text: string): HTMLInputElement {
  const field = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.input(field, { target: { value: text } });
  return field;
}

/** The text of everything the field is described by (its hint and its error). */
export function descriptionOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** The field is marked invalid, its error (in Chinese) is tied to it, and what was typed is still in it. */
export function expectFieldError(field: HTMLInputElement, typed: string, message?: RegExp): void {
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(field.value).toBe(typed);
  const text = descriptionOf(field);
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  if (message) expect(text).toMatch(message);
}

/** The live region that announces results. */
export function resultRegion(container: Element): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

export function expectNoNaN(container: Element): void {
  expect(container.textContent ?? '').not.toMatch(/NaN|undefined|Infinity|\[object/);
}
