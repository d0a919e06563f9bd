/**
 * Every calculator is a view of the declarations the checker reads: for the same facts, a calculator and `evaluate()`
 * find the same verdict, the same amount and the same dates. 2,000 random cases per calculator (fast-check). The
 * verdict compared is the one the calculator shows: its widget's view (src/widgets/judge-view.ts, with the deferrals
 * the registry gives it), for the facts the calculator asks; `evaluate()` gets those facts and nothing else. Where the
 * facts a calculator does not ask (who hosts a studio, the kind of organisation) are drawn too, the amounts must still
 * agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPETITION_PLACINGS,
  EDUCATIONS,
  GRADUATE_PROGRAMMES,
  HONOURS,
  cityCompetitionAward,
  educationFundDeduction,
  evaluate,
  formatFen,
  graduateTreatment,
  masterStudioGrant,
  technicianApplicationDate,
  titleDirectApplication,
  trainingSubsidy,
  trainingTypes,
  type BenefitId,
  type BenefitResult,
  type Evaluation,
} from '../../src/rules';
import { calculators, type CalculatorName } from '../../src/components/calculators';
import type { Deferrals, Judged } from '../../src/widgets/ConditionList';
import { trainingJudged } from '../../src/widgets/TrainingSubsidyCalculator';
import { masterStudioJudged } from '../../src/widgets/MasterStudioCalculator';
import { technicianJudged } from '../../src/widgets/TechnicianDateCalculator';
import { competitionJudged } from '../../src/widgets/CompetitionAwardCalculator';
import { graduateJudged } from '../../src/widgets/GraduateSupportCalculator';
import { titleJudged } from '../../src/widgets/TitleDirectCalculator';

const RUNS = { numRuns: 2000 };

/** A calculator's build-time props, as its page has them (the registry's). */
const propsOf = (name: CalculatorName) =>
  (calculators[name].props?.() ?? {}) as { deferred: Deferrals; judged?: Judged };

function benefit(e: Evaluation, id: BenefitId): BenefitResult {
  const r = [...e.eligible, ...e.needsConfirmation, ...e.notEligible].find((b) => b.id === id);
  if (!r) throw new Error(`${id} missing from the evaluation`);
  return r;
}

