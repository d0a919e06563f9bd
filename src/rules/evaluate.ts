/**
 * 自查: which benefits of the measure apply to a person or an organisation.
 *
 * `evaluate(input)` validates an untrusted profile (ProfileSchema) and sorts the benefits of the catalog whose
 * audience matches (persons see the 20 person benefits, organisations the 5 organisation benefits) into:
 * - `eligible`          可以享受 — the conditions the measure states are met;
 * - `needsConfirmation` 还需确认 — an answer is missing, or the measure leaves the decision to later rules,
 *                       a selection, an evaluation or an employer (who is paid, 经评审认定, 按有关规定, 鼓励);
 * - `notEligible`       暂不符合 — a stated condition is not met (named in the reason), with what would change it.
 * Every item carries the reason in Chinese, the worked arithmetic with each parameter and its article, the
 * article's words and what the measure does not say. Never throws.
 */
import { computeEducationFundDeduction } from './art05-education-funds';
import { technicianApplicationDate } from './art11-skill-evaluation';
import { competitionPlacings } from './art13-competitions';
import { startupSupports } from './art15-graduates';
import { WORLDSKILLS_EXCELLENCE_NOTE, honourList, titleDirectApplication, type TitleDirectApplicationResult } from './art16-titles';
import { amountParameterIds, amountText, benefitById, benefitKindLabels, type BenefitId } from './catalog';
import { formatFen, formatYuan } from './format';
import { FORM_ERROR_KEY, type FieldErrors } from './parse';
import { parseWith } from './zod-field';
import { parameters, valueOf } from './parameters';
import { ProfileSchema, educationLabels, organisationTypeLabels, trainingProjectLabels, type Education, type Profile, type SkillLevel, SKILL_LEVELS } from './profile';
import type { BenefitResult, BenefitStatus, Evaluation } from './schemas';
import { useParameter, ASK_OFFICIALS, type WorkedStep } from './worked';

/** The result types live with their zod schemas in schemas.ts. */
export type { BenefitResult, BenefitStatus, Evaluation } from './schemas';

/** Group headings as the site shows them. */
export const benefitStatusLabels: Record<BenefitStatus, string> = {
  eligible: '可以享受',
  'needs-confirmation': '还需确认',
  'not-eligible': '暂不符合',
};


interface Verdict {
  status: BenefitStatus;
  reason: string;
  amountYuan?: number;
  amountText?: string;
  arithmetic?: WorkedStep[];
  whatWouldChange?: string;
  notSaid?: string[];
}

function result(id: BenefitId, v: Verdict): BenefitResult {
  const b = benefitById(id);
  return {
    id,
    title: b.title,
    articles: [...b.articles],
    kind: b.kind,
    kindLabel: benefitKindLabels[b.kind],
    status: v.status,
    amountYuan: v.amountYuan ?? null,
    amountText: v.amountText ?? amountText(b.amount),
    reason: v.reason,
    arithmetic: v.arithmetic ?? [],
    parameters: amountParameterIds(b.amount).map((id) => useParameter(parameters[id])),
    quote: b.quote,
    whatWouldChange: v.whatWouldChange ?? null,
    notSaid: [...(v.notSaid ?? []), ...b.notSaid],
  };
}

const unanswered = (question: string): Verdict => ({ status: 'needs-confirmation', reason: `还没有回答“${question}”，回答后才能判断。` });

function rank(level: SkillLevel | undefined): number | undefined {
  return level === undefined ? undefined : SKILL_LEVELS.indexOf(level);
}
const ADVANCED = SKILL_LEVELS.indexOf('advanced');
const TECHNICIAN = SKILL_LEVELS.indexOf('technician');

// ——— persons ———

const TRAINING_TYPES = [
  ['technician-training-subsidy', 'new-technician', 'technicianTrainingSubsidy'],
  ['senior-technician-training-subsidy', 'new-senior-technician', 'seniorTechnicianTrainingSubsidy'],
  ['senior-technician-upgrade-subsidy', 'senior-upgrade', 'seniorTechnicianUpgradeSubsidy'],
] as const;

