/** 第五条 职工教育经费: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const educationFundDeductionRate = /* @__PURE__ */ parameter({
  id: 'educationFundDeductionRate',
  label: '职工教育经费税前扣除限额（占工资薪金总额的比例）',
  value: 8,
  unit: 'percent',
  article: 5,
  quote: '落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的税收政策',
});
export const frontlineTrainingShare = /* @__PURE__ */ parameter({
  id: 'frontlineTrainingShare',
  label: '职工教育经费用于一线职工培训的最低比例',
  value: 60,
  unit: 'percent',
  article: 5,
  quote: '其中60%以上用于一线职工培训',
});