/** A sum of fen as people type it in yuan: 123456 → "1234.56". */
const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const fen = fc.integer({ min: 0, max: 10_000_000_000 });
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('计算器与自查给出同样的结论、金额和日期（每个计算器 2000 次）', () => {
  it('第五条 职工教育经费：本年可扣除额与算式相同', () => {
    fc.assert(
      fc.property(fen, fen, fen, fen, (wages, spending, frontlineRaw, carriedOver) => {
        const frontline = Math.min(frontlineRaw, spending);
        const text = { wages: yuanText(wages), frontline: yuanText(frontline), carried: yuanText(carriedOver) };
        const c = educationFundDeduction({
          wages: text.wages,
          spending: yuanText(spending),
          frontlineSpending: text.frontline,
          carriedOver: text.carried,
        });
        const e = evaluate({
          kind: 'organisation',
          organisationType: 'enterprise',
          wages: text.wages,
          educationSpending: yuanText(spending),
          frontlineSpending: text.frontline,
          carriedOver: text.carried,
        });
        const b = benefit(e, 'education-fund-deduction');
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        expect(b.status).toBe('eligible');
        // the verdict the calculator shows (judged when the page is built): the checker's for the facts it asks, which
        // leave the kind of organisation unanswered
        const asked = evaluate({
          kind: 'organisation',
          wages: text.wages,
          educationSpending: yuanText(spending),
          frontlineSpending: text.frontline,
          carriedOver: text.carried,
        });
        expect(propsOf('education-fund').judged?.verdict.status).toBe(
          benefit(asked, 'education-fund-deduction').status,
        );
        expect(b.amountText).toBe(`本年可扣除 ${formatFen(c.value.deductibleFen)}`);
        expect(b.arithmetic).toEqual(c.value.steps);
        expect(b.whatWouldChange !== null).toBe(c.value.frontlineShareMet === false);
      }),
      RUNS,
    );
  });

  it('第六条 技师项目培训补贴：每人金额与结论相同', () => {
    const counts = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000 }));
    const { deferred } = propsOf('training-subsidy');
    fc.assert(
      fc.property(counts, counts, counts, fc.constantFrom('person', 'organisation'), (a, b, c, kind) => {
        const r = trainingSubsidy({ technicians: a, seniorTechnicians: b, seniorUpgrades: c });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.lines.map((l) => l.benefitId)).toEqual([
          'technician-training-subsidy',
          'senior-technician-training-subsidy',
          'senior-technician-upgrade-subsidy',
        ]);
        // the verdicts shown: one per line that counts someone (their people are of its type), or, with nobody
        // counted, one per line for a person whose type is not answered yet
        const counted = r.value.lines.filter((l) => l.count > 0);
        const shown = trainingJudged(r.value, deferred);
        const lines = counted.length > 0 ? counted : r.value.lines;
        expect(shown).toHaveLength(lines.length);
        lines.forEach((line, i) => {
          const type = trainingTypes[line.benefitId as keyof typeof trainingTypes];
          const facts = counted.length > 0 ? { trainingProject: type.answer } : {};
          const person = benefit(evaluate({ kind: 'person', ...facts }), line.benefitId as BenefitId);
          expect(shown[i]?.verdict.status).toBe(person.status);
          // a unit counting its people: the checker's verdict for an organisation
          if (counted.length > 0)
            expect(shown[i]?.verdict.status).toBe(
              benefit(evaluate({ kind: 'organisation' }), line.benefitId as BenefitId).status,
            );
        });
        for (const line of r.value.lines) {
          const type = trainingTypes[line.benefitId as keyof typeof trainingTypes];
          const e = evaluate(kind === 'person' ? { kind, trainingProject: type.answer } : { kind });
          const checked = benefit(e, line.benefitId as BenefitId);
          // a person's own subsidy is the rate; a unit's is the rate times a count the checker does not ask (no sum)
          expect(checked.amountYuan).toBe(kind === 'person' ? line.perPersonYuan : null);
          expect(checked.amountText).toBe(`每人 ${line.perPersonYuan.toLocaleString('en-US')} 元`);
          expect(line.subtotalYuan).toBe(line.count * line.perPersonYuan);
        }
      }),
      RUNS,
    );
  });

  it('第八条 技能大师工作室：结论、合计与算式相同', () => {
    const { deferred } = propsOf('master-studio');
    const host = fc.constantFrom(
      { organisationType: 'enterprise', leadingEnterprise: 'yes' },
      { organisationType: 'technical-school' },
      { organisationType: 'higher-vocational-college' },
      { organisationType: 'public-training-base' },
    );
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 })), host, (studios, h) => {
        const c = masterStudioGrant({ studios });
        const b = benefit(evaluate({ kind: 'organisation', ...h, newStudios: studios }), 'master-studio-grant');
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        // the verdict shown, for the facts the calculator asks (the count; not who hosts the studios)
        const asked = benefit(evaluate({ kind: 'organisation', newStudios: studios }), 'master-studio-grant');
        expect(masterStudioJudged(c.value, deferred).verdict.status).toBe(asked.status);
        if (studios === 0) {
          expect(b.status).toBe('not-eligible');
          expect(c.value.totalYuan).toBe(0);
          return;
        }
        // the article names no recipient and no procedure: deferred like 第六条's subsidies (PAYER_NOT_NAMED)
        expect(b.status).toBe('needs-confirmation');
        expect(b.amountYuan).toBe(c.value.totalYuan);
        expect(b.arithmetic).toEqual(c.value.steps);
      }),
      RUNS,
    );
  });

  it('第十一条 技师申报时间：结论和最早申报日期相同', () => {
    const { deferred } = propsOf('technician-date');
    fc.assert(
      fc.property(isoDate, isoDate, (d1, d2) => {
        const [certificateDate, today] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const c = technicianApplicationDate({ certificateDate, today });
        const e = evaluate({
          kind: 'person',
          education: 'technical-school-technician-class-student',
          advancedCertificateDate: certificateDate,
          asOf: today,
        });
        const b = benefit(e, 'technician-evaluation');
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        expect(technicianJudged(c.value, deferred).verdict.status).toBe(b.status);
        expect(b.status).toBe(c.value.canApplyNow ? 'eligible' : 'not-eligible');
        const said = c.value.canApplyNow ? b.reason : (b.whatWouldChange ?? '');
        expect(said).toContain(c.value.earliestApplicationDateText);
        if (c.value.canApplyNow) expect(b.arithmetic).toEqual(c.value.steps);
      }),
      RUNS,
    );
  });

  it('第十一条 技师申报时间：不是预备技师班、技师班学生的，结论相同', () => {
    const { deferred } = propsOf('technician-date');
    const others = EDUCATIONS.filter((e) => e !== 'technical-school-technician-class-student');
    fc.assert(
      fc.property(fc.constantFrom(...others), (education) => {
        const b = benefit(evaluate({ kind: 'person', education }), 'technician-evaluation');
        expect(technicianJudged(undefined, deferred).verdict).toEqual(expect.objectContaining({ status: b.status }));
      }),
      RUNS,
    );
  });

  it('第十三条 全市技能大赛：名次的结论和奖励金额相同', () => {
    const { deferred } = propsOf('competition-award');
    fc.assert(
      fc.property(fc.constantFrom(...COMPETITION_PLACINGS), (placing) => {
        const c = cityCompetitionAward({ placing });
        const b = benefit(evaluate({ kind: 'person', competitionPlacing: placing }), 'city-competition-award');
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        expect(competitionJudged(c.value.placing, deferred).verdict.status).toBe(b.status);
        expect(b.status).toBe('eligible');
        expect(b.amountYuan).toBe(c.value.amountYuan);
        expect(b.arithmetic).toEqual(c.value.steps);
      }),
      RUNS,
    );
  });

  it('第十五条 技工院校毕业生：参照学历和创业扶持的结论与额度相同', () => {
    const { deferred } = propsOf('graduate-support');
    fc.assert(
      fc.property(
        fc.constantFrom(...GRADUATE_PROGRAMMES),
        fc.constantFrom(undefined, true, false),
        (programme, startingBusiness) => {
          const c = graduateTreatment(startingBusiness === undefined ? { programme } : { programme, startingBusiness });
          const e = evaluate({
            kind: 'person',
            education: programme,
            ...(startingBusiness === undefined ? {} : { startingBusiness }),
          });
          expect(c.ok).toBe(true);
          if (!c.ok) return;
          expect(benefit(e, 'academic-equivalence').status).toBe(
            c.value.equivalence === null ? 'not-eligible' : 'eligible',
          );
          const shown = graduateJudged(c.value, deferred);
          expect(shown.treatment.verdict.status).toBe(benefit(e, 'academic-equivalence').status);
          const startup = ['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support'] as const;
          expect(shown.startup.map((j) => j.verdict.status)).toEqual(startup.map((id) => benefit(e, id).status));
          for (const id of startup) {
            const b = benefit(e, id);
            const listed = c.value.startupSupports.find((s) => s.benefitId === id);
            // 创业 is the site's reading of “按有关规定享受促进就业创业政策”: a “no” leads to 还需确认, never 暂不符合
            if (listed === undefined) expect(b.status).toBe('not-eligible');
            else expect(b.status).toBe('needs-confirmation');
            if (listed !== undefined && b.status !== 'not-eligible') expect(b.amountText).toBe(listed.amountText);
          }
        },
      ),
      RUNS,
    );
  });

  it('第十六条 职称直通：正高级、副高级、绿色通道的结论相同', () => {
    const verdict = { yes: 'eligible', unclear: 'needs-confirmation', no: 'not-eligible' } as const;
    const { deferred } = propsOf('title-direct');
    const routes = [
      'full-senior-title-direct',
      'associate-senior-title-direct',
      'public-institution-green-channel',
    ] as const;
    fc.assert(
      fc.property(fc.subarray([...HONOURS]), (honours) => {
        const c = titleDirectApplication({ honours });
        const e = evaluate({ kind: 'person', honours });
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        expect(benefit(e, 'full-senior-title-direct').status).toBe(verdict[c.value.fullSenior]);
        expect(benefit(e, 'associate-senior-title-direct').status).toBe(verdict[c.value.associateSenior]);
        expect(benefit(e, 'public-institution-green-channel').status).toBe(verdict[c.value.greenChannel]);
        // what the page shows (nothing ticked: no result yet)
        if (honours.length > 0)
          expect(titleJudged(honours, deferred).map((j) => j.verdict.status)).toEqual(
            routes.map((id) => benefit(e, id).status),
          );
      }),
      RUNS,
    );
  });
});
