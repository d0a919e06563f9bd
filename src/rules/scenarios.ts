/**
 * 示例: realistic profiles with the results expected from the measure's words, written by hand (not computed).
 * test/rules/scenarios.test.ts checks `evaluate` against every row; the site may publish the table as worked
 * examples. `input` holds raw answers as a form or URL sends them. Benefits of the profile's audience that are in
 * neither `eligible` nor `needsConfirmation` are expected in 暂不符合.
 */
import type { BenefitId } from './catalog';

export interface Scenario {
  /** Stable id (kebab-case). */
  id: string;
  /** Who this is, in Chinese. */
  title: string;
  /** Raw answers, as typed. */
  input: Readonly<Record<string, string>>;
  expected: {
    /** 可以享受 */
    eligible: readonly BenefitId[];
    /** 还需确认 */
    needsConfirmation: readonly BenefitId[];
    /** Definite sums in yuan by benefit, where the result gives one. */
    amounts?: Readonly<Partial<Record<BenefitId, number>>>;
    /** Amount texts by benefit, where checked. */
    amountTexts?: Readonly<Partial<Record<BenefitId, string>>>;
  };
  /** Why, in the measure's words. */
  explanation: string;
}

/** A person who answered every question with “no” (中级工, no school programme, no awards); rows change what matters. */
const PERSON = {
  kind: 'person',
  asOf: '2026-11-28',
  skillLevel: 'intermediate',
  education: 'other',
  trainingProject: 'none',
  competitionPlacing: 'none',
  honours: '',
  newlyIntroduced: 'no',
  startingBusiness: 'no',
  frontline: 'no',
  employed: 'no',
  outstandingContribution: 'no',
} as const;

const ORGANISATION = { kind: 'organisation' } as const;

