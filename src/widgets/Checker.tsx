/**
 * 政策匹配: the eligibility checker. A few questions per step (only those that can change the result), a step
 * indicator, Back keeps every answer. The answers and the step live in the URL query, so a result can be shared and
 * reloaded; a tampered query is read field by field and what is ignored is listed as plain text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ChoiceGroup, CheckGroup, TextField } from './fields';
import { answersFromSearchParams, answersToSearchParams, stepsFor, validAnswer, type Answers, type Question, type QuestionId } from './check-profile';
import { readStep, writeStep, displayKey, type StepRef } from './check-url';
import { evaluateAnswers, kindLabels, type Evaluation, type ResultItem } from './check-evaluate';
import { localToday } from './dates';
import { parseDate } from '../rules/parse';

export interface CheckerProps {
  /** Article number → the article's official words (label and text), from the transcript at build time. */
  officialWords: Record<string, string>;
}

interface State {
  answers: Answers;
  /** Raw text of date fields as typed, so a half-typed or wrong date stays in the field. */
  drafts: Partial<Record<QuestionId, string>>;
  step: StepRef;
  ignored: { key: string; reason: string }[];
  /** Whether the URL has been read (after hydration; the server renders the first step). */
  loaded: boolean;
}

const EMPTY: State = { answers: {}, drafts: {}, step: { kind: 'step', index: 0 }, ignored: [], loaded: false };

function stateFromUrl(search: string): State {
  const params = new URLSearchParams(search);
  const { answers, ignored } = answersFromSearchParams(params);
  const { step, ignored: badStep } = readStep(params, stepsFor(answers).length);
  if (badStep) ignored.push({ key: 'step', reason: '步骤编号无法识别，已从第一步开始' });
  return { answers, drafts: {}, step, ignored, loaded: true };
}

const visible = (q: Question, a: Answers) => !q.when || q.when(a);

