/**
 * The result of a "count × amount per head" calculator (第六条 培训补贴, 第八条 工作室奖补, 第十三条 大赛奖励):
 * the total, then a table with one row per kind showing the worked arithmetic. Formatting comes from the rules
 * module; the figures are the rules module's.
 */
import { formatYuan, groupThousands } from '../rules';

export interface CountsLine {
  label: string;
  count: number;
  /** Yuan per head (or per studio). */
  perUnit: number;
  /** count × perUnit, as the rules module computed it. */
  amount: number;
}

export interface CountsResultProps {
  totalLabel: string;
  total: number;
  lines: readonly CountsLine[];
  unitWord: string;
  caption: string;
}

export function CountsResult(props: CountsResultProps) {
  const { total, lines, unitWord } = props;
  return (
    <>
      <p class="calc-total">
        {props.totalLabel}：
        <span class="amount" data-testid="total">
          {formatYuan(total)}
        </span>
      </p>
      <div class="table-wrap">
        <table class="calc-breakdown">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col" class="num">
                计算
              </th>
              <th scope="col" class="num">
                金额
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.label}>
                <th scope="row">{l.label}</th>
                <td class="num calc-formula">
                  {groupThousands(l.count)} {unitWord} × {formatYuan(l.perUnit)}
                </td>
                <td class="num">{formatYuan(l.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              <td />
              <td class="num">{formatYuan(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
