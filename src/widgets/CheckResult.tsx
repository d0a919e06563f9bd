/**
 * The checker's result view (政策匹配结果): the rules module's evaluate() for the answers, shown in its three groups,
 * each benefit with its amount, reason, arithmetic and the article's official words. Loaded by Checker.tsx only once
 * the reader has started answering, so the first step's page does not download the rules of every benefit.
 */
import { evaluate, type BenefitResult, type Evaluation } from '../rules/evaluate';

/** Article number → the article's official words (/check/official-words.json). */
export type OfficialWords = Record<string, string>;

const GROUPS = [
  { key: 'eligible', title: '可以享受', cls: 'ok', mark: '✓', empty: '根据您的回答，暂时没有可以确定享受的政策。' },
  { key: 'needsConfirmation', title: '还需确认', cls: 'maybe', mark: '?', empty: '没有需要确认的政策。' },
  { key: 'notEligible', title: '暂不符合', cls: 'no', mark: '✗', empty: '没有暂不符合的政策。' },
] as const;

/** The evaluation of these answers (the profile's raw fields, as the URL holds them). */
export function Results(props: { answers: unknown; officialWords: OfficialWords }) {
  const evaluation: Evaluation = evaluate(props.answers);
  if (!evaluation.ok) {
    return (
      <div class="check-notice" role="alert">
        <p>有些回答无法使用，请返回修改：</p>
        <ul>
          {Object.values(evaluation.errors).map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="check-results">
      {GROUPS.map((g) => {
        const items = evaluation[g.key];
        return (
          <section class={`result-group ${g.cls}`} key={g.key} aria-labelledby={`group-${g.key}`} data-group={g.key}>
            <h2 id={`group-${g.key}`}>
              <span aria-hidden="true">{g.mark}</span> {g.title} <span class="group-count">（{items.length} 项）</span>
            </h2>
            {items.length === 0 ? (
              <p>{g.empty}</p>
            ) : (
              <ul class="result-list">
                {items.map((item) => (
                  <ResultCard key={item.id} item={item} officialWords={props.officialWords} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function ResultCard({ item, officialWords }: { item: BenefitResult; officialWords: OfficialWords }) {
  const article = item.articles[0] ?? 0;
  const words = officialWords[String(article)];
  const label = words?.split(/\s/, 1)[0] ?? '原文';
  return (
    <li class="result-card" data-benefit={item.id}>
      <h3>
        {item.title}
        <span class="result-kind">{item.kindLabel}</span>
      </h3>
      {item.amountText && (
        <p class="result-amount">
          金额：<span class="amount">{item.amountText}</span>
        </p>
      )}
      <p class="result-reason">{item.reason}</p>
      {item.arithmetic.length > 0 && (
        <ol class="calc-lines calc-formula" aria-label="计算过程">
          {item.arithmetic.map((s) => (
            <li key={s.text}>
              {s.text}
              {s.parameters.length > 0 && `（原文：“${[...new Set(s.parameters.map((p) => p.quote))].join('”“')}”）`}
            </li>
          ))}
        </ol>
      )}
      {item.whatWouldChange && <p class="result-change">怎样会不同：{item.whatWouldChange}</p>}
      <details>
        <summary>查看{label}原文</summary>
        {words ? (
          <blockquote class="official">
            <p>{words}</p>
          </blockquote>
        ) : (
          <p>“{item.quote}”</p>
        )}
      </details>
      {item.notSaid.length > 0 && (
        <details>
          <summary>办法没有写明的事项</summary>
          <ul>
            {item.notSaid.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </details>
      )}
      <a class="result-link" href={`/measure/${article}/`}>
        阅读{label}的解读 →
      </a>
    </li>
  );
}
