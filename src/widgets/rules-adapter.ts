/**
 * The one place the calculators reach the rules module. It turns what src/rules/ returns into the view models the
 * widgets render (CountsLine rows, fen amounts, dates), so a change of shape in the rules module is absorbed here.
 *
 * INTERIM: while src/rules/ (issue 3) has not landed its calculators, this file holds stand-ins built only on
 * src/rules/parameters.ts, following the agreed contract (raw strings in; { ok, value } | { ok: false, errors } out).
 * Each stand-in is replaced by a call to the rules module as soon as that function is committed.
 */
import { parameters as p, type ParameterId } from '../rules/parameters';
import type { CountsLine } from './CountsResult';

export type Outcome<V, K extends string = string> = { ok: true; value: V } | { ok: false; errors: Partial<Record<K, string>> };

// ---- interim number parser (the rules module's parse.ts replaces it) ----
const MAX_COUNT = 100_000;
type Parsed = { ok: true; n: number } | { ok: false; message: string };

function parseCount(raw: string, what: string): Parsed {
  const s = raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, '');
  if (s === '') return { ok: false, message: `请填写${what}（没有就填 0）` };
  const m = /^(-?)(\d+(?:\.\d+)?)(万?)$/.exec(s);
  if (!m) return { ok: false, message: `${what}请填写数字，例如 3` };
  if (m[1] === '-') return { ok: false, message: `${what}不能是负数` };
  const n = Number(m[2]) * (m[3] ? 10_000 : 1);
  if (!Number.isInteger(n)) return { ok: false, message: `${what}应为整数` };
  if (n > MAX_COUNT) return { ok: false, message: `${what}不能超过 ${MAX_COUNT.toLocaleString('en-US')}` };
  return { ok: true, n };
}

function countsOutcome<K extends string>(raw: Record<K, string>, spec: readonly { key: K; what: string; label: string; param: ParameterId }[]): Outcome<{ total: number; lines: CountsLine[] }, K> {
  const errors: Partial<Record<K, string>> = {};
  const lines: CountsLine[] = [];
  for (const s of spec) {
    const r = parseCount(raw[s.key], s.what);
    if (!r.ok) errors[s.key] = r.message;
    else lines.push({ label: s.label, count: r.n, perUnit: p[s.param].value, amount: r.n * p[s.param].value });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { total: lines.reduce((a, l) => a + l.amount, 0), lines } };
}

export type TrainingSubsidyKey = 'technicians' | 'seniorTechnicians' | 'upgradeTrainees';
/** 第六条: 新培养技师、高级技师和高级技师岗位技能提升培训 … 分别给予每人4000元、5000元、2000元技师项目培训补贴. */
export function trainingSubsidy(raw: Record<TrainingSubsidyKey, string>) {
  return countsOutcome(raw, [
    { key: 'technicians', what: '新培养技师人数', label: '新培养技师', param: 'technicianTrainingSubsidy' },
    { key: 'seniorTechnicians', what: '新培养高级技师人数', label: '新培养高级技师', param: 'seniorTechnicianTrainingSubsidy' },
    { key: 'upgradeTrainees', what: '提升培训人数', label: '高级技师岗位技能提升培训', param: 'seniorTechnicianUpgradeSubsidy' },
  ]);
}

export type CityCompetitionKey = 'first' | 'second' | 'third' | 'merit';
/** 第十三条: 对获得全市技能大赛第一名、第二名、第三名和优胜奖的选手，分别给予5000元、3000元、2000元和1000元奖励. */
export function cityCompetitionAward(raw: Record<CityCompetitionKey, string>) {
  return countsOutcome(raw, [
    { key: 'first', what: '第一名人数', label: '第一名', param: 'cityCompetitionFirstPrize' },
    { key: 'second', what: '第二名人数', label: '第二名', param: 'cityCompetitionSecondPrize' },
    { key: 'third', what: '第三名人数', label: '第三名', param: 'cityCompetitionThirdPrize' },
    { key: 'merit', what: '优胜奖人数', label: '优胜奖', param: 'cityCompetitionMeritPrize' },
  ]);
}

export type MasterStudioKey = 'studios';
/** 第八条: 对新认定的市级技能大师工作室，市财政给予10万元奖补资金. */
export function masterStudioGrant(raw: Record<MasterStudioKey, string>) {
  return countsOutcome(raw, [{ key: 'studios', what: '工作室数量', label: '新认定的市级技能大师工作室', param: 'masterStudioGrant' }]);
}

// ---- 第五条 职工教育经费 ----
const MAX_YUAN = 1_000_000_000_000;
type ParsedFen = { ok: true; fen: number } | { ok: false; message: string };

