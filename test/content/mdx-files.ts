/** Reads content/measure/*.mdx the way a test needs it: frontmatter, the OfficialText block, the rest. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const MEASURE_DIR = join(process.cwd(), 'content', 'measure');

export interface MdxArticleFile {
  file: string;
  id: string;
  frontmatter: unknown;
  /** The article number given to <OfficialText article={N}>, or null if missing. */
  officialArticleProp: number | null;
  /** The text between <OfficialText …> and </OfficialText>, or null if missing. */
  officialText: string | null;
  /** Everything after </OfficialText>: 解读 and widgets. */
  afterOfficial: string;
  source: string;
}

export function readMdxArticle(file: string): MdxArticleFile {
  const source = readFileSync(join(MEASURE_DIR, file), 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const official = /<OfficialText\s+article=\{(\d+)\}\s*>([\s\S]*?)<\/OfficialText>/.exec(source);
  return {
    file: `content/measure/${file}`,
    id: file.replace(/\.mdx$/, ''),
    frontmatter: fm ? parseYaml(fm[1] ?? '') : null,
    officialArticleProp: official ? Number(official[1]) : null,
    officialText: official ? (official[2] ?? '') : null,
    afterOfficial: official ? source.slice(official.index + official[0].length) : '',
    source,
  };
}

export function readAllMdxArticles(): MdxArticleFile[] {
  return readdirSync(MEASURE_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map(readMdxArticle);
}
