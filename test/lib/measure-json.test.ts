/** /api/measure.json: the builder's output fits the published schema and says what the document says. */
import { describe, expect, it } from 'vitest';
import { buildMeasureJson, MeasureJsonSchema } from '../../src/lib/measure-json';
import { readAllMdxArticles } from '../content/mdx-files';
import { MeasureArticleFrontmatterSchema } from '../../src/lib/article-schema';
import { readingsInMdx } from '../../src/lib/reading';
import { sharedReadings } from '../../src/lib/document';

const site = new URL('https://example.test/');
const files = readAllMdxArticles();
const frontmatter = files.map((f) => MeasureArticleFrontmatterSchema.parse(f.frontmatter));
const titles = new Map(
  files.map((f, i) => [
    frontmatter[i]!.article,
    {
      title: frontmatter[i]!.title,
      summary: frontmatter[i]!.summary,
      readings: readingsInMdx(f.source, sharedReadings),
    },
  ]),
);
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
    expect(json.chapters[2]).toEqual({
      number: 3,
      label: '第三章',
      title: '培养模式',
      url: 'https://example.test/measure/#ch-3',
      articles: [4, 5, 6],
    });
  });

  it('tells the site’s readings from the official text: 第十六条 lists “相应系列” as a reading, never in `text`', () => {
    const a16 = json.articles[15]!;
    expect(a16.readings).toContain(
      '“相应系列”指与本人所从事职业（工种）相对应的职称系列；办法没有界定，以职称评审主管部门的规定为准。',
    );
    expect(a16.text).not.toContain('本人所从事职业');
    for (const a of json.articles) for (const r of a.readings) expect(a.text, `第${a.number}条`).not.toContain(r);
    expect(json.articles.filter((a) => a.readings.length > 0).map((a) => a.number)).toEqual([
      6, 7, 8, 11, 13, 15, 16, 20,
    ]);
  });

  it('states the date once, from the document: 印发 2022年9月19日, 自发布之日起施行, and the reading behind it', () => {
    expect(json.metadata.effectiveRule).toBe('自发布之日起施行（第二十条）');
    expect(json.metadata.status).toBe(
      '自发布之日起施行（第二十条）；文件没有规定有效期限；此后是否修订或废止，以官方发布为准',
    );
    expect(json.metadata.readings).toHaveLength(1);
    expect(json.metadata.readings[0]).toContain('本站以文件落款的印发日期（2022年9月19日）作为发布日期');
    expect(json.articles[19]!.readings).toEqual(json.metadata.readings);
  });

  it("refuses to build without an article's 条旨", () => {
    const missing = new Map(titles);
    missing.delete(7);
    expect(() => buildMeasureJson({ articleTitles: missing, site })).toThrow();
  });
});