function trainingSubsidies(p: Profile): BenefitResult[] {
  return TRAINING_TYPES.map(([id, answer, parameterId]) => {
    const label = trainingProjectLabels[answer];
    const amount = valueOf(parameterId);
    if (p.trainingProject === undefined) return result(id, unanswered('技师项目培养情况'));
    if (p.trainingProject !== answer) {
      return result(id, {
        status: 'not-eligible',
        reason: `这项补贴针对“${label}”；你的回答是“${trainingProjectLabels[p.trainingProject]}”。`,
        whatWouldChange: `${label}的，第六条规定每人 ${formatYuan(amount)} 技师项目培训补贴。`,
      });
    }
    return result(id, {
      status: 'needs-confirmation',
      amountYuan: amount,
      reason: `你属于第六条的“${label}”，办法规定每人 ${formatYuan(amount)} 技师项目培训补贴；但办法没有写明补贴发给学员本人、企业还是培训机构，也没有列出哪些职业属于急需紧缺，需要向主管部门确认。`,
      arithmetic: [{ text: `${label}：每人 ${formatYuan(amount)}`, parameters: [useParameter(parameters[parameterId])] }],
    });
  });
}

function competitionAward(p: Profile): BenefitResult {
  const id = 'city-competition-award';
  if (p.competitionPlacing === undefined) return result(id, unanswered('全市技能大赛名次'));
  if (p.competitionPlacing === 'none') {
    return result(id, {
      status: 'not-eligible',
      reason: '没有在全市技能大赛获得第一名至优胜奖。',
      whatWouldChange: `在全市技能大赛（每2年一届）获得第一名、第二名、第三名或优胜奖，分别奖励 ${formatYuan(valueOf('cityCompetitionFirstPrize'))}、${formatYuan(valueOf('cityCompetitionSecondPrize'))}、${formatYuan(valueOf('cityCompetitionThirdPrize'))}、${formatYuan(valueOf('cityCompetitionMeritPrize'))}。`,
    });
  }
  const { label, parameter } = competitionPlacings[p.competitionPlacing];
  const amount = parameter.value;
  return result(id, {
    status: 'eligible',
    amountYuan: amount,
    amountText: formatYuan(amount),
    reason: `全市技能大赛${label}的选手，第十三条规定奖励 ${formatYuan(amount)}。`,
    arithmetic: [{ text: `全市技能大赛${label}：${formatYuan(amount)}`, parameters: [useParameter(parameter)] }],
  });
}

function titles(p: Profile): BenefitResult[] {
  const ids = ['full-senior-title-direct', 'associate-senior-title-direct', 'public-institution-green-channel'] as const;
  if (p.honours === undefined) return ids.map((id) => result(id, unanswered('获得的荣誉或竞赛奖项')));
  const r = titleDirectApplication({ honours: p.honours });
  const t: TitleDirectApplicationResult | null = r.ok ? r.value : null;
  const held = p.honours.length === 0 ? '没有选择任何奖项' : `你选择的是：${honourList(p.honours)}`;
  const full: Verdict =
    t?.fullSenior === 'yes'
      ? { status: 'eligible', reason: `${honourList(t.fullSeniorHonours)}获得者，可直接申报相应系列正高级职称。` }
      : { status: 'not-eligible', reason: `直接申报正高级职称限“中华技能大奖”、世赛金牌获得者；${held}。`, whatWouldChange: '获得“中华技能大奖”或世界技能大赛金牌。' };
  const associate: Verdict =
    t?.associateSenior === 'yes'
      ? { status: 'eligible', reason: `${honourList(t.associateSeniorHonours)}获得者，可直接申报相应系列副高级职称。` }
      : t?.associateSenior === 'unclear'
        ? { status: 'needs-confirmation', reason: WORLDSKILLS_EXCELLENCE_NOTE }
        : {
            status: 'not-eligible',
            reason: `直接申报副高级职称限“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者；${held}。${t?.fullSenior === 'yes' ? '你可直接申报正高级职称。' : ''}`,
            whatWouldChange: t?.fullSenior === 'yes' ? '' : '获得“中原技能大奖”“中原技能大师”“中原大工匠”称号，或国赛金牌、世赛奖项。',
          };
  const green: Verdict =
    t?.greenChannel === 'yes'
      ? { status: 'eligible', reason: `${honourList(t.greenChannelHonours)}获得者，纳入事业单位招聘“绿色通道”，适用人才编制政策。` }
      : t?.greenChannel === 'unclear'
        ? { status: 'needs-confirmation', reason: WORLDSKILLS_EXCELLENCE_NOTE }
        : { status: 'not-eligible', reason: `“绿色通道”限世赛获奖者、国赛金牌获得者；${held}。`, whatWouldChange: '获得世界技能大赛奖项或国赛金牌。' };
  const tidy = (v: Verdict): Verdict => (v.whatWouldChange === '' ? { status: v.status, reason: v.reason } : v);
  return [result(ids[0], full), result(ids[1], tidy(associate)), result(ids[2], green)];
}

