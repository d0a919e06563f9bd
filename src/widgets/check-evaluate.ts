/**
 * The checker's view of a result: three groups of benefits, each with its amount, reason, worked arithmetic, article
 * and what would change the outcome.
 *
 * INTERIM: until `evaluate()` lands in src/rules/evaluate.ts (issue 3), `evaluateAnswers` applies the benefit table
 * of SPEC §5 here, reading every amount from src/rules/parameters.ts. When evaluate() lands this file becomes a thin
 * adapter from its result to `Evaluation`.
 */
import { formatParameter, formatYuan } from '../rules/format';
import { parameters as p, type ParameterId } from '../rules/parameters';
import type { Answers } from './check-profile';
import { technicianApplicationDate } from '../rules/art11-skill-evaluation';

export type BenefitKind = 'money' | 'loan' | 'right' | 'treatment' | 'encouragement' | 'honour';
export const kindLabels: Record<BenefitKind, string> = {
  money: '资金',
  loan: '贷款额度',
  right: '申报资格',
  treatment: '待遇',
  encouragement: '鼓励性规定',
  honour: '评选表彰',
};

export interface ResultItem {
  id: string;
  title: string;
  article: number;
  kind: BenefitKind;
  /** The amount as a reader sees it ("4,000 元", "最高 20 万元"), when the measure gives one. */
  amount?: string;
  reason: string;
  /** Worked arithmetic: each line names the parameter's value and its article. */
  arithmetic?: string[];
  /** What would change the outcome. */
  change?: string;
}

export interface Evaluation {
  eligible: ResultItem[];
  toConfirm: ResultItem[];
  notEligible: ResultItem[];
}

const amount = (id: ParameterId) => formatParameter(id);
const source = (id: ParameterId) => `${formatParameter(id)}（第${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七'][p[id].article] ?? p[id].article}条：“${p[id].quote}”）`;
const WHO_RECEIVES = '文件没有写明这项补贴由谁申领（个人、企业还是培训机构）、怎样申请、何时截止，请咨询许昌市人力资源和社会保障局或拨打 12333。';

export function evaluateAnswers(a: Answers, today: string): Evaluation {
  const out: Evaluation = { eligible: [], toConfirm: [], notEligible: [] };
  if (a.who === 'organisation') organisation(a, out);
  else person(a, out, today);
  return out;
}

