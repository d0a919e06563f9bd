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
    expect(s.certain).toEqual({ yuan: 5000, items: ['city-competition-award'] });
    expect(s.toConfirm).toEqual({ yuan: 5000, items: ['senior-technician-training-subsidy'] });
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
    expect(s.toConfirm.items).not.toContain('startup-guaranteed-loan');
    expect(s.certain.items).not.toContain('startup-guaranteed-loan');
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
    // 20万元 for the studios and the per-person amounts of 第六条's three subsidies (4,000 + 5,000 + 2,000 元)
    expect(s.toConfirm.yuan).toBe(211_000);
    expect(s.toConfirm.items).toContain('master-studio-grant');
  });
});
