/**
 * The static table that stands in for a calculator when JavaScript is off (and is printed): the amounts and
 * conditions, rendered from the rules module when the site is built. Nothing is typed here but words.
 */
import { formatParameter } from '../rules/format';
import { amountText, benefitById, type BenefitId } from '../rules/catalog';
import { parameters as p } from '../rules/parameters';
import type { CalculatorName } from './calculators';

export interface StaticTable {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** Sentences under the table: how to compute by hand, what the measure does not say. */
  notes: readonly string[];
}

const percent = (id: 'educationFundDeductionRate' | 'frontlineTrainingShare') => formatParameter(p[id]);

export function staticTable(name: CalculatorName): StaticTable {
  switch (name) {
    case 'training-subsidy':
      return {
        caption: '技师项目培训补贴标准（第六条）',
        head: ['培训类型', '每人补贴'],
        rows: [
          ['新培养技师', formatParameter(p.technicianTrainingSubsidy)],
          ['新培养高级技师', formatParameter(p.seniorTechnicianTrainingSubsidy)],
          ['高级技师岗位技能提升培训', formatParameter(p.seniorTechnicianUpgradeSubsidy)],
        ],
        notes: [
          '补贴合计 = 各类型人数 × 每人补贴，再相加。',
          '文件没有写明补贴由谁申领、怎样申请、何时截止；请咨询许昌市人力资源和社会保障局或拨打 12333。',
        ],
      };
    case 'education-fund':
      return {
        caption: '职工教育经费的两个比例（第五条）',
        head: ['项目', '比例'],
        rows: [
          ['税前扣除限额（占工资薪金总额）', percent('educationFundDeductionRate')],
          ['用于一线职工培训的最低比例（占职工教育经费）', percent('frontlineTrainingShare')],
        ],
        notes: [
          `本年可税前扣除 = 本年支出与以前年度结转之和，但不超过工资薪金总额 × ${percent('educationFundDeductionRate')}。`,
          '超过部分，按财税〔2018〕51号的规定，准予在以后纳税年度结转扣除。',
          `用于一线职工培训的支出 ÷ 职工教育经费支出，应达到 ${percent('frontlineTrainingShare')} 以上。`,
        ],
      };
    case 'master-studio':
      return {
        caption: '技能大师工作室奖补（第八条）',
        head: ['对象', '奖补资金'],
        rows: [['每个新认定的市级技能大师工作室', formatParameter(p.masterStudioGrant)]],
        notes: ['由市财政给予。奖补合计 = 新认定的工作室数量 × 每个工作室的奖补资金。'],
      };
    case 'technician-date':
      return {
        caption: '技师（二级）的申报时间（第十一条）',
        head: ['条件', '时间'],
        rows: [
          [
            '技工院校预备技师班、技师班学生取得高级工（三级）证书后',
            `${formatParameter(p.technicianWaitingYears)}后可申报技师（二级）`,
          ],
        ],
        notes: [
          '期间按《民法典》计算：取得证书的当天不计入，到两年后的对应日结束（没有对应日的，为该月最后一天）；从结束日的第二天起可以申报。',
          '例如：2025年3月10日取得证书，期间到2027年3月10日结束，2027年3月11日起可以申报。',
        ],
      };
    case 'competition-award':
      return {
        caption: `全市技能大赛奖励（第十三条，每${formatParameter(p.cityCompetitionInterval)}举办一届）`,
        head: ['名次', '奖励'],
        rows: [
          ['第一名', formatParameter(p.cityCompetitionFirstPrize)],
          ['第二名', formatParameter(p.cityCompetitionSecondPrize)],
          ['第三名', formatParameter(p.cityCompetitionThirdPrize)],
          ['优胜奖', formatParameter(p.cityCompetitionMeritPrize)],
        ],
        notes: ['办法按名次给予获奖选手奖励：选手获得哪个名次，就对应该名次的奖励金额。'],
      };
    case 'graduate-support':
      return {
        caption: '技工院校毕业生的待遇与创业扶持（第十五条）',
        head: ['项目', '内容'],
        rows: [
          ['高级工班毕业生', '参照大专学历享受相关待遇'],
          ['预备技师（技师）班毕业生', '参照本科学历享受相关待遇'],
          ...(['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support'] as const).map((id) =>
            benefitRow(id),
          ),
        ],
        notes: [
          '担保贷款是额度上限，不是补贴；优秀项目扶持补助的具体金额，文件只给出区间。',
          ...benefitById('academic-equivalence').notSaid,
        ],
      };
    case 'title-direct':
      return {
        caption: '职称直通（第十六条）',
        head: ['获得的奖项或荣誉', '可以'],
        rows: (
          ['full-senior-title-direct', 'associate-senior-title-direct', 'public-institution-green-channel'] as const
        ).map((id) => {
          const b = benefitById(id);
          return [b.audience.who, b.title];
        }),
        notes: benefitById('associate-senior-title-direct').notSaid,
      };
  }
}

/** A catalog benefit as a table row: its title and its amount as the measure states it. */
function benefitRow(id: BenefitId): readonly string[] {
  const b = benefitById(id);
  return [b.title, amountText(b.amount) ?? '—'];
}
