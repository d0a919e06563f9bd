/**
 * 政策匹配: the eligibility checker. A few questions per step (only those that can change the result), a step
 * indicator, Back keeps every answer. The answers and the step live in the URL query, so a result can be shared and
 * reloaded; a tampered or outdated query is read field by field by the rules module, and what it ignored is listed
 * as plain text. The result is the rules module's evaluate(), shown in its three groups.
 */
import './csp-zod'; // first: before any zod schema is built
import { useEffect, useRef, useState } from 'preact/hooks';
import { profileFromSearchParams } from '../rules/profile-url';
import { ChoiceGroup, CheckGroup } from './choice-fields';
import { TextField } from './fields';
import { effectiveAnswers, fieldError, isShown, stepsFor, type Answers, type Question } from './check-profile';
import { readStep, writeStep, STEP_KEY, type StepRef } from './check-url';
import { localToday } from './dates';
import type { OfficialWords } from './CheckResult';

export interface CheckerProps {
  /**
   * Article number → the article's official words. On the site they are fetched with the result view
   * (/check/official-words.json, written from the transcript at build time); tests pass them.
   */
  officialWords?: OfficialWords;
}

/** The official words as built, fetched with the result view; none (each card shows its short quote) if that fails. */
const OFFICIAL_WORDS_URL = '/check/official-words.json';

interface ResultView {
  Results: typeof import('./CheckResult').Results;
  words: OfficialWords;
}
let resultView: Promise<ResultView> | undefined;
/**
 * The result view, its evaluation (the rules of every benefit) and the official words: loaded once, when the reader
 * first answers or when the URL opens on the result, so the first step's page ships none of them.
 */
function loadResultView(given: OfficialWords | undefined): Promise<ResultView> {
  resultView ??= Promise.all([
    import('./CheckResult'),
    given ??
      fetch(OFFICIAL_WORDS_URL).then(
        (r) => (r.ok ? (r.json() as Promise<OfficialWords>) : {}),
        () => ({}),
      ),
  ]).then(([m, words]) => ({ Results: m.Results, words }));
  return resultView;
}

interface State {
  answers: Answers;
  step: StepRef;
  /** What the URL held that could not be used, in Chinese (plain text). */
  notices: string[];
  /** Whether the URL has been read (after hydration; the server renders the first step). */
  loaded: boolean;
}

const FIRST: StepRef = { kind: 'step', index: 0 };
const EMPTY: State = { answers: {}, step: FIRST, notices: [], loaded: false };

function stateFromUrl(search: string): State {
  const params = new URLSearchParams(search);
  const answersOnly = new URLSearchParams(params);
  answersOnly.delete(STEP_KEY);
  const { values, notices } = profileFromSearchParams(answersOnly);
  const answers: Answers = { ...values };
  const read = readStep(params, stepsFor(answers).length);
  const out = [...notices];
  if (read.ignored) out.push('网址中的步骤无法识别，已从第一步开始。');
  let step = read.step;
  if (step.kind === 'result' && answers.kind === undefined) {
    out.push('网址中没有“个人或单位”的回答，请从第一步开始。');
    step = FIRST;
  }
  return { answers, step, notices: out, loaded: true };
}

function urlFor(answers: Answers, step: StepRef): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(effectiveAnswers(answers))) params.set(k, v);
  const query = writeStep(params, step).toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

