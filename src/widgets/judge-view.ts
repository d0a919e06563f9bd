/**
 * 结论: a benefit a calculator is a view of, judged by `judge()` (src/rules/verdict.ts, the checker's own walk) over its
 * declaration's conditions and deferral, for the answers the calculator has; ConditionList shows the result. In the
 * calculators' shared kit with verdict.ts (astro.config.mjs): in a file of their own they weighed about 230 B gzip more
 * on every page that judges (6 of 7), more than 第五条's page, whose verdict is judged when the page is built, saves.
 */
import { judge, type Profile, type ProfileField } from '../rules';
import { nested, type BenefitView, type ConditionView, type Judged } from './ConditionList';

/**
 * A benefit judged by `judge()` over its declaration (`b`: conditions and deferral) for the answers the calculator has
 * (`known`). A condition it cannot decide stays “?”: if it reads a field the calculator asks (`asked`), the reader has
 * not answered yet; otherwise the calculator does not ask it, and the reader confirms it. The reasons are the
 * declaration's words: the condition not met, the reading not settled, the question open, the deferral.
 */
export function judgeView(b: BenefitView, known: Partial<Profile>, asked: readonly ProfileField[] = []): Judged {
  const v = judge(b.conditions, b.deferred, known);
  const conditions = b.conditions.map((c, i): ConditionView => {
    const mark = v.marks[i] ?? 'unknown';
    return {
      text: c.text,
      words: c.words ?? null,
      reading: c.reading ?? null,
      mark,
      confirm:
        mark !== 'unknown'
          ? undefined
          : c.reads.some((f) => asked.includes(f) && known[f] === undefined)
            ? '请先回答上面的问题。'
            : '本计算器没有问这一项，请您自行确认。',
    };
  });
  const failed = v.failed && `“${nested(v.failed.text)}”`;
  const reason =
    v.status === 'not-eligible'
      ? `不满足${failed}。`
      : (failed ? `${failed}是本站理解，不是办法原话，不能据此认定不符合。` : '') +
        conditions
          .filter((c) => c.confirm)
          .map((c) => `“${nested(c.text)}”：${c.confirm}`)
          .join('');
  const deferred = v.status === 'needs-confirmation' ? (b.deferred ?? '') : '';
  return { verdict: { status: v.status, deferred, reason }, conditions };
}
