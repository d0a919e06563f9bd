/**
 * 政策匹配: the eligibility checker. A few questions per step (only those that can change the result), a step
 * indicator whose answered steps are links, Back keeps every answer. The answers and the step live in the URL query,
 * so a result can be shared and reloaded; each step is its own history entry (pushState), so the browser's Back and
 * Android's back gesture return to the previous step, and popstate restores it with the answers kept. A tampered or
 * outdated query is read field by field by the rules module, and what it ignored is listed as plain text, naming the
 * question by its Chinese label. The result is the rules module's evaluateAnswers() (evaluate() without zod: the same
 * field parsers, so the browser ships no zod): a summary card on top (counts, sums from summariseResult, who to ask,
 * the actions), then the groups, empty ones hidden and 暂不符合 collapsed.
 */
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { evaluateAnswers, type BenefitResult, type Evaluation } from '../rules';
import { articleLabel, articlePath, formatYuan } from '../rules';
import { CALL_OR_ASK, summariseResult, type AmountSum } from '../rules';
import { RULES_JSON_VERSION } from '../rules';
import { profileFromSearchParams, type ProfileField } from '../rules';
import { ChoiceGroup, CheckGroup } from './choice-fields';
import { TextField } from './text-field';
import {
  allQuestions,
  answerRows,
  effectiveAnswers,
  fieldError,
  givenAnswers,
  isShown,
  openQuestionIds,
  questionIdsAfterAnswer,
  stepErrors,
  stepsFor,
  type Answers,
  type Question,
  type Step,
  type StepError,
} from './check-profile';
import { readStep, writeStep, STEP_KEY, type StepRef } from './check-url';
import { localToday } from './dates';
import { COPY_WORDS, copyLink, qrCode, resultLink } from './result-link';
import { ConditionList, wideScreen } from './ConditionList';

/**
 * The articles' official words for the result cards (第五条 to 第十七条, from the transcript at build time:
 * src/pages/check/official-words.json.ts). Fetched when a result is first shown, so the page does not carry them.
 */
export const OFFICIAL_WORDS_PATH = '/check/official-words.json';

export interface CheckerProps {
  /** Article number → the article's official words; when absent, fetched from OFFICIAL_WORDS_PATH for a result. */
  officialWords?: Record<string, string> | undefined;
  /**
   * What the reader did on the server-rendered first step before this code arrived (checker-loader.ts): the answers
   * then in the form, and whether 下一步 was pressed. Absent when server-rendering.
   */
  early?: EarlyInput | undefined;
  /** The public origin (SITE_URL) when the build knows it: the printout's link is at it, with its QR code. */
  site?: string | undefined;
}

/** Input given to the page's HTML before the checker had hydrated it. */
export interface EarlyInput {
  answers: Record<string, string>;
  submitted: boolean;
}

interface State {
  answers: Answers;
  step: StepRef;
  /** What the URL held that could not be used, in Chinese (plain text). */
  notices: string[];
  /** Whether the URL has been read (after hydration; the server renders the first step). */
  loaded: boolean;
  /**
   * The questions the open step shows, in order, settled when it opened (undefined: as the answers then give them):
   * an answer may add questions below it, never remove one.
   */
  shown?: ProfileField[] | undefined;
  /** What stops 下一步 / 查看结果, listed at the top of the step (the error summary) and at each field. */
  errors?: StepError[] | undefined;
  /** Said to screen readers when an answer adds questions below it. */
  added?: string | undefined;
}

const FIRST: StepRef = { kind: 'step', index: 0 };
const EMPTY: State = { answers: {}, step: FIRST, notices: [], loaded: false };

