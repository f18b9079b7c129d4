import { NO_FILTERS } from './clients-filter';
import {
  pageIndexFromParams,
  paramsWithFilters,
  paramsWithPage,
  parseMinSpent,
  parseTags,
  sortChange,
} from './client-list-params';

describe('client list URL builders', () => {
  it('reads the 1-based page, anything invalid is the first page', () => {
    expect(pageIndexFromParams(new URLSearchParams('page=3'))).toBe(2);
    expect(pageIndexFromParams(new URLSearchParams(''))).toBe(0);
    expect(pageIndexFromParams(new URLSearchParams('page=abc'))).toBe(0);
    expect(pageIndexFromParams(new URLSearchParams('page=-4'))).toBe(0);
  });

  it('changing a filter keeps the others, drops the page and unrelated keys stay', () => {
    const next = paramsWithFilters(new URLSearchParams('q=dupont&page=4&autre=1'), { tags: ['VIP'] });
    expect(next.get('q')).toBe('dupont');
    expect(next.get('tags')).toBe('VIP');
    expect(next.get('page')).toBeNull();
    expect(next.get('autre')).toBe('1');
    expect(paramsWithFilters(next, { search: '' }).get('q')).toBeNull();
  });

  it('writes the page 1-based, the first page without a parameter', () => {
    expect(paramsWithPage(new URLSearchParams('q=a'), 2).toString()).toBe('q=a&page=3');
    expect(paramsWithPage(new URLSearchParams('q=a&page=3'), 0).toString()).toBe('q=a');
  });

  it('sorts by name ascending first, the figures descending first, and flips on a second click', () => {
    expect(sortChange(NO_FILTERS, 'NAME')).toEqual({ sort: 'NAME', descending: false });
    expect(sortChange(NO_FILTERS, 'TOTAL_SPENT')).toEqual({ sort: 'TOTAL_SPENT', descending: true });
    expect(sortChange({ ...NO_FILTERS, sort: 'TOTAL_SPENT', descending: true }, 'TOTAL_SPENT')).toEqual({
      sort: 'TOTAL_SPENT',
      descending: false,
    });
  });

  it('parses the tags and minimum-spent fields', () => {
    expect(parseTags(' VIP, ,fidèle ')).toEqual(['VIP', 'fidèle']);
    expect(parseMinSpent('')).toBeNull();
    expect(parseMinSpent('12.7')).toBe(12);
    expect(parseMinSpent('-5')).toBe(0);
  });
});
