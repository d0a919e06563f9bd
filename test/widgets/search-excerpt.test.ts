/** Search excerpts read as Chinese: Chinese joins, clean ends, whole words marked. */
import { describe, expect, it } from 'vitest';
import { excerptPieces, type ExcerptPiece } from '../../src/widgets/search-excerpt';

const text = (pieces: ExcerptPiece[]) => pieces.map((p) => p.text).join('');
const marked = (pieces: ExcerptPiece[]) => pieces.filter((p) => p.marked).map((p) => p.text);

describe('excerptPieces', () => {
  it('joins two blocks with 。 instead of an ASCII ". "', () => {
    expect(text(excerptPieces('按规定办理入编入岗手续. 本条讲三件事'))).toBe('按规定办理入编入岗手续。本条讲三件事');
  });

  it('drops the ". " after a Chinese stop or a closing quotation mark', () => {
    expect(text(excerptPieces('入编入岗手续。. 本条讲三件事'))).toBe('入编入岗手续。本条讲三件事');
    expect(text(excerptPieces('纳入“绿色通道”. 本条'))).toBe('纳入“绿色通道”本条');
    expect(text(excerptPieces('适用对象：. 职工'))).toBe('适用对象：职工');
  });

  it('keeps ". " between Latin words and in numbers', () => {
    expect(text(excerptPieces('see p. 3 and 1.5 万元'))).toBe('see p. 3 and 1.5 万元');
  });

  it('starts without a dangling closing quotation mark or comma, and ends without an opening one', () => {
    expect(text(excerptPieces('”、世赛金牌获得者，可直接申报相应系列正高级职称；“'))).toBe(
      '世赛金牌获得者，可直接申报相应系列正高级职称；',
    );
    expect(text(excerptPieces('，国赛金牌获得者（'))).toBe('国赛金牌获得者');
  });

  it('marks the whole query word, not the single characters Pagefind marked', () => {
    const pieces = excerptPieces('全市技能大<mark>赛</mark>与<mark>世赛</mark>、国赛和省<mark>赛</mark>相衔接', '世赛');
    expect(marked(pieces)).toEqual(['世赛']);
    expect(text(pieces)).toBe('全市技能大赛与世赛、国赛和省赛相衔接');
  });

  it('marks a long name whole before its parts, for every word of the query', () => {
    const pieces = excerptPieces('<mark>世界</mark><mark>技能</mark>大赛获奖者可以申报；技能人才', '世界技能大赛 技能');
    expect(marked(pieces)).toEqual(['世界技能大赛', '技能']);
  });

  it("keeps Pagefind's marks of longer words when the query word itself does not occur, less single characters", () => {
    const pieces = excerptPieces('<mark>技师</mark>项目培训补<mark>贴</mark>', '技师培训');
    expect(marked(pieces)).toEqual(['技师']);
    expect(text(pieces)).toBe('技师项目培训补贴');
  });

  it('decodes entities and never lets markup through', () => {
    expect(text(excerptPieces('A &amp; B &lt;script&gt;<b>x</b>'))).toBe('A & B x');
  });
});
