/**
 * ?q= on /search/: what the header form sends, what a pasted or tampered
 * link may carry.
 */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, readSearchQuery } from '../../src/widgets/search-query';

describe('readSearchQuery', () => {
  it('reads the query the header form sends, decoded', () => {
    expect(readSearchQuery('?q=%E6%8A%80%E5%B8%88')).toBe('技师');
    expect(readSearchQuery('?q=%E6%8A%80%E8%83%BD+%E8%A1%A5%E8%B4%B4')).toBe('技能 补贴');
    expect(readSearchQuery('q=金蓝领')).toBe('金蓝领');
  });

  it('is empty without a query, with an empty one, or with only spaces', () => {
    expect(readSearchQuery('')).toBe('');
    expect(readSearchQuery('?')).toBe('');
    expect(readSearchQuery('?step=2')).toBe('');
    expect(readSearchQuery('?q=')).toBe('');
    expect(readSearchQuery('?q=%20%20%E3%80%80')).toBe('');
  });

  it('trims, and turns control characters into spaces', () => {
    expect(readSearchQuery('?q=%20%20%E6%8A%80%E5%B8%88%20')).toBe('技师');
    expect(readSearchQuery('?q=%E6%8A%80%E5%B8%88%0A%09%E8%A1%A5%E8%B4%B4%00')).toBe('技师  补贴');
  });

  it('takes the first q when there are several, and ignores other keys', () => {
    expect(readSearchQuery('?q=%E5%A4%A7%E8%B5%9B&q=%E8%81%8C%E7%A7%B0&x=1')).toBe('大赛');
  });

  it('cuts a long query to 100 characters, counting a character outside the BMP as one', () => {
    expect(MAX_QUERY_LENGTH).toBe(100);
    expect(readSearchQuery(`?q=${encodeURIComponent('技'.repeat(150))}`)).toBe('技'.repeat(100));
    const astral = '𠀋'.repeat(120); // U+2000B, two UTF-16 units each
    const read = readSearchQuery(`?q=${encodeURIComponent(astral)}`);
    expect(Array.from(read)).toHaveLength(100);
    expect(read).toBe('𠀋'.repeat(100));
  });

  it('keeps markup as plain text (it is drawn as text, never as HTML)', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    expect(readSearchQuery(`?q=${encodeURIComponent(hostile)}`)).toBe(hostile);
  });

  it('does not throw on a malformed escape', () => {
    expect(readSearchQuery('?q=%E6%8A')).toBe('\uFFFD');
    expect(readSearchQuery('?q=%')).toBe('%');
  });
});
