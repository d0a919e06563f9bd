/**
 * What the article grants: its benefits, declared with the conditions of rules.ts.
 *
 * 第十七条 持续完善技能导向激励机制.
 *
 * “鼓励企业对在生产一线做出贡献的技师、高级技师，在带薪学习、休假、疗养、出国进修等方面，与本单位工程师、高级工程师享受
 * 同等待遇。”
 */
import type { BenefitDeclaration } from '../../benefit';
import { equalTreatmentWithEngineersConditions } from './rules';

export const art17Benefits = [
  {
    id: 'equal-treatment-with-engineers',
    title: '在生产一线做出贡献的技师、高级技师与本单位工程师、高级工程师同等待遇（鼓励）',
    articles: [17],
    audience: { types: ['person'], who: '在生产一线做出贡献的技师、高级技师' },
    kind: 'encouragement',
    amount: null,
    quote:
      '鼓励企业对在生产一线做出贡献的技师、高级技师，在带薪学习、休假、疗养、出国进修等方面，与本单位工程师、高级工程师享受同等待遇',
    notSaid: ['办法只是“鼓励”，没有规定企业必须这样做。', '具体做法请向所在单位了解。'],
    conditions: equalTreatmentWithEngineersConditions,
    deferred:
      '办法“鼓励企业”对在生产一线做出贡献的技师、高级技师，与本单位工程师、高级工程师享受同等待遇；这是鼓励，不是个人可以直接要求的待遇，请向所在单位了解。是否“做出贡献”，办法没有写标准。',
  },
] as const satisfies readonly BenefitDeclaration[];
