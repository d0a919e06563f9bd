/**
 * A labelled text field with its Chinese error tied to it (in the calculators' shared kit, astro.config.mjs: in a file
 * of its own it weighed about 180 B gzip more on each of the four calculators one types into).
 *
 * Fields are `type="text"` with `inputmode`, not `type="number"`: a number field would silently drop what the
 * reader typed ("120万", "４０００", "abc"); a text field keeps it, and the rules module says what is wrong with it.
 */

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
