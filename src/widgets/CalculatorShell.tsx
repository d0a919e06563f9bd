/**
 * The frame every calculator shares: the fields, then the result in a polite live region, then the article it
 * comes from. A calculator that cannot compute yet says what is missing instead of showing a blank or NaN.
 */
import type { ComponentChildren } from 'preact';
import { ArticleSource, ResultRegion } from './fields';

export interface CalculatorShellProps {
  id: string;
  articleLabel: string;
  article: number;
  fields: ComponentChildren;
  /** The result, or undefined when the input cannot be computed. */
  result: ComponentChildren | undefined;
  /** What to say instead of a result: which fields need attention. */
  pending: string;
}

export function CalculatorShell(props: CalculatorShellProps) {
  return (
    <div class="calculator-body" data-calculator={props.id}>
      <form
        class="calc-form"
        noValidate
        onSubmit={(e) => {
          // the result updates as the reader types; Enter must not reload the page
          e.preventDefault();
        }}
      >
        {props.fields}
      </form>
      <ResultRegion id={`${props.id}-result`} label="计算结果">
        {props.result ?? <p class="calc-pending">{props.pending}</p>}
      </ResultRegion>
      <ArticleSource article={props.article} label={props.articleLabel} />
    </div>
  );
}

/**
 * "请先改正或填写：新培养技师人数、……" from the labels of the fields that have an error; a message about the input
 * as a whole (the rules module's `_form`) comes first.
 */
export function pendingMessage(labels: readonly string[], formError?: string): string {
  const fields =
    labels.length === 0
      ? '请填写上面的各项，结果会立即显示在这里。'
      : `请先改正或填写：${labels.join('、')}。结果会立即显示在这里。`;
  return formError ? `${formError}。${fields}` : fields;
}