function introducedTalent(p: Profile): BenefitResult {
  const id = 'introduced-talent-support';
  if (p.newlyIntroduced === undefined) return result(id, unanswered('是否新引进的高技能人才'));
  if (!p.newlyIntroduced) {
    return result(id, { status: 'not-eligible', reason: '这项针对新引进的高技能人才。', whatWouldChange: '作为高技能人才被新引进，并经评审认定。' });
  }
  return result(id, { status: 'needs-confirmation', reason: '新引进的高技能人才“经评审认定后，可享受相应支持政策”；评审认定的条件和支持政策的内容，办法没有写。' });
}

function educationVerdict(p: Profile, id: BenefitId, fits: readonly Education[], grant: string, change: string): BenefitResult {
  if (p.education === undefined) return result(id, unanswered('学历或在读情况'));
  if (fits.includes(p.education)) return result(id, { status: 'eligible', reason: `${educationLabels[p.education]}${grant}。` });
  return result(id, {
    status: 'not-eligible',
    reason: `这项针对${fits.map((e) => educationLabels[e]).join('、')}；你的回答是“${educationLabels[p.education]}”。`,
    whatWouldChange: change,
  });
}

function technicianEvaluation(p: Profile): BenefitResult {
  const id = 'technician-evaluation';
  if (p.education === undefined) return result(id, unanswered('学历或在读情况'));
  if (p.education !== 'technical-school-technician-class-student') {
    return result(id, {
      status: 'not-eligible',
      reason: `第十一条的这项安排针对技工院校预备技师班、技师班学生；你的回答是“${educationLabels[p.education]}”。其他人员申报技师的条件，办法没有写。`,
    });
  }
  const level = rank(p.skillLevel);
  if (p.advancedCertificateDate === undefined) {
    if (level !== undefined && level < ADVANCED) {
      return result(id, {
        status: 'not-eligible',
        reason: '需要先取得高级工（三级）职业资格证书或职业技能等级证书。',
        whatWouldChange: `取得高级工（三级）证书满${valueOf('technicianWaitingYears')}年后，可申报技师（二级）。`,
      });
    }
    return result(id, unanswered('取得高级工（三级）证书的日期'));
  }
  const r = technicianApplicationDate({ certificateDate: p.advancedCertificateDate, today: p.asOf ?? p.advancedCertificateDate });
  if (!r.ok) return result(id, unanswered('取得高级工（三级）证书的日期'));
  const d = r.value;
  const arithmetic = d.steps.slice(0, 2);
  if (p.asOf === undefined) {
    return result(id, {
      status: 'needs-confirmation',
      reason: `取得高级工证书满${valueOf('technicianWaitingYears')}年后可申报技师（二级）：${d.earliestApplicationDateText}起可以申报（没有提供今天的日期，无法判断是否已到）。`,
      arithmetic,
    });
  }
  if (d.canApplyNow) {
    return result(id, { status: 'eligible', reason: `取得高级工证书已满${valueOf('technicianWaitingYears')}年，${d.earliestApplicationDateText}起可申报技师（二级）。`, arithmetic: d.steps });
  }
  return result(id, {
    status: 'not-eligible',
    reason: `高级工证书满${valueOf('technicianWaitingYears')}年后可申报技师（${d.earliestApplicationDateText}起），还有 ${d.daysRemaining} 天。`,
    arithmetic: d.steps,
    whatWouldChange: `${d.earliestApplicationDateText}起即可申报。`,
  });
}

function yesNoVerdict(id: BenefitId, answer: boolean | undefined, question: string, yes: Verdict, no: Verdict): BenefitResult {
  if (answer === undefined) return result(id, unanswered(question));
  return result(id, answer ? yes : no);
}

const TECHNICAL_GRADUATES: readonly Education[] = ['technical-school-advanced-class-graduate', 'technical-school-technician-class-graduate'];

