/** The document's dates and status, built once from the transcript and 第二十条. */
import { describe, expect, it } from 'vitest';
import { documentDates, documentMeta, isoFromChineseDate } from '../../src/lib/document';
import { answerParts } from '../../src/lib/faq';

describe('documentDates', () => {
  it('reads the dates the document prints: under the notice and in the issuing line', () => {
    expect(documentDates.writtenDate).toBe('2022-09-19');
    expect(documentDates.issuedDate).toBe('2022-09-19');
    expect(documentMeta.publishedDate).toBe('2022-09-19');
    expect(documentMeta.effectiveDate).toBe('2022-09-19');
  });
  it('takes 第二十条’s own words for when it takes effect', () => {
    expect(documentDates.effectiveRule).toBe('自发布之日起施行');
    expect(documentDates.statement).toBe('2022年9月19日印发，自发布之日起施行（第二十条）');
  });
  it('claims no status the document does not state', () => {
    expect(documentDates.validity).toBe('文件没有规定有效期限；此后是否修订或废止，以官方发布为准');
    expect(documentDates.status).not.toMatch(/现行有效|有效期至|长期有效/);
  });
  it('reads only a date written as the document writes it', () => {
    expect(isoFromChineseDate('2022年9月19日印发')).toBe('2022-09-19');
    expect(() => isoFromChineseDate('二〇二二年九月十九日')).toThrow();
  });
  it('the FAQ writes the dates as placeholders, rendered from documentDates', () => {
    expect(answerParts('本办法{dateStatement}。')).toEqual([
      { kind: 'text', text: '本办法' },
      { kind: 'text', text: '2022年9月19日印发，自发布之日起施行（第二十条）' },
      { kind: 'text', text: '。' },
    ]);
  });
});