export default function Checker(props: CheckerProps) {
  const [state, setState] = useState<State>(EMPTY);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const { answers, step } = state;
  const steps = stepsFor(answers);

  // read the answers from the URL once, after hydration (so the server-rendered first step hydrates as is)
  useEffect(() => {
    setState(stateFromUrl(window.location.search));
  }, []);

  // keep the URL in step with the answers (replaceState: answering does not add history entries)
  useEffect(() => {
    if (!state.loaded) return;
    const params = writeStep(answersToSearchParams(answers), step);
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
    // move focus to the new step's heading when the step changes (not on first load)
    if (firstRender.current) firstRender.current = false;
    else headingRef.current?.focus();
  }, [answers, step, state.loaded]);

  const setAnswer = (id: QuestionId, value: string | undefined) =>
    setState((s) => {
      const next: Answers = { ...s.answers };
      if (value === undefined || value === '') delete next[id];
      else next[id] = value;
      return { ...s, answers: next };
    });

  const go = (to: StepRef) => {
    setCopied('idle');
    setState((s) => ({ ...s, step: to }));
  };

  const restart = () => {
    setCopied('idle');
    setState({ ...EMPTY, loaded: true });
  };

  const notice = state.ignored.length > 0 && (
    <div class="check-notice" role="status">
      <p>链接中有 {state.ignored.length} 项内容无法使用，已忽略（可能来自旧版本或被改动）：</p>
      <ul>
        {state.ignored.map((i, n) => (
          <li key={n}>
            <code>{displayKey(i.key)}</code>：{i.reason}
          </li>
        ))}
      </ul>
    </div>
  );

  const indicator = (
    <ol class="check-steps" aria-label="步骤">
      {steps.map((s, i) => {
        const current = step.kind === 'step' && step.index === i;
        const done = step.kind === 'result' || (step.kind === 'step' && i < step.index);
        return (
          <li key={s.title} aria-current={current ? 'step' : undefined} class={done ? 'done' : undefined}>
            {s.title}
            {done && <span class="visually-hidden">（已完成）</span>}
          </li>
        );
      })}
      <li aria-current={step.kind === 'result' ? 'step' : undefined}>结果</li>
    </ol>
  );

  if (step.kind === 'result') {
    const evaluation = evaluateAnswers(answers, localToday());
    return (
      <div class="checker">
        {notice}
        {indicator}
        <h2 class="visually-hidden" tabIndex={-1} ref={headingRef}>
          匹配结果
        </h2>
        <Summary answers={answers} />
        <Results evaluation={evaluation} officialWords={props.officialWords} />
        <div class="check-actions">
          <button type="button" class="button" onClick={() => void copyLink(setCopied)}>
            复制结果链接
          </button>
          <button type="button" class="button secondary" onClick={() => window.print()}>
            打印
          </button>
          <button type="button" class="button secondary" onClick={() => go({ kind: 'step', index: steps.length - 1 })}>
            修改答案
          </button>
          <button type="button" class="button secondary" onClick={restart}>
            重新开始
          </button>
          <span aria-live="polite" class="copied">
            {copied === 'copied' ? '✓ 链接已复制' : copied === 'failed' ? '无法自动复制，请复制地址栏中的网址' : ''}
          </span>
        </div>
        <p class="check-disclaimer">
          结果根据您的回答和政策原文得出，仅供参考，不构成申请资格或金额的承诺；以官方发布文本和主管部门的解释为准。文件没有写明的申请程序，请咨询许昌市人力资源和社会保障局或拨打 12333。
        </p>
      </div>
    );
  }

  const current = steps[step.index] ?? steps[0]!;
  const index = steps[step.index] ? step.index : 0;
  const last = index === steps.length - 1;
  const questions = current.questions.filter((q) => visible(q, answers));
  const forward = () => go(last ? { kind: 'result' } : { kind: 'step', index: index + 1 });

  return (
    <div class="checker">
      {notice}
      {indicator}
      <form
        class="check-step"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          forward();
        }}
      >
        <h2 tabIndex={-1} ref={headingRef}>
          第 {index + 1} 步，共 {steps.length} 步：{current.title}
        </h2>
        {questions.map((q) => (
          <QuestionField
            key={q.id}
            q={q}
            answers={answers}
            draft={state.drafts[q.id]}
            onDraft={(text) => setState((s) => ({ ...s, drafts: { ...s.drafts, [q.id]: text } }))}
            onAnswer={(v) => setAnswer(q.id, v)}
          />
        ))}
        {index > 0 && <p class="note">不确定的问题可以不答，结果会把相关政策列入“还需确认”。</p>}
        <div class="check-nav">
          {index > 0 && (
            <button type="button" class="button secondary" onClick={() => go({ kind: 'step', index: index - 1 })}>
              上一步
            </button>
          )}
          <button type="submit" class="button">
            {last ? '查看结果' : '下一步'}
          </button>
        </div>
      </form>
    </div>
  );
}

function QuestionField(props: { q: Question; answers: Answers; draft: string | undefined; onDraft: (t: string) => void; onAnswer: (v: string | undefined) => void }) {
  const { q, answers } = props;
  if (q.kind === 'one') {
    return <ChoiceGroup name={q.id} legend={q.label} {...(q.hint ? { hint: q.hint } : {})} choices={q.options} value={answers[q.id]} onValue={props.onAnswer} />;
  }
  if (q.kind === 'many') {
    const values = (answers[q.id] ?? '').split(',').filter(Boolean);
    return <CheckGroup name={q.id} legend={q.label} choices={q.options} values={values} onValues={(v) => props.onAnswer(v.length ? v.join(',') : undefined)} />;
  }
  // a date: the answer is set only when the typed text is a valid date not after today
  const text = props.draft ?? answers[q.id] ?? '';
  const parsed = text.trim() === '' ? undefined : parseDate(text, '取证日期');
  const error =
    parsed === undefined ? undefined : !parsed.ok ? parsed.message : validAnswer(q, parsed.value) ? undefined : '取证日期不能晚于今天，也不能早于1990年';
  return (
    <TextField
      id={`check-${q.id}`}
      label={q.label}
      {...(q.hint ? { hint: q.hint } : {})}
      inputMode="text"
      value={text}
      error={error}
      onValue={(t) => {
        props.onDraft(t);
        const r = t.trim() === '' ? undefined : parseDate(t, '取证日期');
        props.onAnswer(r && r.ok && validAnswer(q, r.value) ? r.value : undefined);
      }}
    />
  );
}