function startup(p: Profile): BenefitResult[] {
  return startupSupports().map((s) => {
    const arithmetic: WorkedStep[] = [{ text: `${s.label}：${s.amountText}`, parameters: s.parameters }];
    if (p.education === undefined) return result(s.benefitId, unanswered('学历或在读情况'));
    if (!TECHNICAL_GRADUATES.includes(p.education)) {
      return result(s.benefitId, {
        status: 'not-eligible',
        reason: `第十五条的创业扶持写给技工院校高级工班、预备技师（技师）班毕业生；你的回答是“${educationLabels[p.education]}”。其他人员的创业扶持，办法没有写，${ASK_OFFICIALS}。`,
      });
    }
    if (p.startingBusiness === undefined) return result(s.benefitId, unanswered('是否创业'));
    if (!p.startingBusiness) {
      return result(s.benefitId, { status: 'not-eligible', reason: '创业扶持针对创业的毕业生。', whatWouldChange: `创业时，可按有关规定申请${s.label}（${s.amountText}）。` });
    }
    return result(s.benefitId, {
      status: 'needs-confirmation',
      ...(s.kind === 'money' && s.minYuan === null ? { amountYuan: s.maxYuan } : {}),
      amountText: s.amountText,
      reason: `${educationLabels[p.education]}创业的，“按有关规定享受”${s.label}（${s.amountText}）；申请条件和审核在有关规定中，办法没有写。`,
      arithmetic,
    });
  });
}

function evaluatePerson(p: Profile): BenefitResult[] {
  const level = rank(p.skillLevel);
  const highSkilled = level === undefined ? undefined : level >= ADVANCED;
  const skillsHonours = (): BenefitResult => {
    const id = 'skills-honours';
    if (highSkilled === undefined) return result(id, unanswered('当前职业技能等级'));
    if (!highSkilled) return result(id, { status: 'not-eligible', reason: '评选表彰面向高技能人才（通常指高级工及以上）。', whatWouldChange: '取得高级工（三级）及以上证书。' });
    return result(id, {
      status: 'needs-confirmation',
      reason: `每${valueOf('honoursInterval')}年评选一届，每次表彰“许昌技能大奖”${valueOf('xuchangSkillsAwardQuota')}名、“许昌市技术能手”${valueOf('xuchangTechnicalExpertQuota')}名；能否入选由评选决定，评选条件办法没有写。`,
    });
  };
  const goldCollar = (): BenefitResult => {
    const id = 'gold-collar-training';
    if (highSkilled === false) return result(id, { status: 'not-eligible', reason: '推荐对象是一线优秀高技能人才（通常指高级工及以上）。', whatWouldChange: '取得高级工（三级）及以上证书。' });
    if (p.frontline === false) return result(id, { status: 'not-eligible', reason: '推荐对象是企业一线的优秀高技能人才。' });
    if (highSkilled === undefined) return result(id, unanswered('当前职业技能等级'));
    if (p.frontline === undefined) return result(id, unanswered('是否在生产一线工作'));
    return result(id, { status: 'needs-confirmation', reason: '每年从企业一线优秀高技能人才中推荐参加“金蓝领”技能提升培训；是否被推荐由选拔决定。' });
  };
  const equalTreatment = (): BenefitResult => {
    const id = 'equal-treatment-with-engineers';
    if (level !== undefined && level < TECHNICIAN) return result(id, { status: 'not-eligible', reason: '这项鼓励针对一线的技师、高级技师。', whatWouldChange: '取得技师（二级）或高级技师（一级）。' });
    if (p.frontline === false) return result(id, { status: 'not-eligible', reason: '这项鼓励针对在生产一线做出贡献的技师、高级技师。' });
    if (level === undefined) return result(id, unanswered('当前职业技能等级'));
    if (p.frontline === undefined) return result(id, unanswered('是否在生产一线工作'));
    return result(id, { status: 'needs-confirmation', reason: '办法“鼓励企业”让在生产一线做出贡献的技师、高级技师与工程师、高级工程师享受同等待遇；这是鼓励，不是个人可以直接要求的待遇，请向所在单位了解。' });
  };
  return [
    ...trainingSubsidies(p),
    competitionAward(p),
    ...titles(p),
    introducedTalent(p),
    educationVerdict(p, 'intermediate-evaluation', ['secondary-vocational-graduate'], '可直接参加中级工评价', '中等职业学校毕业生可直接参加中级工评价。'),
    educationVerdict(p, 'advanced-evaluation', ['higher-vocational-graduate', 'undergraduate-applied-graduate'], '可参加高级工评价', '高等职业学校、本科院校应用型专业毕业生可参加高级工评价。'),
    technicianEvaluation(p),
    yesNoVerdict(
      'relaxed-technician-requirements',
      p.outstandingContribution,
      '是否有突出贡献和特殊技能',
      { status: 'needs-confirmation', reason: '对有突出贡献和特殊技能的人员，“可放宽”技师、高级技师申报条件；如何认定、放宽什么，办法没有写。' },
      { status: 'not-eligible', reason: '放宽申报条件针对有突出贡献和特殊技能的人员。' },
    ),
    p.education === 'technical-school-advanced-class-graduate' || p.education === 'technical-school-technician-class-graduate'
      ? result('academic-equivalence', {
          status: 'eligible',
          reason: `${educationLabels[p.education]}参照${p.education === 'technical-school-advanced-class-graduate' ? '大专' : '本科'}学历享受相关待遇（“相关待遇”的内容办法没有列出）。`,
        })
      : educationVerdict(p, 'academic-equivalence', TECHNICAL_GRADUATES, '', '技工院校高级工班毕业生参照大专、预备技师（技师）班毕业生参照本科学历。'),
    ...startup(p),
    yesNoVerdict(
      'cross-track-titles',
      p.employed,
      '是否在岗的技能人员或专业技术人员',
      { status: 'eligible', reason: '在岗的技能人员和专业技术人员可自愿申报相应的专业技术职称或职业技能等级，不受单位岗位结构比例限制。' },
      { status: 'not-eligible', reason: '互通申报针对在岗的技能人员和专业技术人员。' },
    ),
    skillsHonours(),
    goldCollar(),
    equalTreatment(),
  ];
}