function person(a: Answers, out: Evaluation, today: string): void {
  // 第六条 技师项目培训补贴
  const trainings = [
    { value: 'newTechnician', id: 'technician-training-subsidy', title: '新培养技师 技师项目培训补贴', param: 'technicianTrainingSubsidy' as const },
    { value: 'newSeniorTechnician', id: 'senior-technician-training-subsidy', title: '新培养高级技师 技师项目培训补贴', param: 'seniorTechnicianTrainingSubsidy' as const },
    { value: 'upgrade', id: 'senior-technician-upgrade-subsidy', title: '高级技师岗位技能提升培训补贴', param: 'seniorTechnicianUpgradeSubsidy' as const },
  ];
  const t = trainings.find((x) => x.value === a.training);
  if (a.training === undefined) {
    out.toConfirm.push({ id: 'technician-training-subsidy', title: '技师项目培训补贴', article: 6, kind: 'money', amount: `每人 ${amount('technicianTrainingSubsidy')}、${amount('seniorTechnicianTrainingSubsidy')} 或 ${amount('seniorTechnicianUpgradeSubsidy')}`, reason: '您没有回答是否参加技师项目培训。', change: '回答“技能等级与培训”一步中的培训问题。' });
  } else if (t) {
    const item: ResultItem = { id: t.id, title: t.title, article: 6, kind: 'money', amount: `每人 ${amount(t.param)}`, reason: `您参加的是“${t.title.replace(/ ?技师项目培训补贴|补贴/, '')}”，第六条按这一类型给予每人 ${amount(t.param)}。${WHO_RECEIVES}`, arithmetic: [`1 人 × ${source(t.param)} = ${formatYuan(p[t.param].value)}`] };
    if (t.value === 'upgrade' && a.level !== 'seniorTechnician') {
      out.notEligible.push({ ...item, reason: '高级技师岗位技能提升培训补贴面向已是高级技师的人员，您选择的等级不是高级技师。', change: '取得高级技师（一级）证书后，参加岗位技能提升培训可享受这项补贴。' });
    } else out.toConfirm.push(item);
  } else {
    out.notEligible.push({ id: 'technician-training-subsidy', title: '技师项目培训补贴', article: 6, kind: 'money', amount: `每人 ${amount('technicianTrainingSubsidy')} / ${amount('seniorTechnicianTrainingSubsidy')} / ${amount('seniorTechnicianUpgradeSubsidy')}`, reason: '您没有参加技师项目培训。', change: `新培养为技师、高级技师，或高级技师参加岗位技能提升培训，分别为每人 ${amount('technicianTrainingSubsidy')}、${amount('seniorTechnicianTrainingSubsidy')}、${amount('seniorTechnicianUpgradeSubsidy')}。` });
  }

  // 第十三条 全市技能大赛
  const prizes = { first: ['第一名', 'cityCompetitionFirstPrize'], second: ['第二名', 'cityCompetitionSecondPrize'], third: ['第三名', 'cityCompetitionThirdPrize'], merit: ['优胜奖', 'cityCompetitionMeritPrize'] } as const;
  const prize = a.competition && a.competition in prizes ? prizes[a.competition as keyof typeof prizes] : undefined;
  if (prize) {
    out.eligible.push({ id: 'city-competition-award', title: `全市技能大赛${prize[0]}奖励`, article: 13, kind: 'money', amount: amount(prize[1]), reason: `您获得全市技能大赛${prize[0]}，第十三条给予 ${amount(prize[1])} 奖励。`, arithmetic: [`${prize[0]}：${source(prize[1])}`] });
  } else if (a.competition === 'none') {
    out.notEligible.push({ id: 'city-competition-award', title: '全市技能大赛奖励', article: 13, kind: 'money', amount: `${amount('cityCompetitionMeritPrize')}—${amount('cityCompetitionFirstPrize')}`, reason: '您没有在全市技能大赛中获奖。', change: `全市技能大赛每 ${formatParameter('cityCompetitionInterval')}举办一届；获得第一名至优胜奖，奖励 ${amount('cityCompetitionFirstPrize')} 至 ${amount('cityCompetitionMeritPrize')}。` });
  } else {
    out.toConfirm.push({ id: 'city-competition-award', title: '全市技能大赛奖励', article: 13, kind: 'money', reason: '您没有回答全市技能大赛的名次。', change: '回答“竞赛与荣誉”一步中的名次问题。' });
  }

  // 第十六条 职称直通、绿色通道
  const honours = (a.honours ?? '').split(',').filter(Boolean);
  const has = (h: string) => honours.includes(h);
  const worldPrize = has('worldSkillsGold') || has('worldSkillsPrize');
  if (has('zhonghuaSkillsAward') || has('worldSkillsGold')) {
    out.eligible.push({ id: 'full-senior-title-direct', title: '直接申报相应系列正高级职称', article: 16, kind: 'right', reason: '“中华技能大奖”、世赛金牌获得者，可直接申报相应系列正高级职称。' });
  }
  if (has('zhongyuanSkillsAward') || has('zhongyuanSkillsMaster') || has('zhongyuanCraftsman') || has('nationalGold') || worldPrize) {
    out.eligible.push({ id: 'associate-senior-title-direct', title: '直接申报相应系列副高级职称', article: 16, kind: 'right', reason: '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者，可直接申报相应系列副高级职称。' });
  }
  if (worldPrize || has('nationalGold')) {
    out.eligible.push({ id: 'public-institution-green-channel', title: '事业单位招聘“绿色通道”', article: 16, kind: 'treatment', reason: '世赛获奖者、国赛金牌获得者纳入事业单位招聘“绿色通道”，适用人才编制政策，按规定办理入编入岗手续。' });
  }
  if (honours.length === 0 && a.honours !== undefined) {
    out.notEligible.push({ id: 'associate-senior-title-direct', title: '职称直通', article: 16, kind: 'right', reason: '职称直通只适用于“中华技能大奖”、世赛、国赛金牌和中原系列荣誉的获得者。', change: '获得这些奖项或荣誉后，可直接申报副高级或正高级职称。' });
  }
  if (a.introduced === 'yes') {
    out.toConfirm.push({ id: 'introduced-talent-support', title: '新引进高技能人才支持政策', article: 16, kind: 'treatment', reason: '新引进的高技能人才，经评审认定后，可享受相应支持政策；文件没有列出具体内容。' });
  }

  // 第十一条 院校毕业生的技能等级评价
  if (a.school === 'secondaryVocational') out.eligible.push({ id: 'intermediate-evaluation', title: '直接参加中级工评价', article: 11, kind: 'right', reason: '中等职业学校毕业生可直接参加中级工评价。' });
  if (a.school === 'higherVocational') out.eligible.push({ id: 'advanced-evaluation', title: '参加高级工评价', article: 11, kind: 'right', reason: '高等职业学校、本科院校应用型专业毕业生可参加高级工评价。' });
  if (a.school === 'technicalTechnician') {
    const item: ResultItem = { id: 'technician-evaluation', title: '申报技师（二级）', article: 11, kind: 'right', reason: '' };
    if (a.level !== 'advanced') {
      out.toConfirm.push({ ...item, reason: '技工院校预备技师班、技师班学生，取得高级工（三级）证书2年后可申报技师（二级）；您选择的等级不是高级工。', change: '取得高级工（三级）证书后，满2年的次日起可以申报。' });
    } else if (!a.certificateDate) {
      out.toConfirm.push({ ...item, reason: '取得高级工（三级）证书2年后可以申报；您没有填写取证日期，无法算出日期。', change: '填写取证日期，或使用技师申报时间计算器。' });
    } else {
      const r = technicianApplicationDate({ certificateDate: a.certificateDate, today });
      if (r.ok) {
        const v = r.value;
        const arithmetic = v.steps.map((s) => s.text);
        if (v.canApplyNow) out.eligible.push({ ...item, reason: `您取得高级工证书已满 ${formatParameter('technicianWaitingYears')}，${v.earliestApplicationDateText}起可以申报技师（二级）。`, arithmetic });
        else out.notEligible.push({ ...item, reason: `还未满 ${formatParameter('technicianWaitingYears')}。`, arithmetic, change: `${v.earliestApplicationDateText}起可申报技师（二级）。` });
      }
    }
  }
  // 第十五条 技工院校毕业生
  if (a.school === 'technicalAdvanced' || a.school === 'technicalTechnician') {
    const level = a.school === 'technicalAdvanced' ? '大专' : '本科';
    out.eligible.push({ id: 'academic-equivalence', title: `参照${level}学历享受相关待遇`, article: 15, kind: 'treatment', reason: `技工院校${a.school === 'technicalAdvanced' ? '高级工班' : '预备技师（技师）班'}毕业生参照${level}学历享受相关待遇；“相关待遇”的具体内容，文件没有列明。` });
    const startup: ResultItem[] = [
      { id: 'startup-subsidy', title: '创业开业一次性补贴', article: 15, kind: 'money', amount: amount('startupSubsidy'), reason: '技工院校高级工班、预备技师（技师）班毕业生按有关规定享受。', arithmetic: [source('startupSubsidy')] },
      { id: 'startup-guaranteed-loan', title: '个人创业担保贷款', article: 15, kind: 'loan', amount: `最高 ${amount('startupLoanCeiling')}`, reason: '这是贷款额度上限，不是补贴。', arithmetic: [source('startupLoanCeiling')] },
      { id: 'startup-project-support', title: '大众创业优秀项目扶持补助', article: 15, kind: 'money', amount: `${formatYuan(p.startupProjectSupportMin.value)}—${amount('startupProjectSupportMax')}`, reason: '文件只给出区间，具体金额按有关规定评定。', arithmetic: [source('startupProjectSupportMin')] },
    ];
    if (a.business === 'yes') out.eligible.push(...startup);
    else if (a.business === 'no') out.notEligible.push(...startup.map((s) => ({ ...s, reason: '您没有创业。', change: '创业后可以按有关规定享受。' })));
    else out.toConfirm.push(...startup.map((s) => ({ ...s, reason: '您没有回答是否创业。' })));
  }

  // 第十五条 职称与技能等级互通
  if (a.employed === 'skill' || a.employed === 'professional') {
    out.eligible.push({ id: 'cross-track-titles', title: '职称与职业技能等级互通申报', article: 15, kind: 'right', reason: '在岗的技能人员和专业技术人员可自愿申报相应的专业技术职称、技能人员职业资格或职业技能等级，不受单位岗位结构比例限制。' });
  } else if (a.employed === 'no') {
    out.notEligible.push({ id: 'cross-track-titles', title: '职称与职业技能等级互通申报', article: 15, kind: 'right', reason: '互通申报面向在岗的技能人员和专业技术人员。', change: '在岗后可以自愿申报。' });
  }

  // 第九、十、十四、十七条: honours, recommendations and encouragements for high-skilled people
  const highSkilled = a.level === 'technician' || a.level === 'seniorTechnician';
  if (highSkilled) {
    out.toConfirm.push({ id: 'skills-honours', title: '许昌技能大奖、许昌市技术能手等评选表彰', article: 14, kind: 'honour', reason: `每 ${formatParameter('honoursInterval')}评选一届：许昌技能大奖 ${formatParameter('xuchangSkillsAwardQuota')}、许昌市技术能手 ${formatParameter('xuchangTechnicalExpertQuota')}；是否入选由评选决定。` });
    out.toConfirm.push({ id: 'gold-collar-training', title: '推荐参加“金蓝领”培训', article: 9, kind: 'right', reason: '面向一线优秀高技能人才，由推荐产生。' });
    if (a.employed !== 'no') out.toConfirm.push({ id: 'equal-treatment-with-engineers', title: '与工程师同等的学习、休假、疗养待遇', article: 17, kind: 'encouragement', reason: '第十七条是鼓励性规定（“鼓励”），不是必须给予的待遇；是否落实取决于您的单位。' });
  }
  if (a.level !== undefined && a.level !== 'seniorTechnician') {
    out.toConfirm.push({ id: 'relaxed-technician-requirements', title: '放宽技师、高级技师申报条件', article: 10, kind: 'right', reason: '对有突出贡献和特殊技能的人员，可放宽技师、高级技师申报条件；是否属于这类人员，由评价机构认定。' });
  }
}

