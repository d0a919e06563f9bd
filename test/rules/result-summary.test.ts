/**
 * The checker's summary card: counts, sums of the money that is certain and of the money still to
 * confirm, and who to ask. Expected figures from the measure's words: 第十三条 第一名 5000元; 第六条 新培养高级技师
 * 每人5000元 (还需确认: the measure does not say who receives it); 第八条 工作室 10万元.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/evaluate';
import { summariseResult } from '../../src/rules/result-summary';

const asOf = '2026-12-01';

describe('summariseResult', () => {
  it('第十三条第一名 (5000元, certain) and 第六条新培养高级技师 (5000元, to confirm) are summed apart', () => {
    const s = summariseResult(
      evaluate({
        kind: 'person',
        competitionPlacing: 'first',
        trainingProject: 'new-senior-technician',
        education: 'other',
        asOf,
      }),
    );
    expect(s.certain).toEqual({
      yuan: 5000,
      items: [{ id: 'city-competition-award', title: '全市技能大赛奖励', yuan: 5000 }],
    });
    expect(s.toConfirm.yuan).toBe(5000);
    expect(s.toConfirm.items.map((i) => i.id)).toEqual(['senior-technician-training-subsidy']);
    expect(s.nextStep).toContain('12333');
    expect(s.nextStep).not.toContain('税务');
  });

  it('counts are the lengths of the groups', () => {
    const e = evaluate({ kind: 'person', skillLevel: 'advanced', asOf });
    const s = summariseResult(e);
    expect(s.counts).toEqual({
      eligible: e.eligible.length,
      needsConfirmation: e.needsConfirmation.length,
      notEligible: e.notEligible.length,
      alreadyHeld: e.alreadyHeld.length,
    });
    expect(s.counts.eligible + s.counts.needsConfirmation + s.counts.notEligible).toBeGreaterThan(10);
  });

  it('a loan ceiling is not money received: 创业担保贷款 (20万元) is not added', () => {
    const s = summariseResult(
      evaluate({
        kind: 'person',
        education: 'technical-school-advanced-class-graduate',
        startingBusiness: 'yes',
        asOf,
      }),
    );
    const ids = [...s.toConfirm.items, ...s.certain.items].map((i) => i.id);
    expect(ids).not.toContain('startup-guaranteed-loan');
  });

  it('an enterprise with the education fund is sent to 主管税务机关 for the deduction, and to 12333 for the rest', () => {
    const s = summariseResult(
      evaluate({
        kind: 'organisation',
        organisationType: 'enterprise',
        wages: '1000000',
        educationSpending: '50000',
        asOf,
      }),
    );
    expect(s.nextStep).toContain('职工教育经费税前扣除请向主管税务机关咨询');
    expect(s.nextStep).toContain('12333');
  });

  it('a 技工院校 with 2 new studios: 第八条 10万元 each, 20万元 to confirm (the article does not say who receives it)', () => {
    const s = summariseResult(
      evaluate({ kind: 'organisation', organisationType: 'technical-school', newStudios: '2', asOf }),
    );
    expect(s.certain).toEqual({ yuan: 0, items: [] });
    // 20万元 for the studios only: 第六条's per-person rates have no count here and are never added
    expect(s.toConfirm.yuan).toBe(200_000);
    expect(s.toConfirm.items.map((i) => i.id)).toEqual(['master-studio-grant']);
  });

  it('an enterprise that gave no count of people trained: no sum at all (not 4,000 + 5,000 + 2,000 元)', () => {
    const s = summariseResult(evaluate({ kind: 'organisation', organisationType: 'enterprise', asOf }));
    expect(s.toConfirm).toEqual({ yuan: 0, items: [] });
    expect(s.certain).toEqual({ yuan: 0, items: [] });
  });

  it('a person who answered only 个人: nothing is added (no 1.6 万元 of rates and unanswered conditions)', () => {
    const s = summariseResult(evaluate({ kind: 'person', asOf }));
    expect(s.toConfirm).toEqual({ yuan: 0, items: [] });
  });
});