export default function Checker(props: CheckerProps) {
  const [state, setState] = useState<State>(EMPTY);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [view, setView] = useState<ResultView | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { answers, step } = state;
  const steps = stepsFor(answers);

  // read the answers from the URL once, after hydration (the server-rendered first step hydrates as it is)
  useEffect(() => {
    setState(stateFromUrl(window.location.search));
  }, []);

  // the result view loads once the reader has answered something (or the URL opens on the result)
  const started = step.kind === 'result' || Object.keys(answers).length > 0;
  useEffect(() => {
    if (started && !view) void loadResultView(props.officialWords).then(setView);
  }, [started]);

  // keep the URL in step with the answers; replaceState, so answering does not fill the history
  useEffect(() => {
    if (!state.loaded) return;
    const url = urlFor(answers, step);
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [answers, step, state.loaded]);

  // after Next / Back / Start again, move focus to the new step's heading so keyboard and screen-reader users follow
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const setAnswer = (id: Question['id'], value: string | undefined) =>
    setState((s) => {
      const next: Answers = { ...s.answers };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return { ...s, answers: next };
    });

  const go = (to: StepRef) => {
    moved.current = true;
    setCopied('idle');
    setState((s) => {
      // leaving a step: a list of honours left empty means "none of these"
      const answersNow: Answers = { ...s.answers };
      if (s.step.kind === 'step') {
        for (const q of stepsFor(s.answers)[s.step.index]?.questions ?? []) {
          if (q.kind === 'many' && isShown(q, answersNow) && answersNow[q.id] === undefined) answersNow[q.id] = '';
        }
      }
      return { ...s, answers: answersNow, step: to };
    });
  };

  const restart = () => {
    moved.current = true;
    setCopied('idle');
    setState({ ...EMPTY, loaded: true });
  };

  const notice = state.notices.length > 0 && (
    <div class="check-notice" role="status">
      <p>链接中有 {state.notices.length} 项内容无法使用，已忽略（可能来自旧版本的链接或被改动过）：</p>
      <ul>
        {state.notices.map((n, i) => (
          <li key={i}>{n}</li>
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
    return (
      <div class="checker">
        {notice}
        {indicator}
        <h2 class="check-result-h" tabIndex={-1} ref={headingRef}>
          匹配结果
        </h2>
        <Summary answers={answers} />
        {view ? (
          <view.Results answers={{ ...effectiveAnswers(answers), asOf: localToday() }} officialWords={view.words} />
        ) : (
          <p class="check-loading" role="status">
            正在计算…
          </p>
        )}
        <div class="check-actions">
          <button type="button" class="button" onClick={() => void copyLink(setCopied)}>
            复制结果链接
          </button>
          <button type="button" class="button secondary" onClick={() => window.print()}>
            打印
          </button>
          <button type="button" class="button secondary" onClick={() => go({ kind: 'step', index: steps.length - 1 })}>
            上一步（修改答案）
          </button>
          <button type="button" class="button secondary" onClick={restart}>
            重新开始
          </button>
          <span aria-live="polite" class="copied">
            {copied === 'copied' ? '✓ 链接已复制' : copied === 'failed' ? '无法自动复制，请复制地址栏中的网址' : ''}
          </span>
        </div>
        <p class="check-disclaimer">
          结果根据您的回答和政策原文得出，仅供参考，不构成申请资格或金额的承诺，以官方发布文本和主管部门的解释为准。办法没有写明的申请程序，请拨打 12333 或咨询许昌市人力资源和社会保障局。
        </p>
      </div>
    );
  }

  const index = step.index < steps.length ? step.index : 0;
  const current = steps[index];
  const last = index === steps.length - 1;
  const questions = current ? current.questions.filter((q) => isShown(q, answers)) : [];

  return (
    <div class="checker">
      {notice}
      {indicator}
      <form
        class="check-step"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          go(last ? { kind: 'result' } : { kind: 'step', index: index + 1 });
        }}
      >
        <h2 tabIndex={-1} ref={headingRef}>
          第 {index + 1} 步，共 {steps.length} 步：{current?.title}
        </h2>
        {questions.map((q) => (
          <QuestionField key={q.id} q={q} value={answers[q.id]} onAnswer={(v) => setAnswer(q.id, v)} />
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

function QuestionField(props: { q: Question; value: string | undefined; onAnswer: (v: string | undefined) => void }) {
  const { q, value } = props;
  if (q.kind === 'one') {
    return <ChoiceGroup name={q.id} legend={q.label} {...(q.hint ? { hint: q.hint } : {})} choices={q.options} value={value} onValue={props.onAnswer} />;
  }
  if (q.kind === 'many') {
    const values = (value ?? '').split(',').filter(Boolean);
    return <CheckGroup name={q.id} legend={q.label} choices={q.options} values={values} onValues={(v) => props.onAnswer(v.join(','))} />;
  }
  const text = value ?? '';
  return (
    <TextField
      id={`check-${q.id}`}
      label={q.label}
      {...(q.hint ? { hint: q.hint } : {})}
      {...(q.unit ? { unit: q.unit } : {})}
      inputMode={q.inputMode ?? 'text'}
      value={text}
      error={fieldError(q.id, text)}
      onValue={(t) => props.onAnswer(t === '' ? undefined : t)}
    />
  );
}

function Summary({ answers }: { answers: Answers }) {
  const shown = effectiveAnswers(answers);
  const rows = stepsFor(answers)
    .flatMap((s) => s.questions)
    .filter((q) => shown[q.id] !== undefined)
    .map((q) => {
      const v = shown[q.id] ?? '';
      const text =
        q.kind === 'text'
          ? `${v}${q.unit ?? ''}`
          : v === ''
            ? '都没有'
            : v
                .split(',')
                .map((x) => q.options.find((o) => o.value === x)?.label ?? x)
                .join('、');
      return { q: q.label.replace(/（.*?）/g, ''), text };
    });
  return (
    <details class="check-summary">
      <summary>您的回答（{rows.length} 项）</summary>
      <dl>{rows.flatMap((r) => [<dt key={`${r.q}-q`}>{r.q}</dt>, <dd key={`${r.q}-a`}>{r.text}</dd>])}</dl>
    </details>
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