function stateFromUrl(search: string): State {
  const params = new URLSearchParams(search);
  const answersOnly = new URLSearchParams(params);
  answersOnly.delete(STEP_KEY);
  // the notices name fields by their labels and only count unknown keys: nothing from the URL is shown
  const { values, notices, kept } = profileFromSearchParams(answersOnly);
  // a refused typed answer goes back into its field with its message (kept), so its notice is not repeated above
  const answers: Answers = { ...values, ...kept };
  const read = readStep(params, stepsFor(answers).length);
  const out = notices.filter((n) => n.field === null || kept[n.field] === undefined).map((n) => n.message);
  if (read.ignored) out.push('网址中的步骤无法识别，已从第一步开始。');
  let step = read.step;
  if ((step.kind === 'result' || step.index > 0) && answers.kind === undefined) {
    out.push('网址中没有“个人或单位”的回答，请从第一步开始。');
    step = FIRST;
  }
  // a refused answer is shown in its field, with the error summary: a link past its step opens that step
  let errors: StepError[] | undefined;
  const bad = answers.kind === undefined ? undefined : firstStepWithErrors(answers);
  if (bad && (step.kind === 'result' || step.index >= bad.index)) {
    step = { kind: 'step', index: bad.index };
    errors = bad.errors;
  }
  return { answers, step, notices: out, loaded: true, errors };
}

/** The questions a step shows, in order (`shown` when settled, else as the answers give them). */
function questionsOf(step: Step | undefined, answers: Answers, shown: readonly ProfileField[] | undefined): Question[] {
  if (!step) return [];
  return (shown ?? openQuestionIds(step, answers)).flatMap((id) => step.questions.filter((q) => q.id === id));
}

/** The first step (after 个人/单位) holding an answer that cannot be used, with its errors. */
function firstStepWithErrors(answers: Answers): { index: number; errors: StepError[] } | undefined {
  const steps = stepsFor(answers);
  for (let index = 1; index < steps.length; index++) {
    const errors = stepErrors(questionsOf(steps[index], answers, undefined), answers, localToday());
    if (errors.length > 0) return { index, errors };
  }
  return undefined;
}