function organisation(a: Answers, out: Evaluation): void {
  const org = a.org;
  if (org === undefined) {
    out.toConfirm.push({ id: 'master-studio-grant', title: '技能大师工作室奖补', article: 8, kind: 'money', amount: amount('masterStudioGrant'), reason: '您没有回答单位类型。', change: '回答“单位情况”一步中的问题。' });
    return;
  }
  const enterprise = org === 'enterprise' || org === 'leadingEnterprise';
  const studioOrg = org === 'leadingEnterprise' || org === 'vocationalSchool' || org === 'publicBase';
  const studio: ResultItem = { id: 'master-studio-grant', title: '技能大师工作室奖补', article: 8, kind: 'money', amount: amount('masterStudioGrant'), reason: '', arithmetic: [`每个新认定的市级技能大师工作室：${source('masterStudioGrant')}`] };
  if (studioOrg && a.studio === 'yes') out.eligible.push({ ...studio, reason: `对新认定的市级技能大师工作室，市财政给予 ${amount('masterStudioGrant')} 奖补资金。` });
  else if (studioOrg && a.studio === 'no') out.notEligible.push({ ...studio, reason: '贵单位目前没有新认定的市级技能大师工作室。', change: `工作室被新认定为市级技能大师工作室后，市财政给予 ${amount('masterStudioGrant')}。` });
  else if (studioOrg) out.toConfirm.push({ ...studio, reason: '您没有回答是否有新认定的市级技能大师工作室。' });
  else out.notEligible.push({ ...studio, reason: '技能大师工作室项目面向龙头企业、职技院校和公共实训基地。', change: '如果贵单位属于龙头企业、职技院校或公共实训基地，可以建设工作室。' });

  if (enterprise) {
    out.eligible.push({ id: 'education-fund-deduction', title: '职工教育经费税前扣除', article: 5, kind: 'money', amount: `工资薪金总额的 ${amount('educationFundDeductionRate')} 以内`, reason: `企业职工教育经费税前扣除限额为工资薪金总额的 ${amount('educationFundDeductionRate')}，其中 ${amount('frontlineTrainingShare')} 以上用于一线职工培训。可用“职工教育经费税前扣除计算”算出金额。`, arithmetic: [`扣除限额 = 工资薪金总额 × ${source('educationFundDeductionRate')}`] });
    out.eligible.push({ id: 'enterprise-self-evaluation', title: '技能人才自主评价', article: 10, kind: 'right', reason: '在技能人才评价上，给予企业最大限度自主权。' });
  }
  if (enterprise || org === 'association' || org === 'trainingInstitution') {
    out.toConfirm.push({ id: 'evaluation-organisation-filing', title: '备案为技能等级评价机构', article: 12, kind: 'right', reason: '企业、行业协会、培训机构可以申请备案；备案条件和程序，文件没有写明。' });
  }
  if (org === 'higherVocational') {
    out.toConfirm.push({ id: 'training-base-project', title: '推荐申报国家级、省级高技能人才培训基地', article: 7, kind: 'right', reason: '高职院校可被推荐申报；是否推荐由主管部门决定。' });
  }
  if (enterprise || org === 'trainingInstitution' || org === 'vocationalSchool' || org === 'higherVocational') {
    out.toConfirm.push({ id: 'technician-training-subsidy', title: '技师项目培训补贴', article: 6, kind: 'money', amount: `每人 ${amount('technicianTrainingSubsidy')}、${amount('seniorTechnicianTrainingSubsidy')} 或 ${amount('seniorTechnicianUpgradeSubsidy')}`, reason: WHO_RECEIVES, change: '可用“技师项目培训补贴计算”按人数算出合计。' });
  }
}
