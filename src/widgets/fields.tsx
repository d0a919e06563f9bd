/**
 * The pieces every calculator is made of: a labelled text field with its Chinese error tied to it and the
 * polite live region the result is announced in (radio and checkbox groups are in choice-fields.tsx). No arithmetic here (STYLE §4).
 *
 * Fields are `type="text"` with `inputmode`, not `type="number"`: a number field would silently drop what the
 * reader typed ("120万", "４０００", "abc"); a text field keeps it, and the rules module says what is wrong with it.
 */
import type { ComponentChildren } from 'preact';
import { articlePath } from '../rules';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The Chinese message from the rules module, shown only when `showError`. */
  error?: string | undefined;
  showError?: boolean;
  hint?: string;
  unit?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  type?: 'text' | 'date';
  placeholder?: string;
  onBlur?: () => void;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, error, hint, unit } = props;
  const shown = props.showError !== false && error !== undefined && error !== '';
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shown ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="calc-hint" id={hintId}>
          {hint}
        </span>
      )}
      <div class="calc-input-row">
        <input
          id={id}
          name={id}
          type={props.type ?? 'text'}
          inputMode={props.inputMode ?? 'numeric'}
          autocomplete="off"
          spellcheck={false}
          placeholder={props.placeholder}
          value={value}
          aria-invalid={shown ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          onBlur={props.onBlur}
        />
        {unit && (
          <span class="calc-unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      {shown && (
        <p class="calc-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Where the result appears; screen readers hear it when it changes, without being interrupted. */
export function ResultRegion(props: { id: string; label: string; children: ComponentChildren }) {
  return (
    <section class="calc-result" aria-live="polite" aria-label={props.label} id={props.id}>
      {props.children}
    </section>
  );
}

/** The article a figure comes from, linked. (Whom to ask is in each result: src/rules/worked.ts, or the 主管税务机关 for tax.) */
export function ArticleSource(props: { article: number; label: string }) {
  return (
    <p class="calc-source">
      依据：<a href={articlePath(props.article)}>{props.label}</a>
      。本计算仅供参考，以官方发布文本和主管部门的解释为准。
    </p>
  );
}
