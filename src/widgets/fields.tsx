/**
 * The pieces every calculator is made of: the polite live region the result is announced in, and the article it comes
 * from (a labelled text field is in text-field.tsx; radio and checkbox groups in choice-fields.tsx). No arithmetic here
 * (STYLE §4).
 */
import type { ComponentChildren } from 'preact';
import { articlePath } from '../rules';

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