// ——— organisations ———

const STUDIO_HOSTS = ['enterprise', 'technical-school', 'higher-vocational-college', 'public-training-base'] as const;

function masterStudio(p: Profile): BenefitResult {
  const id = 'master-studio-grant';
  const per = valueOf('masterStudioGrant');
  const type = p.organisationType;
  if (type === undefined) return result(id, unanswered('单位类型'));
  if (!(STUDIO_HOSTS as readonly string[]).includes(type)) {
    return result(id, { status: 'not-eligible', reason: `第八条面向龙头企业、职技院校和公共实训基地；你的单位类型是“${organisationTypeLabels[type]}”。` });
  }
  if (type === 'enterprise' && p.leadingEnterprise === false) {
    return result(id, { status: 'not-eligible', reason: '第八条面向的企业是龙头企业。', notSaid: ['办法没有界定“龙头企业”，如不确定请向主管部门确认。'] });
  }
  if (p.newStudios === 0) {
    return result(id, { status: 'not-eligible', reason: '还没有新认定的市级技能大师工作室。', whatWouldChange: `每新认定1个市级技能大师工作室，市财政给予 ${formatYuan(per)} 奖补资金。` });
  }
  const needLeading = type === 'enterprise' && p.leadingEnterprise === undefined;
  if (p.newStudios === undefined) return result(id, unanswered('新认定的市级技能大师工作室个数'));
  const total = p.newStudios * per;
  const arithmetic: WorkedStep[] = [{ text: `新认定的市级技能大师工作室 ${p.newStudios} 个 × ${formatYuan(per)} = ${formatYuan(total)}`, parameters: [useParameter(parameters.masterStudioGrant)] }];
  if (needLeading) return result(id, { status: 'needs-confirmation', amountYuan: total, amountText: formatYuan(total), reason: '第八条面向的企业是龙头企业；还没有回答“是否龙头企业”。', arithmetic });
  return result(id, {
    status: 'eligible',
    amountYuan: total,
    amountText: formatYuan(total),
    reason: `对新认定的市级技能大师工作室，市财政给予每个 ${formatYuan(per)} 奖补资金。`,
    arithmetic,
  });
}

