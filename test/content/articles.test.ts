import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOfficialDocument, allArticles, withoutWhiteSpace } from '../../src/lib/official-document';
import { MeasureArticleFrontmatterSchema } from '../../src/lib/article-schema';
import { checkArticleEntries } from '../../src/lib/article-check';
import { readAllMdxArticles } from './mdx-files';

const doc = parseOfficialDocument(
  readFileSync(join(process.cwd(), 'content/official/xuchang-rensheban-2022-28.txt'), 'utf8'),
);
const official = allArticles(doc);
const files = readAllMdxArticles();

describe('content/measure: one MDX file per article', () => {
  it('has exactly the files 01.mdx … 20.mdx', () => {
    expect(files.map((f) => f.id)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  describe.each(files)('$file', (f) => {
    const n = Number(f.id);
    const article = official.find((a) => a.number === n)!;

    it('has valid frontmatter whose article number is the file name and whose chapter is the official one', () => {
      const fm = MeasureArticleFrontmatterSchema.parse(f.frontmatter);
      expect(fm.article).toBe(n);
      const chapter = doc.chapters.find((c) => c.number === article.chapter)!;
      expect(fm.chapter).toEqual({ number: chapter.number, title: chapter.title });
      expect(fm.related).not.toContain(n);
    });

    it(`holds ${article.label} verbatim inside <OfficialText article={${n}}>`, () => {
      expect(f.officialArticleProp).toBe(n);
      expect(withoutWhiteSpace(f.officialText ?? '')).toBe(withoutWhiteSpace(article.text));
    });
  });
});

describe('checkArticleEntries: the build stops on a missing or duplicated article', () => {
  const entries = files.map((f) => ({
    id: f.id,
    filePath: f.file,
    data: MeasureArticleFrontmatterSchema.parse(f.frontmatter),
  }));

  it('accepts the 20 files and returns them in order', () => {
    expect(checkArticleEntries([...entries].reverse()).map((e) => e.data.article)).toEqual(
      official.map((a) => a.number),
    );
  });

  it('names the file that is missing', () => {
    expect(() => checkArticleEntries(entries.filter((e) => e.id !== '07'))).toThrow('content/measure/07.mdx: missing');
  });

  it('names the file and the field when two files claim the same article', () => {
    const dup = entries.map((e) => (e.id === '08' ? { ...e, data: { ...e.data, article: 7 } } : e));
    expect(() => checkArticleEntries(dup)).toThrow(
      /content\/measure\/08\.mdx: field "article" is 7 but the file name says 08/,
    );
    expect(() => checkArticleEntries(dup)).toThrow(/field "article" 7 duplicates/);
  });

  it('names the field when the chapter disagrees with the official text', () => {
    const bad = entries.map((e) =>
      e.id === '06' ? { ...e, data: { ...e.data, chapter: { number: 4, title: '项目建设' } } } : e,
    );
    expect(() => checkArticleEntries(bad)).toThrow(/06\.mdx: field "chapter"/);
  });

  it('a malformed frontmatter is rejected with the field named', () => {
    const r = MeasureArticleFrontmatterSchema.safeParse({ ...(files[0]!.frontmatter as object), article: '一' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['article']);
  });
});
