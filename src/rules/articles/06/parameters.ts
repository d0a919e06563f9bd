/** 第六条 技师项目培训补贴: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const technicianTrainingSubsidy = /* @__PURE__ */ parameter({
  id: 'technicianTrainingSubsidy',
  label: '新培养技师 技师项目培训补贴（每人）',
  value: 4000,
  unit: 'yuan',
  article: 6,
  quote: '分别给予每人4000元、5000元、2000元技师项目培训补贴',
});
export const seniorTechnicianTrainingSubsidy = /* @__PURE__ */ parameter({
  id: 'seniorTechnicianTrainingSubsidy',
  label: '新培养高级技师 技师项目培训补贴（每人）',
  value: 5000,
  unit: 'yuan',
  article: 6,
  quote: '分别给予每人4000元、5000元、2000元技师项目培训补贴',
});
export const seniorTechnicianUpgradeSubsidy = /* @__PURE__ */ parameter({
  id: 'seniorTechnicianUpgradeSubsidy',
  label: '高级技师岗位技能提升培训 技师项目培训补贴（每人）',
  value: 2000,
  unit: 'yuan',
  article: 6,
  quote: '分别给予每人4000元、5000元、2000元技师项目培训补贴',
});
