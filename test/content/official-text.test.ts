import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOfficialDocument, allArticles, withoutWhiteSpace, chineseNumeral } from '../../src/lib/official-document';

const transcript = readFileSync(join(process.cwd(), 'content/official/xuchang-rensheban-2022-28.txt'), 'utf8');
const doc = parseOfficialDocument(transcript);

describe('the project copy of the transcript', () => {
  it('has the issuing header, 文号, notice and issuing line of 许人社办〔2022〕28号', () => {
    expect(doc.header).toBe('许昌市人力资源和社会保障局 许昌市财政局文件');
    expect(doc.documentNumber).toBe('许人社办〔2022〕28号');
    expect(doc.notice.title).toBe(
      '许昌市人力资源和社会保障局 许昌市财政局 关于印发《许昌市加强高技能人才队伍建设实施办法》的通知',
    );
    expect(doc.notice.addressees.startsWith('各县（市、区）人力资源和社会保障局、财政局')).toBe(true);
    expect(doc.notice.body).toContain('已经市委人才工作委员会研究通过');
    expect(doc.notice.issuers).toEqual(['许昌市人力资源和社会保障局', '许昌市财政局']);
    expect(doc.notice.date).toBe('2022年9月19日');
    expect(doc.title).toBe('许昌市加强高技能人才队伍建设实施办法');
    expect(doc.issuingLine).toEqual({ issuer: '许昌市人力资源和社会保障局', date: '2022年9月19日印发' });
  });

  it('has 8 chapters with their titles, in order', () => {
    expect(doc.chapters.map((c) => `${c.label}${c.title}`)).toEqual([
      '第一章总则',
      '第二章主要目标',
      '第三章培养模式',
      '第四章项目建设',
      '第五章评价方式',
      '第六章激励机制',
      '第七章工作职责',
      '第八章附则',
    ]);
  });

  it('has 20 articles numbered 第一条 … 第二十条 in order', () => {
    const articles = allArticles(doc);
    expect(articles).toHaveLength(20);
    articles.forEach((a, i) => expect(a.label).toBe(`第${chineseNumeral(i + 1)}条`));
  });

  it('carries the four repairs of shared/official-text/README.md and none of the broken forms', () => {
    const flat = withoutWhiteSpace(transcript);
    for (const repaired of [
      '《许昌市加强高技能人才队伍建设实施办法》的通知',
      '积极参加省高技能人才“金蓝领”',
      '分别参照大专、本科学历享受相关待遇',
      '队伍建设工作；市财政局',
    ]) {
      expect(flat).toContain(withoutWhiteSpace(repaired));
    }
    expect(transcript).not.toContain('队伍建设 实施办法');
    expect(transcript).not.toMatch(/省高技\s*\n/);
    expect(transcript).not.toMatch(/本科\s*\n/);
    expect(transcript).not.toMatch(/建设工\s*\n/);
  });

  it('rejects a transcript that lost its issuing line', () => {
    const cut = transcript.replace('2022年9月19日印发', '');
    expect(() => parseOfficialDocument(cut)).toThrow(/issuing line/);
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [16, '十六'],
    [20, '二十'],
    [99, '九十九'],
  ])('%i → %s', (n, s) => {
    expect(chineseNumeral(n)).toBe(s);
  });
});