export const scenarios: readonly Scenario[] = [
  {
    id: 'secondary-vocational-graduate',
    title: '中等职业学校毕业生，还没有职业技能等级证书',
    input: { ...PERSON, skillLevel: 'none', education: 'secondary-vocational-graduate' },
    expected: { eligible: ['intermediate-evaluation'], needsConfirmation: [] },
    explanation: '第十一条：“中等职业学校毕业生可直接参加中级工评价。”',
  },
  {
    id: 'higher-vocational-graduate',
    title: '高等职业学校毕业生',
    input: { ...PERSON, skillLevel: 'none', education: 'higher-vocational-graduate' },
    expected: { eligible: ['advanced-evaluation'], needsConfirmation: [] },
    explanation: '第十一条：“高等职业学校、本科院校应用型专业毕业生可参加高级工评价。”',
  },
  {
    id: 'applied-undergraduate-employed',
    title: '本科院校应用型专业毕业，已在岗工作',
    input: { ...PERSON, education: 'undergraduate-applied-graduate', employed: 'yes' },
    expected: { eligible: ['advanced-evaluation', 'cross-track-titles'], needsConfirmation: [] },
    explanation: '第十一条可参加高级工评价；第十五条在岗的技能人员和专业技术人员可自愿互通申报，不受岗位结构比例限制。',
  },
  {
    id: 'technician-class-student-two-years-passed',
    title: '技工院校技师班学生，2024年3月11日取得高级工证书，2026年3月12日查询',
    input: { ...PERSON, asOf: '2026-03-12', skillLevel: 'advanced', education: 'technical-school-technician-class-student', advancedCertificateDate: '2024-03-11' },
    expected: { eligible: ['technician-evaluation'], needsConfirmation: ['skills-honours'] },
    explanation: '第十一条：取得高级工证书“2年后”可申报技师。取证当日不计入，期间到2026年3月11日届满，3月12日起可申报。许昌技能大奖等评选面向高技能人才，能否入选由评选决定。',
  },
  {
    id: 'technician-class-student-one-day-early',
    title: '同一位学生，2026年3月11日查询（期间最后一日）',
    input: { ...PERSON, asOf: '2026-03-11', skillLevel: 'advanced', education: 'technical-school-technician-class-student', advancedCertificateDate: '2024-03-11' },
    expected: { eligible: [], needsConfirmation: ['skills-honours'] },
    explanation: '2年期间的最后一日是2026年3月11日，当天还不能申报；次日起可以。',
  },
  {
    id: 'technician-class-student-29-february-early',
    title: '技师班学生，2024年2月29日取得高级工证书，2026年2月28日查询',
    input: { ...PERSON, asOf: '2026-02-28', skillLevel: 'advanced', education: 'technical-school-technician-class-student', advancedCertificateDate: '2024-02-29' },
    expected: { eligible: [], needsConfirmation: ['skills-honours'] },
    explanation: '2026年没有2月29日，以月末日2月28日为期间最后一日（民法典第二百零二条），3月1日起可申报。',
  },
  {
    id: 'technician-class-student-29-february-ready',
    title: '同一位学生，2026年3月1日查询',
    input: { ...PERSON, asOf: '2026-03-01', skillLevel: 'advanced', education: 'technical-school-technician-class-student', advancedCertificateDate: '2024年2月29日' },
    expected: { eligible: ['technician-evaluation'], needsConfirmation: ['skills-honours'] },
    explanation: '期间在2026年2月28日届满，3月1日起可申报技师（二级）。',
  },
  {
    id: 'technician-class-student-without-advanced',
    title: '技师班学生，还只是中级工',
    input: { ...PERSON, education: 'technical-school-technician-class-student' },
    expected: { eligible: [], needsConfirmation: [] },
    explanation: '第十一条的2年从取得高级工（三级）证书时算起；还没有高级工证书，暂不能申报技师。',
  },
  {
    id: 'technician-class-student-date-missing',
    title: '技师班学生，已是高级工，但没有填取证日期',
    input: { ...PERSON, skillLevel: 'advanced', education: 'technical-school-technician-class-student' },
    expected: { eligible: [], needsConfirmation: ['technician-evaluation', 'skills-honours'] },
    explanation: '能否申报取决于取得高级工证书的日期，需要补充回答。',
  },
  {
    id: 'advanced-class-graduate-starting-business',
    title: '技工院校高级工班毕业生，高级工，正在创业',
    input: { ...PERSON, skillLevel: 'advanced', education: 'technical-school-advanced-class-graduate', startingBusiness: 'yes' },
    expected: {
      eligible: ['academic-equivalence'],
      needsConfirmation: ['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support', 'skills-honours'],
      amounts: { 'startup-subsidy': 5000 },
      amountTexts: { 'startup-guaranteed-loan': '最高 20 万元', 'startup-project-support': '2 万元—15 万元' },
    },
    explanation: '第十五条：高级工班毕业生参照大专学历享受相关待遇；创业的“按有关规定享受”一次性补贴5000元、担保贷款最高20万元、优秀项目扶持2—15万元——具体条件在有关规定中，办法没有写，所以还需确认。',
  },
  {
    id: 'technician-class-graduate-employed-elsewhere',
    title: '技工院校预备技师（技师）班毕业生，高级工，没有创业',
    input: { ...PERSON, skillLevel: 'advanced', education: 'technical-school-technician-class-graduate' },
    expected: { eligible: ['academic-equivalence'], needsConfirmation: ['skills-honours'] },
    explanation: '第十五条：预备技师（技师）班毕业生参照本科学历享受相关待遇；创业扶持针对创业的毕业生。',
  },
  {
    id: 'technician-class-graduate-business-unanswered',
    title: '预备技师班毕业生，没有回答是否创业',
    input: { ...PERSON, skillLevel: 'advanced', education: 'technical-school-technician-class-graduate', startingBusiness: '' },
    expected: { eligible: ['academic-equivalence'], needsConfirmation: ['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support', 'skills-honours'] },
    explanation: '是否创业没有回答，三项创业扶持都需要确认。',
  },
  {
    id: 'new-technician-frontline',
    title: '企业一线职工，经技师项目新培养为技师',
    input: { ...PERSON, skillLevel: 'technician', trainingProject: 'new-technician', employed: 'yes', frontline: 'yes' },
    expected: {
      eligible: ['cross-track-titles'],
      needsConfirmation: ['technician-training-subsidy', 'skills-honours', 'gold-collar-training', 'equal-treatment-with-engineers'],
      amounts: { 'technician-training-subsidy': 4000 },
    },
    explanation: '第六条：新培养技师每人4000元技师项目培训补贴，但办法没有写补贴发给学员、企业还是培训机构，所以还需确认。第九条“金蓝领”是推荐选拔；第十七条是鼓励企业给予同等待遇，不是个人可以直接要求的。',
  },
  {
    id: 'new-senior-technician',
    title: '经技师项目新培养为高级技师，不在一线',
    input: { ...PERSON, skillLevel: 'senior-technician', trainingProject: 'new-senior-technician', employed: 'yes' },
    expected: { eligible: ['cross-track-titles'], needsConfirmation: ['senior-technician-training-subsidy', 'skills-honours'], amounts: { 'senior-technician-training-subsidy': 5000 } },
    explanation: '第六条：新培养高级技师每人5000元（发给谁办法没有写）。“金蓝领”和同等待遇针对一线人员。',
  },
  {
    id: 'senior-technician-upgrade',
    title: '一线高级技师，参加岗位技能提升培训',
    input: { ...PERSON, skillLevel: 'senior-technician', trainingProject: 'senior-upgrade', employed: 'yes', frontline: 'yes' },
    expected: {
      eligible: ['cross-track-titles'],
      needsConfirmation: ['senior-technician-upgrade-subsidy', 'skills-honours', 'gold-collar-training', 'equal-treatment-with-engineers'],
      amounts: { 'senior-technician-upgrade-subsidy': 2000 },
    },
    explanation: '第六条：高级技师岗位技能提升培训每人2000元（发给谁办法没有写）。',
  },
  {
    id: 'city-competition-first',
    title: '全市技能大赛第一名，高级工，在岗',
    input: { ...PERSON, skillLevel: 'advanced', competitionPlacing: 'first', employed: 'yes' },
    expected: { eligible: ['city-competition-award', 'cross-track-titles'], needsConfirmation: ['skills-honours'], amounts: { 'city-competition-award': 5000 } },
    explanation: '第十三条：全市技能大赛第一名的选手奖励5000元。',
  },
  {
    id: 'city-competition-second',
    title: '全市技能大赛第二名，中级工',
    input: { ...PERSON, competitionPlacing: 'second' },
    expected: { eligible: ['city-competition-award'], needsConfirmation: [], amounts: { 'city-competition-award': 3000 } },
    explanation: '第十三条：第二名奖励3000元。',
  },
  {
    id: 'city-competition-third',
    title: '全市技能大赛第三名',
    input: { ...PERSON, competitionPlacing: 'third' },
    expected: { eligible: ['city-competition-award'], needsConfirmation: [], amounts: { 'city-competition-award': 2000 } },
    explanation: '第十三条：第三名奖励2000元。',
  },
  {
    id: 'city-competition-merit',
    title: '全市技能大赛优胜奖',
    input: { ...PERSON, competitionPlacing: 'merit' },
    expected: { eligible: ['city-competition-award'], needsConfirmation: [], amounts: { 'city-competition-award': 1000 } },
    explanation: '第十三条：优胜奖奖励1000元。',
  },
  {
    id: 'china-skills-award',
    title: '“中华技能大奖”获得者，一线高级技师，在岗',
    input: { ...PERSON, skillLevel: 'senior-technician', honours: 'china-skills-award', employed: 'yes', frontline: 'yes' },
    expected: { eligible: ['full-senior-title-direct', 'cross-track-titles'], needsConfirmation: ['skills-honours', 'gold-collar-training', 'equal-treatment-with-engineers'] },
    explanation: '第十六条：“中华技能大奖”获得者可直接申报相应系列正高级职称；它不在副高级和“绿色通道”的名单中。',
  },
  {
    id: 'worldskills-gold',
    title: '世赛金牌获得者',
    input: { ...PERSON, skillLevel: 'senior-technician', honours: 'worldskills-gold' },
    expected: { eligible: ['full-senior-title-direct', 'associate-senior-title-direct', 'public-institution-green-channel'], needsConfirmation: ['skills-honours'] },
    explanation: '第十六条：世赛金牌获得者可直接申报正高级职称；金牌获得者也是“世赛获奖者”，纳入事业单位招聘“绿色通道”。',
  },
  {
    id: 'worldskills-silver',
    title: '世赛银牌获得者',
    input: { ...PERSON, skillLevel: 'technician', honours: 'worldskills-silver' },
    expected: { eligible: ['associate-senior-title-direct', 'public-institution-green-channel'], needsConfirmation: ['skills-honours'] },
    explanation: '第十六条：世赛获奖者可直接申报副高级职称，并纳入事业单位招聘“绿色通道”。',
  },
  {
    id: 'worldskills-excellence',
    title: '世赛优胜奖获得者',
    input: { ...PERSON, skillLevel: 'technician', honours: 'worldskills-excellence' },
    expected: { eligible: [], needsConfirmation: ['associate-senior-title-direct', 'public-institution-green-channel', 'skills-honours'] },
    explanation: '办法写的是“世赛获奖者”，没有写是否包括优胜奖，所以还需确认。',
  },
  {
    id: 'national-gold',
    title: '国赛金牌获得者',
    input: { ...PERSON, skillLevel: 'technician', honours: 'national-gold' },
    expected: { eligible: ['associate-senior-title-direct', 'public-institution-green-channel'], needsConfirmation: ['skills-honours'] },
    explanation: '第十六条：国赛金牌获得者可直接申报副高级职称，并纳入“绿色通道”。',
  },
  {
    id: 'zhongyuan-skills-master',
    title: '“中原技能大师”',
    input: { ...PERSON, skillLevel: 'senior-technician', honours: 'zhongyuan-skills-master' },
    expected: { eligible: ['associate-senior-title-direct'], needsConfirmation: ['skills-honours'] },
    explanation: '第十六条：“中原技能大师”可直接申报副高级职称；“绿色通道”只列世赛获奖者和国赛金牌获得者。',
  },
  {
    id: 'xuchang-technical-expert',
    title: '“许昌市技术能手”',
    input: { ...PERSON, skillLevel: 'technician', honours: 'xuchang-technical-expert' },
    expected: { eligible: [], needsConfirmation: ['skills-honours'] },
    explanation: '“许昌市技术能手”是第十四条的表彰，不在第十六条职称直通的名单中。',
  },
  {
    id: 'newly-introduced',
    title: '新引进的高技能人才',
    input: { ...PERSON, skillLevel: 'senior-technician', newlyIntroduced: 'yes' },
    expected: { eligible: [], needsConfirmation: ['introduced-talent-support', 'skills-honours'] },
    explanation: '第十六条：新引进的高技能人才“经评审认定后，可享受相应支持政策”；支持政策的内容办法没有写。',
  },
  {
    id: 'outstanding-contribution',
    title: '有突出贡献和特殊技能的高级工',
    input: { ...PERSON, skillLevel: 'advanced', outstandingContribution: 'yes' },
    expected: { eligible: [], needsConfirmation: ['relaxed-technician-requirements', 'skills-honours'] },
    explanation: '第十条：对有突出贡献和特殊技能的人员，“可放宽”技师、高级技师申报条件——如何认定、放宽什么，办法没有写。',
  },
  {
    id: 'frontline-technician',
    title: '一线技师，在岗',
    input: { ...PERSON, skillLevel: 'technician', employed: 'yes', frontline: 'yes' },
    expected: { eligible: ['cross-track-titles'], needsConfirmation: ['skills-honours', 'gold-collar-training', 'equal-treatment-with-engineers'] },
    explanation: '第十五条互通申报；第九条“金蓝领”推荐和第十七条同等待遇（鼓励）取决于选拔和所在单位。',
  },
  {
    id: 'junior-frontline',
    title: '一线初级工',
    input: { ...PERSON, skillLevel: 'junior', frontline: 'yes' },
    expected: { eligible: [], needsConfirmation: [] },
    explanation: '评选表彰、“金蓝领”和同等待遇都面向高技能人才或技师以上。',
  },
  {
    id: 'person-nothing-answered',
    title: '个人，只选了“个人”',
    input: { kind: 'person' },
    expected: {
      eligible: [],
      needsConfirmation: [
        'technician-training-subsidy', 'senior-technician-training-subsidy', 'senior-technician-upgrade-subsidy', 'city-competition-award',
        'full-senior-title-direct', 'associate-senior-title-direct', 'public-institution-green-channel', 'introduced-talent-support',
        'intermediate-evaluation', 'advanced-evaluation', 'technician-evaluation', 'relaxed-technician-requirements', 'academic-equivalence',
        'startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support', 'cross-track-titles', 'skills-honours', 'gold-collar-training',
        'equal-treatment-with-engineers',
      ],
    },
    explanation: '没有回答的问题，相关政策都需要确认。',
  },
  {
    id: 'leading-enterprise-with-studio',
    title: '龙头企业：新认定1个市级技能大师工作室；工资薪金1,000万元，职工教育经费50万元，其中一线35万元',
    input: { ...ORGANISATION, organisationType: 'enterprise', leadingEnterprise: 'yes', newStudios: '1', wages: '1000万', educationSpending: '50万', frontlineSpending: '35万' },
    expected: {
      eligible: ['master-studio-grant', 'education-fund-deduction', 'enterprise-self-evaluation', 'evaluation-organisation-filing'],
      needsConfirmation: [],
      amounts: { 'master-studio-grant': 100_000 },
      amountTexts: { 'education-fund-deduction': '本年可扣除 500,000.00 元' },
    },
    explanation: '第八条：新认定的市级技能大师工作室奖补10万元。第五条：限额1,000万×8%=80万元，50万元全部可扣除；一线35万元占70%，达到“60%以上”。',
  },
  {
    id: 'enterprise-over-limit',
    title: '企业：工资薪金100万元，职工教育经费10万元，以前年度结转1万元',
    input: { ...ORGANISATION, organisationType: 'enterprise', leadingEnterprise: 'no', newStudios: '0', wages: '1,000,000', educationSpending: '100,000', frontlineSpending: '60,000', carriedOver: '10,000' },
    expected: {
      eligible: ['education-fund-deduction', 'enterprise-self-evaluation', 'evaluation-organisation-filing'],
      needsConfirmation: [],
      amountTexts: { 'education-fund-deduction': '本年可扣除 80,000.00 元' },
    },
    explanation: '限额100万×8%=8万元；本年支出10万元先扣8万元，剩余2万元和以前结转1万元共3万元结转以后年度（财税〔2018〕51号）。不是龙头企业，第八条暂不符合。',
  },
  {
    id: 'enterprise-leading-unanswered',
    title: '企业：新认定2个工作室，没有回答是否龙头企业',
    input: { ...ORGANISATION, organisationType: 'enterprise', newStudios: '2' },
    expected: { eligible: ['education-fund-deduction', 'enterprise-self-evaluation', 'evaluation-organisation-filing'], needsConfirmation: ['master-studio-grant'], amounts: { 'master-studio-grant': 200_000 } },
    explanation: '第八条面向龙头企业；是否龙头企业需要确认（办法也没有界定“龙头企业”）。2个工作室×10万元=20万元。',
  },
  {
    id: 'technical-school-studio',
    title: '技工院校：新认定1个市级技能大师工作室',
    input: { ...ORGANISATION, organisationType: 'technical-school', newStudios: '1' },
    expected: { eligible: ['master-studio-grant'], needsConfirmation: [], amounts: { 'master-studio-grant': 100_000 } },
    explanation: '第八条面向龙头企业、职技院校和公共实训基地；职工教育经费扣除和自主评价针对企业。',
  },
  {
    id: 'higher-vocational-college',
    title: '高职院校：今年没有新认定的工作室',
    input: { ...ORGANISATION, organisationType: 'higher-vocational-college', newStudios: '0' },
    expected: { eligible: [], needsConfirmation: ['training-base-project'] },
    explanation: '第七条：国家级和省级高技能人才培训基地项目“主要从全市高职院校中推荐”，能否被推荐由选拔决定。',
  },
  {
    id: 'training-institution',
    title: '培训机构',
    input: { ...ORGANISATION, organisationType: 'training-institution' },
    expected: { eligible: ['evaluation-organisation-filing'], needsConfirmation: [] },
    explanation: '第十二条：引导和支持各类企业、行业协会和培训机构备案评价机构。',
  },
  {
    id: 'industry-association',
    title: '行业协会',
    input: { ...ORGANISATION, organisationType: 'industry-association' },
    expected: { eligible: ['evaluation-organisation-filing'], needsConfirmation: [] },
    explanation: '第十二条：行业协会可备案评价机构。',
  },
  {
    id: 'public-training-base',
    title: '公共实训基地：新认定3个市级技能大师工作室',
    input: { ...ORGANISATION, organisationType: 'public-training-base', newStudios: '３' },
    expected: { eligible: ['master-studio-grant'], needsConfirmation: [], amounts: { 'master-studio-grant': 300_000 } },
    explanation: '第八条：3个工作室×10万元=30万元。',
  },
  {
    id: 'organisation-nothing-answered',
    title: '单位，只选了“单位”',
    input: { ...ORGANISATION },
    expected: { eligible: [], needsConfirmation: ['master-studio-grant', 'education-fund-deduction', 'enterprise-self-evaluation', 'evaluation-organisation-filing', 'training-base-project'] },
    explanation: '单位类型没有回答，五项都需要确认。',
  },
];