/** Yuan as typed ("120万", "1,200,000.50", "４０００") → integer fen, by string arithmetic (no floating-point money). */
function parseYuanToFen(raw: string, what: string): ParsedFen {
  const s = raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uff0e/g, '.')
    .replace(/[\s,，元]/g, '');
  if (s === '') return { ok: false, message: `请填写${what}（没有就填 0）` };
  const m = /^(-?)(\d+)(?:\.(\d+))?(万?)$/.exec(s);
  if (!m) return { ok: false, message: `${what}请填写金额数字，例如 1200000 或 120万` };
  if (m[1] === '-') return { ok: false, message: `${what}不能是负数` };
  const whole = m[2] ?? '0';
  const decimals = m[3] ?? '';
  const wan = m[4] === '万';
  const places = wan ? 6 : 2;
  if (decimals.length > places) return { ok: false, message: wan ? `${what}以“万”为单位时最多保留 6 位小数` : `${what}最多保留 2 位小数（到分）` };
  if (whole.length > 13) return { ok: false, message: `${what}不能超过 1 万亿元` };
  const fen = Number(whole) * (wan ? 1_000_000 : 100) + Number(decimals.padEnd(places, '0') || '0');
  if (fen > MAX_YUAN * 100) return { ok: false, message: `${what}不能超过 1 万亿元` };
  return { ok: true, fen };
}

export type EducationFundKey = 'wages' | 'spending' | 'frontlineSpending' | 'carriedOver';
export interface EducationFundValue {
  wagesFen: number;
  rate: number;
  limitFen: number;
  availableFen: number;
  spendingFen: number;
  carriedOverFen: number;
  deductibleFen: number;
  carryForwardFen: number;
  frontlineFen: number;
  frontlineShareMin: number;
  /** undefined when nothing was spent this year. */
  frontlineMet: boolean | undefined;
  /** The share of this year's spending that went to 一线职工, in whole percent rounded down. */
  frontlinePercent: number | undefined;
}

