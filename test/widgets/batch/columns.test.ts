/** /batch/'s columns: headings and cells as offices write them, read into the checker's answers. */
import { describe, expect, it } from 'vitest';
import { LISTS, cellToAnswer, columnForHeading, COLUMNS } from '../../../src/widgets/batch/columns';

const column = (key: string) => COLUMNS.find((c) => c.key === key)!;

describe('headings', () => {
  it.each([
    ['姓名', 'name'],
    ['职工姓名', 'name'],
    [' 学生 姓名 ', 'name'],
    ['班级', 'group'],
    ['当前职业技能等级', 'skillLevel'],
    ['当前职业技能 等级', 'skillLevel'],
    ['取得高级工（三级）证书的日期', 'advancedCertificateDate'],
    ['取得高级工(三级)证书的日期', 'advancedCertificateDate'],
    ['取得高级工证书日期', 'advancedCertificateDate'],
    ['是否在生产一线工作', 'frontline'],
    ['技师项目培养情况', 'trainingProject'],
  ])('%s → %s', (heading, key) => {
    expect(columnForHeading(heading)?.key).toBe(key);
  });

  it('an unknown heading or a blank one names no column', () => {
    expect(columnForHeading('序号')).toBeUndefined();
    expect(columnForHeading('  ')).toBeUndefined();
  });
});

describe('cells', () => {
  it.each([
    ['skillLevel', '高级工（三级）', 'advanced'],
    ['skillLevel', '高级工', 'advanced'],
    ['skillLevel', '五级', 'junior'],
    ['skillLevel', '高级技师(一级)', 'senior-technician'],
    ['skillLevel', '无', 'none'],
    ['trainingProject', '经技师项目新培养为技师', 'new-technician'],
    ['trainingProject', '无', 'none'],
    ['competitionPlacing', '第二名', 'second'],
    ['competitionPlacing', '无', 'none'],
    ['education', '技工院校预备技师班、技师班在读学生', 'technical-school-technician-class-student'],
    ['frontline', '√', '是'],
    ['frontline', '×', '否'],
    ['frontline', '是', '是'],
    ['advancedCertificateDate', '2024年5月10日', '2024年5月10日'],
  ])('%s: %s → %s', (key, cell, answer) => {
    expect(cellToAnswer(column(key), cell)).toBe(answer);
  });

  it('a list of honours, separated by 、 or ，, and 无 for none', () => {
    expect(cellToAnswer(column('honours'), '中原技能大奖、许昌大工匠')).toEqual([
      'zhongyuan-skills-award',
      'xuchang-craftsman',
    ]);
    expect(cellToAnswer(column('honours'), '无')).toEqual([]);
  });

  it('what is not recognised is passed on as written, for the checker’s parser to name', () => {
    expect(cellToAnswer(column('skillLevel'), '七级')).toBe('七级');
    expect(cellToAnswer(column('frontline'), '也许')).toBe('也许');
    expect(cellToAnswer(column('skillLevel'), '  ')).toBeUndefined();
  });
});

describe('the three lists', () => {
  it('each template carries the columns of its list, with the checker’s question labels', () => {
    expect(LISTS.students.columns.map((c) => c.label)).toEqual([
      '姓名',
      '班级',
      '当前职业技能等级',
      '学历或在读情况',
      '取得高级工（三级）证书的日期',
    ]);
    expect(LISTS.trainees.columns.map((c) => c.label)).toEqual(['姓名', '当前职业技能等级', '技师项目培养情况']);
    expect(LISTS.staff.columns.map((c) => c.label)).toContain('是否有突出贡献和特殊技能');
    expect(LISTS.staff.columns.map((c) => c.label)).not.toContain('班级');
  });

  it('the date column lists the date forms, a yes/no column the ticks', () => {
    expect(column('advancedCertificateDate').accepted).toContain('2024年3月11日');
    expect(column('frontline').accepted).toContain('√');
  });
});