function Summary({ answers }: { answers: Answers }) {
  const rows = stepsFor(answers)
    .flatMap((s) => s.questions)
    .filter((q) => visible(q, answers) && answers[q.id] !== undefined)
    .map((q) => {
      const v = answers[q.id] ?? '';
      const text =
        q.kind === 'date'
          ? v
          : v
              .split(',')
              .map((x) => q.options.find((o) => o.value === x)?.label ?? x)
              .join('、');
      return { q: q.label.replace(/（.*?）/g, ''), text };
    });
  return (
    <section class="check-summary" aria-label="您的回答">
      <strong>您的回答</strong>
      {rows.length === 0 ? (
        <p>您还没有回答任何问题，下面列出的多数政策需要确认。</p>
      ) : (
        <dl>{rows.flatMap((r) => [<dt key={`${r.q}-q`}>{r.q}</dt>, <dd key={`${r.q}-a`}>{r.text}</dd>])}</dl>
      )}
      {answers.who === undefined && <p>（未选择个人或单位，按个人显示。）</p>}
    </section>
  );
}

const GROUPS = [
  { key: 'eligible', title: '可以享受', cls: 'ok', mark: '✓', empty: '根据您的回答，暂时没有可以确定享受的政策。' },
  { key: 'toConfirm', title: '还需确认', cls: 'maybe', mark: '?', empty: '没有需要确认的政策。' },
  { key: 'notEligible', title: '暂不符合', cls: 'no', mark: '✗', empty: '没有暂不符合的政策。' },
] as const;

function Results(props: { evaluation: Evaluation; officialWords: Record<string, string> }) {
  return (
    <div aria-live="polite">
      {GROUPS.map((g) => {
        const items = props.evaluation[g.key];
        return (
          <section class={`result-group ${g.cls}`} key={g.key} aria-labelledby={`group-${g.key}`}>
            <h2 id={`group-${g.key}`}>
              <span aria-hidden="true">{g.mark}</span> {g.title} <span class="group-count">（{items.length} 项）</span>
            </h2>
            {items.length === 0 ? (
              <p>{g.empty}</p>
            ) : (
              <ul class="result-list">
                {items.map((item) => (
                  <ResultCard key={`${g.key}-${item.id}`} item={item} words={props.officialWords[String(item.article)]} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function ResultCard({ item, words }: { item: ResultItem; words: string | undefined }) {
  const label = words?.split(/\s/, 1)[0] ?? `第${item.article}条`;
  return (
    <li class="result-card" data-benefit={item.id}>
      <h3>
        {item.title}
        <span class="result-kind">{kindLabels[item.kind]}</span>
      </h3>
      {item.amount && (
        <p class="result-amount">
          金额：<span class="amount">{item.amount}</span>
        </p>
      )}
      <p>{item.reason}</p>
      {item.arithmetic && item.arithmetic.length > 0 && (
        <ul class="calc-lines calc-formula">
          {item.arithmetic.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {item.change && <p class="result-change">怎样会不同：{item.change}</p>}
      {words && (
        <details>
          <summary>查看{label}原文</summary>
          <blockquote class="official">
            <p>{words}</p>
          </blockquote>
        </details>
      )}
      <a class="result-link" href={`/measure/${item.article}/`}>
        阅读{label}的解读 →
      </a>
    </li>
  );
}

async function copyLink(set: (s: 'copied' | 'failed') => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(window.location.href);
    set('copied');
  } catch {
    set('failed');
  }
}
