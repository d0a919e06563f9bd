/** /api/measure.json: the builder's output fits the published schema and says what the document says. */
import { describe, expect, it } from 'vitest';
import { buildMeasureJson, MeasureJsonSchema } from '../../src/lib/measure-json';
import { readAllMdxArticles } from '../content/mdx-files';
import { MeasureArticleFrontmatterSchema } from '../../src/lib/article-schema';

const site = new URL('https://example.test/');
const frontmatter = readAllMdxArticles().map((f) => MeasureArticleFrontmatterSchema.parse(f.frontmatter));
const titles = new Map(frontmatter.map((f) => [f.article, { title: f.title, summary: f.summary }]));
const json = buildMeasureJson({ articleTitles: titles, site });

describe('/api/measure.json', () => {
  it('fits the schema (metadata, notice, 8 chapters, 20 articles)', () => {
    expect(() => MeasureJsonSchema.parse(json)).not.toThrow();
    expect(json.chapters).toHaveLength(8);
    expect(json.articles.map((a) => a.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('carries the metadata the document states', () => {
    expect(json.metadata).toMatchObject({
      title: '许昌市加强高技能人才队伍建设实施办法',
      documentNumber: '许人社办〔2022〕28号',
      issuers: ['许昌市人力资源和社会保障局', '许昌市财政局'],
      publishedDate: '2022-09-19',
      effectiveDate: '2022-09-19',
      language: 'zh-CN',
      url: 'https://example.test/measure/',
      citation: '《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）',
    });
    expect(json.metadata.repeals.documentNumber).toBe('许人才委〔2019〕12号');
    expect(json.notice.header).toBe('许昌市人力资源和社会保障局 许昌市财政局文件');
    expect(json.issuingLine.date).toBe('2022年9月19日印发');
  });

  it('第六条: label, chapter, 条旨 from its file, official words, citation and URLs', () => {
    const a6 = json.articles[5];
    expect(a6).toMatchObject({
      number: 6,
      label: '第六条',
      chapter: 3,
      title: '技师项目培训补贴',
      citation: '《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条',
      url: 'https://example.test/measure/6/',
      fullTextUrl: 'https://example.test/measure/#art-6',
    });
    expect(a6?.text.startsWith('实施急需紧缺人才培养计划。')).toBe(true);
    expect(a6?.text.endsWith('分别给予每人4000元、5000元、2000元技师项目培训补贴。')).toBe(true);
  });

  it('every article has the 条旨 and summary of its MDX file, and its chapter lists it', () => {
    for (const f of frontmatter) {
      const a = json.articles.find((x) => x.number === f.article);
      expect(a?.title).toBe(f.title);
      expect(a?.summary).toBe(f.summary);
      expect(a?.chapter).toBe(f.chapter.number);
      expect(json.chapters.find((c) => c.number === f.chapter.number)?.articles).toContain(f.article);
    }
  });

  it('chapters: 第三章 培养模式 holds articles 4–6 and links to its anchor', () => {
    expect(json.chapters[2]).toEqual({ number: 3, label: '第三章', title: '培养模式', url: 'https://example.test/measure/#ch-3', articles: [4, 5, 6] });
  });

  it('refuses to build without an article\'s 条旨', () => {
    const missing = new Map(titles);
    missing.delete(7);
    expect(() => buildMeasureJson({ articleTitles: missing, site })).toThrow();
  });
});