function urlFor(answers: Answers, step: StepRef): string {
  const params = new URLSearchParams();
  // every answer given, used or not, accepted or not: none is dropped from the link
  for (const [k, v] of Object.entries(givenAnswers(answers))) params.set(k, v);
  const query = writeStep(params, step).toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

export default function Checker(props: CheckerProps) {
  const [state, setState] = useState<State>(EMPTY);
  const [copied, setCopied] = useState<'idle' | keyof typeof COPY_WORDS>('idle');
  const qrRef = useRef<HTMLDivElement>(null);
  const [officialWords, setOfficialWords] = useState<Record<string, string> | undefined>(props.officialWords);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  /** Move focus to the error summary once it is drawn (after a refused 下一步, or a link with a refused answer). */
  const focusErrors = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const moved = useRef(false);
  /** 下一步 pressed before the answers were read (before this code arrived, or before the first effect): done after. */
  const heldSubmit = useRef(false);
  const { answers, step } = state;
  const steps = stepsFor(answers);

  // read the answers from the URL once, after hydration (the server-rendered first step hydrates as it is)
  useEffect(() => {
    const read = stateFromUrl(window.location.search);
    // a shared result link opens on the result itself, not on the page's introduction
    if (read.step.kind === 'result') moved.current = true;
    // answers given on the page's first step before this code arrived count as given here (only that step was shown)
    const early = props.early;
    if (early && read.step.kind === 'step' && read.step.index === 0) {
      for (const [id, value] of Object.entries(early.answers)) {
        const q = allQuestions.find((x) => x.id === id);
        if (q) read.answers[q.id] = value;
      }
      if (early.submitted) heldSubmit.current = true;
    }
    if (read.errors) focusErrors.current = true;
    // an answer given between hydration and this effect is the reader's latest word: it wins over the URL's
    setState((s) => ({ ...read, answers: { ...read.answers, ...s.answers } }));
  }, []);

  // the official words, once a result is shown (until they arrive, or if they cannot, a card quotes its own words)
  const wordsAsked = useRef(false);
  useEffect(() => {
    if (step.kind !== 'result' || officialWords !== undefined || wordsAsked.current) return;
    wordsAsked.current = true;
    fetch(OFFICIAL_WORDS_PATH)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : {}))
      .then((json) => setOfficialWords(wordsFrom(json)))
      .catch(() => setOfficialWords({}));
  }, [step, officialWords]);

  // a 下一步 held until the answers were read: press it now, with them
  useEffect(() => {
    if (!state.loaded || !heldSubmit.current) return;
    heldSubmit.current = false;
    formRef.current?.requestSubmit();
  }, [state.loaded]);

  // keep the URL in step with the answers: a new step is a new history entry (so Back returns to the step before);
  // answering replaces the current entry, so answering does not fill the history
  const pushNext = useRef(false);
  useEffect(() => {
    if (!state.loaded) return;
    const url = urlFor(answers, step);
    const push = pushNext.current;
    pushNext.current = false;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [answers, step, state.loaded]);

  // a printed result carries the answers given: open their disclosure for the printer
  useEffect(() => {
    const open = () =>
      document.querySelectorAll<HTMLDetailsElement>('.checker details.check-summary').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  // Back / Forward: the step comes from the entry's URL; the answers are the ones given so far (an earlier entry's
  // URL holds only the answers of its time), the URL's filling in what this page has not seen
  useEffect(() => {
    const onPop = () => {
      moved.current = true;
      setCopied('idle');
      setState((s) => {
        const fromUrl = stateFromUrl(window.location.search);
        const answersNow: Answers = { ...fromUrl.answers, ...s.answers };
        const count = stepsFor(answersNow).length;
        const to = fromUrl.step.kind === 'step' && fromUrl.step.index >= count ? FIRST : fromUrl.step;
        return { ...s, answers: answersNow, step: to, shown: undefined, errors: undefined, added: undefined };
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // after Next / Back / Start again, move focus to the new step's heading so keyboard and screen-reader users follow;
  // a result is brought to the top of the screen, its summary card first (on a phone the page's introduction and the
  // step indicator would otherwise fill the first screen)
  useEffect(() => {
    const h = headingRef.current;
    if (!moved.current || !h) return;
    h.focus({ preventScroll: true });
    const top = step.kind === 'result' ? h.closest('.check-top') : null;
    if (top) top.scrollIntoView({ block: 'start' });
    else h.scrollIntoView({ block: 'nearest' });
  }, [step]);

  // the error summary takes focus when it appears (GOV.UK's pattern): its links lead to each field
  useEffect(() => {
    if (!focusErrors.current || !state.errors?.length) return;
    focusErrors.current = false;
    errorsRef.current?.focus();
  }, [state.errors]);

  // an answer never moves the questions above it: the step's questions stay as they opened, and questions the
  // answer makes relevant are inserted right below it and announced
  const setAnswer = (id: Question['id'], value: string | undefined) =>
    setState((s) => {
      const next: Answers = { ...s.answers };
      if (value === undefined) delete next[id];
      else next[id] = value;
      let { shown, added } = s;
      const open = s.step.kind === 'step' ? stepsFor(s.answers)[s.step.index] : undefined;
      if (open && id !== 'kind') {
        const r = questionIdsAfterAnswer(open, s.shown ?? openQuestionIds(open, s.answers), id, next);
        shown = r.ids;
        if (r.added.length > 0) added = `下方新增 ${r.added.length} 个问题：${r.added.map((q) => q.label).join('；')}`;
      }
      const stillWrong = value !== undefined && fieldError(id, value) !== undefined;
      const errors = s.errors?.filter((e) => e.id !== id || stillWrong);
      return { ...s, answers: next, shown, added, errors };
    });

  const go = (to: StepRef) => {
    moved.current = true;
    pushNext.current = true;
    setCopied('idle');
    setState((s) => {
      // leaving a step: a list of honours left empty means "none of these"
      const answersNow: Answers = { ...s.answers };
      if (s.step.kind === 'step') {
        for (const q of stepsFor(s.answers)[s.step.index]?.questions ?? []) {
          if (q.kind === 'many' && isShown(q, answersNow) && answersNow[q.id] === undefined) answersNow[q.id] = '';
        }
      }
      return { ...s, answers: answersNow, step: to, shown: undefined, errors: undefined, added: undefined };
    });
  };

  const restart = () => {
    moved.current = true;
    pushNext.current = true;
    setCopied('idle');
    setState({ ...EMPTY, loaded: true });
  };

  const notice = state.notices.length > 0 && (
    <div class="check-notice" role="status">
      <p>链接中有部分内容无法使用，已忽略（可能来自旧版本的链接或被改动过）：</p>
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
        const to: StepRef = { kind: 'step', index: i };
        return (
          <li key={s.title} aria-current={current ? 'step' : undefined} class={done ? 'done' : undefined}>
            {done ? (
              <a
                href={state.loaded ? urlFor(answers, to) : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go(to);
                }}
              >
                {s.title}
                <span class="visually-hidden">（已完成，点击修改）</span>
              </a>
            ) : (
              s.title
            )}
          </li>
        );
      })}
      <li aria-current={step.kind === 'result' ? 'step' : undefined}>结果</li>
    </ol>
  );

  if (step.kind === 'result') {
    const today = localToday();
    const evaluation = evaluateAnswers({ ...effectiveAnswers(answers), asOf: today });
    // on paper the link is the way back to this result: the full address, answers included
    const printedLink = resultLink(props.site, new URL(urlFor(answers, { kind: 'result' }), window.location.origin));
    return (
      <div class="checker">
        {notice}
        {indicator}
        <section class="check-top check-read" aria-labelledby="check-result-h">
          <h2 id="check-result-h" class="check-result-h" tabIndex={-1} ref={headingRef}>
            匹配结果
          </h2>
          {evaluation.ok && <ResultTop evaluation={evaluation} />}
          <div class="check-actions">
            <button type="button" class="button" onClick={() => void copyLink().then(setCopied)}>
              复制结果链接
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => void print(props.site && printedLink, qrRef.current)}
            >
              打印
            </button>
            <button type="button" class="button secondary" onClick={restart}>
              重新开始
            </button>
            <div class="read-aloud" data-state="idle">
              <button type="button" class="button secondary" data-read-aloud=".check-read">
                <span class="ra-idle">朗读结果</span>
                <span class="ra-speaking">暂停朗读</span>
                <span class="ra-paused">继续朗读</span>
              </button>
              <button type="button" class="button secondary" data-read-stop>
                停止
              </button>
            </div>
            <span aria-live="polite" class="copied">
              {copied === 'idle' ? '' : COPY_WORDS[copied]}
            </span>
          </div>
          <p class="print-only check-printed">
            {printedDate(today)}根据本站第 {RULES_JSON_VERSION} 版规则（/api/rules.json）和以下回答得出。
          </p>
          <p class="print-only check-printed-link">结果链接：{printedLink}</p>
          <div class="print-only calc-printed-qr" ref={qrRef}></div>
        </section>
        <Summary answers={answers} />
        <Results evaluation={evaluation} officialWords={officialWords ?? {}} />
        <div class="check-actions check-actions-end">
          <button type="button" class="button secondary" onClick={() => go({ kind: 'step', index: steps.length - 1 })}>
            上一步（修改答案）
          </button>
        </div>
        <p class="check-disclaimer">
          结果根据您的回答和政策原文得出，仅供参考，不构成申请资格或金额的承诺，以官方发布文本和主管部门的解释为准。办法没有写明的申请程序，请
          {CALL_OR_ASK}。
        </p>
      </div>
    );
  }

  const index = step.index < steps.length ? step.index : 0;
  const current = steps[index];
  const last = index === steps.length - 1;
  const questions = questionsOf(current, answers, state.shown);
  const errors = state.errors ?? [];

  return (
    <div class="checker">
      {notice}
      {indicator}
      <form
        class="check-step"
        noValidate
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          if (!state.loaded) {
            heldSubmit.current = true;
            return;
          }
          // an answer that cannot be used stops the step: listed at the top, each linked to its field
          const found = stepErrors(questions, answers, localToday());
          if (found.length > 0) {
            focusErrors.current = true;
            setState((s) => ({ ...s, errors: found }));
            return;
          }
          go(last ? { kind: 'result' } : { kind: 'step', index: index + 1 });
        }}
      >
        {errors.length > 0 && <ErrorSummary errors={errors} refEl={errorsRef} />}
        <h2 tabIndex={-1} ref={headingRef}>
          第 {index + 1} 步，共 {steps.length} 步：{current?.title}
        </h2>
        {questions.map((q) => (
          <QuestionField
            key={q.id}
            q={q}
            value={answers[q.id]}
            onAnswer={(v) => setAnswer(q.id, v)}
            error={errors.find((e) => e.id === q.id)?.message}
          />
        ))}
        <p class="visually-hidden" aria-live="polite">
          {state.added ?? ''}
        </p>
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

function QuestionField(props: {
  q: Question;
  value: string | undefined;
  onAnswer: (v: string | undefined) => void;
  error?: string | undefined;
}) {
  const { q, value } = props;
  if (q.kind === 'one') {
    return (
      <ChoiceGroup
        name={q.id}
        legend={q.label}
        {...(q.hint ? { hint: q.hint } : {})}
        choices={q.options}
        value={value}
        onValue={props.onAnswer}
        error={props.error}
      />
    );
  }
  if (q.kind === 'many') {
    const values = (value ?? '').split(',').filter(Boolean);
    return (
      <CheckGroup
        name={q.id}
        legend={q.label}
        choices={q.options}
        values={values}
        onValues={(v) => props.onAnswer(v.join(','))}
      />
    );
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
      error={fieldError(q.id, text) ?? props.error}
      onValue={(t) => props.onAnswer(t === '' ? undefined : t)}
    />
  );
}

/** 您的回答: every answer given, each marked when this result did not use it (another answer makes it irrelevant). */
function Summary({ answers }: { answers: Answers }) {
  const rows = answerRows(answers);
  return (
    <details class="check-summary">
      <summary>您的回答（{rows.length} 项）</summary>
      <dl>
        {rows.flatMap((r) => [
          <dt key={`${r.id}-q`}>{r.question}</dt>,
          <dd key={`${r.id}-a`} data-answer={r.id} data-used={r.used ? undefined : 'no'}>
            {r.text}
            {!r.used && <span class="check-unused">（本次结果未用到）</span>}
          </dd>,
        ])}
      </dl>
    </details>
  );
}

/** The error summary at the top of a step (GOV.UK's pattern): what stops the step, each linked to its field. */
function ErrorSummary(props: { errors: readonly StepError[]; refEl: Ref<HTMLDivElement> }) {
  return (
    <div class="check-error-summary" role="alert" tabIndex={-1} ref={props.refEl} aria-labelledby="check-errors-h">
      <h3 id="check-errors-h">出现了问题</h3>
      <ul>
        {props.errors.map((e) => (
          <li key={e.id}>
            <a
              href={`#check-${e.id}`}
              onClick={(ev) => {
                ev.preventDefault();
                // a typed answer's field by its id; a choice's first option by its name
                const field =
                  document.getElementById(`check-${e.id}`) ??
                  document.querySelector<HTMLInputElement>(`.check-step input[name="${e.id}"]`);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const GROUPS = [
  { key: 'eligible', title: '可以享受', cls: 'ok', mark: '✓' },
  { key: 'needsConfirmation', title: '还需确认', cls: 'maybe', mark: '?' },
  // a level the person already holds: no gain, so apart from 可以享受 (the declaration's `reaches`, src/rules)
  { key: 'alreadyHeld', title: '您已取得该等级或更高等级', cls: 'held', mark: '·' },
  { key: 'notEligible', title: '暂不符合', cls: 'no', mark: '✗' },
] as const;
type GroupKey = (typeof GROUPS)[number]['key'];

/** The fetched official words: article number → text; anything else in the file is left out. */
function wordsFrom(json: unknown): Record<string, string> {
  if (typeof json !== 'object' || json === null) return {};
  return Object.fromEntries(
    Object.entries(json).filter((e): e is [string, string] => /^\d{1,2}$/.test(e[0]) && typeof e[1] === 'string'),
  );
}

/** 2026-12-02 → 2026年12月2日，for the printed result. */
function printedDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The summary card: how many in each group (groups with none are not mentioned), the sums of the money that is certain
 * and of the money still to confirm (from summariseResult, never retyped), and the one next step with who to ask.
 */
function ResultTop({ evaluation }: { evaluation: Evaluation }) {
  const summary = summariseResult(evaluation);
  const counts = GROUPS.filter((g) => summary.counts[g.key] > 0);
  return (
    <div class="check-overview">
      {counts.length > 0 ? (
        <ul class="check-counts">
          {counts.map((g) => (
            <li key={g.key} class={g.cls} data-count={g.key}>
              <span aria-hidden="true">{g.mark} </span>
              {g.title} <strong>{summary.counts[g.key]}</strong> 项
            </li>
          ))}
        </ul>
      ) : (
        <p>根据您的回答，没有找到相关的政策。</p>
      )}
      {summary.counts.eligible === 0 && counts.length > 0 && <p>根据您的回答，暂时没有可以确定享受的政策。</p>}
      {(summary.certain.items.length > 0 || summary.toConfirm.items.length > 0) && (
        <dl class="check-sums">
          <SumRow label="可以确定的金额" sum={summary.certain} data="certain" />
          <SumRow label="还需确认的金额" sum={summary.toConfirm} data="to-confirm" note="，待确认能否享受、发给谁" />
        </dl>
      )}
      <p class="check-next">
        <strong>下一步：</strong>
        {summary.nextStep}
      </p>
      {evaluation.kind === 'organisation' && (
        <p>
          有职工、在校生或培训学员名单？可以用<a href="/batch/">批量测算</a>逐人测算，名单只在您的浏览器中处理。
        </p>
      )}
    </div>
  );
}

/** One total of the summary card with the amounts it adds, each named (nothing is added that is not listed). */
function SumRow(props: { label: string; sum: AmountSum; data: string; note?: string }) {
  const { sum } = props;
  if (sum.items.length === 0) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <span class="amount" data-sum={props.data}>
          {formatYuan(sum.yuan)}
        </span>
        （{sum.items.length} 项{props.note ?? ''}）
        <ul class="check-sum-items">
          {sum.items.map((i) => (
            <li key={i.id} data-summed={i.id}>
              {i.title}：{formatYuan(i.yuan)}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

function Results(props: { evaluation: Evaluation; officialWords: Record<string, string> }) {
  const { evaluation } = props;
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
      {GROUPS.filter((g) => evaluation[g.key].length > 0).map((g) => {
        const items = evaluation[g.key];
        const list = (
          <ul class="result-list">
            {items.map((item) => (
              <ResultCard key={item.id} item={item} group={g.key} officialWords={props.officialWords} />
            ))}
          </ul>
        );
        return (
          <section
            class={`result-group ${g.cls}`}
            key={g.key}
            aria-labelledby={`group-${g.key}-h`}
            data-group={g.key}
            id={`group-${g.key}`}
          >
            <h2 id={`group-${g.key}-h`}>
              <span aria-hidden="true">{g.mark}</span> {g.title} <span class="group-count">（{items.length} 项）</span>
            </h2>
            {g.key === 'notEligible' ? (
              // collapsed: on a phone its cards would make the page several screens long
              <details class="result-more">
                <summary>显示 {items.length} 项暂不符合的政策及原因</summary>
                {list}
              </details>
            ) : (
              list
            )}
          </section>
        );
      })}
    </div>
  );
}

function ResultCard({
  item,
  group,
  officialWords,
}: {
  item: BenefitResult;
  group: GroupKey;
  officialWords: Record<string, string>;
}) {
  const article = item.articles[0] ?? 0;
  const words = officialWords[String(article)];
  // the article's name (第十三条) from the rules, so a card reads the same before the official words have arrived
  const label = articleLabel(article);
  const g = GROUPS.find((x) => x.key === group) ?? GROUPS[0];
  return (
    <li class="result-card" data-benefit={item.id}>
      <h3>{item.title}</h3>
      {/* outside the heading, so the title is read alone; the status is the group's, the kind only where it applies */}
      <p class="result-badges">
        <span class={`result-status ${g.cls}`}>
          <span aria-hidden="true">{g.mark} </span>
          {g.title}
        </span>
        {group !== 'notEligible' && <span class="result-kind">{item.kindLabel}</span>}
      </p>
      {item.amountText && (
        <p class="result-amount">
          金额：<span class="amount">{item.amountText}</span>
        </p>
      )}
      <p class="result-reason">{item.reason}</p>
      <ConditionList conditions={item.conditions} articleLabel={label} open={wideScreen()} />
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
      <a class="result-link" href={articlePath(article)}>
        阅读{label}的解读 →
      </a>
    </li>
  );
}

/**
 * 打印: the QR code of the result's public link (`qrLink`, only with SITE_URL: a QR code is read on another device) is
 * drawn first, so the printout carries it, then the dialog.
 */
async function print(qrLink: string | undefined, qr: HTMLDivElement | null): Promise<void> {
  if (qrLink && qr) {
    try {
      qr.replaceChildren(await qrCode(document, qrLink));
    } catch {
      // the link is printed in words anyway
      qr.replaceChildren();
    }
  }
  window.print();
}
