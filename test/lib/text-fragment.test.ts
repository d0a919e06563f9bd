/** Text-fragment links (#:~:text=…) for "复制此段链接": encoding, word boundaries, exact and start,end forms. */
import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textFragmentDirective, type Boundaries } from '../../src/lib/text-fragment';

/** Boundaries at every character: the selection is taken as it is. */
const everyChar: Boundaries = (t) => Array.from({ length: t.length + 1 }, (_, i) => i);
const P6 = '第六条 实施急需紧缺人才培养计划。适应全市产业发展的需要，大力培养急需紧缺技师、高级技师。';

describe('text fragments', () => {
  it('encodes the reserved characters - , & and non-ASCII', () => {
    expect(encodeFragmentTerm('a-b,c&d')).toBe('a%2Db%2Cc%26d');
    expect(encodeFragmentTerm('技师')).toBe('%E6%8A%80%E5%B8%88');
  });

  it('a short passage in one paragraph becomes text=exact', () => {
    const start = P6.indexOf('实施');
    const end = P6.indexOf('。');
    expect(textFragmentDirective({ text: P6, offset: start }, { text: P6, offset: end }, true, everyChar)).toBe(
      `text=${encodeURIComponent('实施急需紧缺人才培养计划')}`,
    );
  });

  it('white space is squashed and trimmed', () => {
    const t = '甲  乙\n丙 ';
    expect(textFragmentDirective({ text: t, offset: 0 }, { text: t, offset: t.length }, true, everyChar)).toBe(
      `text=${encodeURIComponent('甲 乙 丙')}`,
    );
  });

  it('a long passage becomes text=start,end with at least 10 characters each', () => {
    const d = textFragmentDirective({ text: P6, offset: 4 }, { text: P6, offset: P6.length }, true, everyChar);
    expect(d).toBe(`text=${encodeURIComponent('实施急需紧缺人才培养')},${encodeURIComponent('紧缺技师、高级技师。')}`);
  });

  it('a selection across two paragraphs becomes start,end', () => {
    const a = '第五条 甲乙丙丁戊己庚辛壬癸子丑。';
    const b = '第六条 实施急需紧缺人才培养计划。';
    expect(textFragmentDirective({ text: a, offset: 4 }, { text: b, offset: 8 }, false, everyChar)).toBe(
      `text=${encodeURIComponent('甲乙丙丁戊己庚辛壬癸')},${encodeURIComponent('第六条 实施急需')}`,
    );
  });

  it('widens the selection to word boundaries (a selection starting inside 技师 starts at 技)', () => {
    const t = '培养急需紧缺技师';
    const words: Boundaries = () => [0, 2, 4, 6, 8]; // 培养|急需|紧缺|技师
    expect(textFragmentDirective({ text: t, offset: 7 }, { text: t, offset: 8 }, true, words)).toBe(
      `text=${encodeURIComponent('技师')}`,
    );
    expect(textFragmentDirective({ text: t, offset: 3 }, { text: t, offset: 5 }, true, words)).toBe(
      `text=${encodeURIComponent('急需紧缺')}`,
    );
  });

  it('an empty or blank selection gives no link', () => {
    expect(textFragmentDirective({ text: '  ', offset: 0 }, { text: '  ', offset: 2 }, true, everyChar)).toBeNull();
  });

  it('Intl.Segmenter boundaries by default: 技师 is never cut in half', () => {
    const t = '大力培养急需紧缺技师、高级技师。';
    const d = textFragmentDirective(
      { text: t, offset: t.indexOf('技师') + 1 },
      { text: t, offset: t.indexOf('、') },
      true,
    );
    expect(d).toBe(`text=${encodeURIComponent('技师')}`);
  });
});