function educationFund(p: Profile): BenefitResult {
  const id = 'education-fund-deduction';
  if (p.organisationType === undefined) return result(id, unanswered('单位类型'));
  if (p.organisationType !== 'enterprise') {
    return result(id, { status: 'not-eligible', reason: `第五条的职工教育经费税前扣除针对企业；你的单位类型是“${organisationTypeLabels[p.organisationType]}”。` });
  }
  if (p.wages === undefined || p.educationSpending === undefined) {
    return result(id, { status: 'eligible', reason: `企业职工教育经费不超过工资薪金总额 ${valueOf('educationFundDeductionRate')}% 的部分可在税前扣除（填写工资薪金总额和本年支出可算出金额）。` });
  }
  const r = computeEducationFundDeduction({ wages: p.wages, spending: p.educationSpending, frontlineSpending: p.frontlineSpending ?? 0, carriedOver: p.carriedOver ?? 0 });
  if (!r.ok) return result(id, { status: 'eligible', reason: '企业职工教育经费按工资薪金总额的比例在税前扣除；填写的金额无法计算。' });
  const v = r.value;
  const share =
    v.frontlineShareMet === null ? '' : v.frontlineShareMet ? `一线职工培训占 ${v.formatted.frontlineShare}，达到“60%以上”。` : `一线职工培训占 ${v.formatted.frontlineShare}，未达到“60%以上”。`;
  return result(id, {
    status: 'eligible',
    amountText: `本年可扣除 ${formatFen(v.deductibleFen)}`,
    reason: `扣除限额 ${v.formatted.limit}，本年可扣除 ${v.formatted.deductible}，结转以后年度 ${v.formatted.carriedForward}。${share}`,
    arithmetic: v.steps,
    ...(v.frontlineShareMet === false ? { whatWouldChange: '把本年职工教育经费的60%以上用于一线职工培训，才符合第五条对经费使用的要求。' } : {}),
    notSaid: v.notSaid,
  });
}

function evaluateOrganisation(p: Profile): BenefitResult[] {
  const type = p.organisationType;
  const typeLabel = type === undefined ? '' : organisationTypeLabels[type];
  const byType = (id: BenefitId, fits: readonly string[], yes: Verdict, whoText: string): BenefitResult => {
    if (type === undefined) return result(id, unanswered('单位类型'));
    if (fits.includes(type)) return result(id, yes);
    return result(id, { status: 'not-eligible', reason: `这项针对${whoText}；你的单位类型是“${typeLabel}”。` });
  };
  return [
    masterStudio(p),
    educationFund(p),
    byType('enterprise-self-evaluation', ['enterprise'], { status: 'eligible', reason: '在技能人才评价上，给予企业最大限度自主权。' }, '企业'),
    byType(
      'evaluation-organisation-filing',
      ['enterprise', 'industry-association', 'training-institution'],
      { status: 'eligible', reason: '办法引导和支持各类企业、行业协会和培训机构备案评价机构；这是支持，不是义务。' },
      '企业、行业协会和培训机构',
    ),
    byType(
      'training-base-project',
      ['higher-vocational-college'],
      { status: 'needs-confirmation', reason: '国家级和省级高技能人才培训基地项目主要从全市高职院校中推荐，重点选择培训能力强、成效显著的单位；能否被推荐由选拔决定。' },
      '高职院校（办法写的是“主要从全市高职院校中推荐”，没有完全排除其他单位）',
    ),
  ];
}

const PERSON_ONLY = ['skillLevel', 'advancedCertificateDate', 'education', 'trainingProject', 'competitionPlacing', 'honours', 'newlyIntroduced', 'startingBusiness', 'frontline', 'employed', 'outstandingContribution'] as const;
const ORGANISATION_ONLY = ['organisationType', 'leadingEnterprise', 'newStudios', 'wages', 'educationSpending', 'frontlineSpending', 'carriedOver'] as const;

function failed(errors: FieldErrors): Evaluation {
  return { ok: false, errors, notices: [], kind: null, eligible: [], needsConfirmation: [], notEligible: [] };
}

/**
 * 自查: an untrusted profile → the benefits grouped into 可以享受 / 还需确认 / 暂不符合.
 * Bad input gives `ok: false` and a Chinese message per bad field. Never throws, for any input whatsoever.
 */
export function evaluate(input: unknown): Evaluation {
  try {
    const parsed = parseWith(ProfileSchema, input);
    if (!parsed.ok) return failed(parsed.errors);
    const p = parsed.value;
    const ignored = (p.kind === 'person' ? ORGANISATION_ONLY : PERSON_ONLY).filter((k) => p[k] !== undefined);
    const notices = ignored.length === 0 ? [] : [`以下回答与${p.kind === 'person' ? '个人' : '单位'}自查无关，已忽略：${ignored.join('、')}`];
    const results = p.kind === 'person' ? evaluatePerson(p) : evaluateOrganisation(p);
    return {
      ok: true,
      errors: {},
      notices,
      kind: p.kind,
      eligible: results.filter((r) => r.status === 'eligible'),
      needsConfirmation: results.filter((r) => r.status === 'needs-confirmation'),
      notEligible: results.filter((r) => r.status === 'not-eligible'),
    };
  } catch {
    return failed({ [FORM_ERROR_KEY]: '输入无法处理，请检查后重试' });
  }
}