/** 第五条: 落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的税收政策 … 其中60%以上用于一线职工培训. */
export function educationFundDeduction(raw: Record<EducationFundKey, string>): Outcome<EducationFundValue, EducationFundKey> {
  const errors: Partial<Record<EducationFundKey, string>> = {};
  const what: Record<EducationFundKey, string> = { wages: '工资薪金总额', spending: '本年职工教育经费支出', frontlineSpending: '用于一线职工培训的支出', carriedOver: '以前年度结转的金额' };
  const fen: Partial<Record<EducationFundKey, number>> = {};
  for (const key of Object.keys(what) as EducationFundKey[]) {
    const r = parseYuanToFen(raw[key], what[key]);
    if (r.ok) fen[key] = r.fen;
    else errors[key] = r.message;
  }
  if (fen.frontlineSpending !== undefined && fen.spending !== undefined && fen.frontlineSpending > fen.spending) {
    errors.frontlineSpending = '用于一线职工培训的支出不能多于本年职工教育经费支出';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const wagesFen = fen.wages ?? 0;
  const spendingFen = fen.spending ?? 0;
  const frontlineFen = fen.frontlineSpending ?? 0;
  const carriedOverFen = fen.carriedOver ?? 0;
  const rate = p.educationFundDeductionRate.value;
  const limitFen = Math.floor((wagesFen * rate) / 100);
  const availableFen = spendingFen + carriedOverFen;
  const deductibleFen = Math.min(availableFen, limitFen);
  const min = p.frontlineTrainingShare.value;
  return {
    ok: true,
    value: {
      wagesFen,
      rate,
      limitFen,
      availableFen,
      spendingFen,
      carriedOverFen,
      deductibleFen,
      carryForwardFen: availableFen - deductibleFen,
      frontlineFen,
      frontlineShareMin: min,
      frontlineMet: spendingFen === 0 ? undefined : frontlineFen * 100 >= spendingFen * min,
      frontlinePercent: spendingFen === 0 ? undefined : Math.floor((frontlineFen * 100) / spendingFen),
    },
  };
}

// ---- 第十一条 技师申报时间 ----
export type TechnicianDateKey = 'certificateDate';
export interface TechnicianDateValue {
  certificateDate: string;
  years: number;
  /** The last day of the period (ISO). */
  periodEnd: string;
  /** The first day one may apply (ISO). */
  earliest: string;
  /** Whether `today` is on or after `earliest`. */
  canApplyNow: boolean;
  /** Days from today until `earliest` (0 when one can apply now). */
  daysToGo: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parseDate(raw: string): { ok: true; y: number; m: number; d: number } | { ok: false; message: string } {
  const s = raw.trim().replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (s === '') return { ok: false, message: '请填写取得高级工证书的日期' };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return { ok: false, message: '日期请写成 2025-03-10 或 2025年3月10日 的形式' };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return { ok: false, message: '这一天不存在，请检查年、月、日' };
  if (y < 1990) return { ok: false, message: '日期太早，请检查年份' };
  return { ok: true, y, m: mo, d };
}

/** 第十一条: 取得高级工（三级）职业资格证书或职业技能等级证书2年后，可申报 … 技师（二级）. Civil Code art. 201–203 counting. */
export function technicianApplicationDate(raw: { certificateDate: string; today: string }): Outcome<TechnicianDateValue, TechnicianDateKey> {
  const c = parseDate(raw.certificateDate);
  if (!c.ok) return { ok: false, errors: { certificateDate: c.message } };
  const t = parseDate(raw.today);
  const certificateDate = iso(c.y, c.m, c.d);
  if (t.ok && certificateDate > iso(t.y, t.m, t.d)) return { ok: false, errors: { certificateDate: '取证日期不能晚于今天' } };
  const years = p.technicianWaitingYears.value;
  const endY = c.y + years;
  const endD = Math.min(c.d, daysInMonth(endY, c.m));
  const next = new Date(Date.UTC(endY, c.m - 1, endD + 1));
  const earliest = iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  const todayIso = t.ok ? iso(t.y, t.m, t.d) : certificateDate;
  const daysToGo = t.ok ? Math.max(0, Math.round((next.getTime() - Date.UTC(t.y, t.m - 1, t.d)) / 86_400_000)) : 0;
  return { ok: true, value: { certificateDate, years, periodEnd: iso(endY, c.m, endD), earliest, canApplyNow: todayIso >= earliest, daysToGo } };
}

// ---- 第十六条 职称直通 ----
export const titleHonours = ['zhonghuaSkillsAward', 'worldSkillsGold', 'worldSkillsPrize', 'nationalGold', 'zhongyuanSkillsAward', 'zhongyuanSkillsMaster', 'zhongyuanCraftsman'] as const;
export type TitleHonour = (typeof titleHonours)[number];
export interface TitleDirectValue {
  /** 可直接申报相应系列正高级职称, with the honours that give it. */
  fullSenior: TitleHonour[];
  /** 可直接申报相应系列副高级职称. */
  associateSenior: TitleHonour[];
  /** 事业单位招聘“绿色通道”，适用人才编制政策. */
  greenChannel: TitleHonour[];
}

/** 第十六条: “中华技能大奖”、世赛金牌获得者，可直接申报相应系列正高级职称；“中原技能大奖”… 可直接申报相应系列副高级职称. */
export function titleDirectApplication(raw: { honours: readonly string[] }): Outcome<TitleDirectValue, 'honours'> {
  const unknown = raw.honours.filter((h) => !(titleHonours as readonly string[]).includes(h));
  if (unknown.length > 0) return { ok: false, errors: { honours: '有无法识别的选项，请重新选择' } };
  const has = new Set(raw.honours as TitleHonour[]);
  const pick = (list: readonly TitleHonour[]) => list.filter((h) => has.has(h));
  // a 世赛 gold medallist is also a 世赛获奖者
  const worldPrize: TitleHonour[] = has.has('worldSkillsGold') || has.has('worldSkillsPrize') ? pick(['worldSkillsGold', 'worldSkillsPrize']) : [];
  return {
    ok: true,
    value: {
      fullSenior: pick(['zhonghuaSkillsAward', 'worldSkillsGold']),
      associateSenior: [...pick(['zhongyuanSkillsAward', 'zhongyuanSkillsMaster', 'zhongyuanCraftsman', 'nationalGold']), ...worldPrize],
      greenChannel: [...worldPrize, ...pick(['nationalGold'])],
    },
  };
}

// ---- 第十五条 技工院校毕业生待遇与创业扶持 ----
export type GraduateClass = 'advanced' | 'preparatoryTechnician' | 'other';
export interface GraduateValue {
  treatment: '大专' | '本科' | undefined;
  startup: { subsidy: number; loanCeiling: number; projectMin: number; projectMax: number } | undefined;
}

/** 第十五条: 技工院校高级工班、预备技师（技师）班毕业生分别参照大专、本科学历享受相关待遇 … 创业开业一次性补贴 5000 元 …. */
export function graduateTreatment(raw: { graduateClass: string; startingBusiness: string }): Outcome<GraduateValue, 'graduateClass' | 'startingBusiness'> {
  const errors: Partial<Record<'graduateClass' | 'startingBusiness', string>> = {};
  if (!['advanced', 'preparatoryTechnician', 'other'].includes(raw.graduateClass)) errors.graduateClass = '请选择您毕业的班级';
  if (!['yes', 'no'].includes(raw.startingBusiness)) errors.startingBusiness = '请选择是否创业';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const eligible = raw.graduateClass !== 'other';
  return {
    ok: true,
    value: {
      treatment: raw.graduateClass === 'advanced' ? '大专' : raw.graduateClass === 'preparatoryTechnician' ? '本科' : undefined,
      startup:
        eligible && raw.startingBusiness === 'yes'
          ? { subsidy: p.startupSubsidy.value, loanCeiling: p.startupLoanCeiling.value, projectMin: p.startupProjectSupportMin.value, projectMax: p.startupProjectSupportMax.value }
          : undefined,
    },
  };
}
