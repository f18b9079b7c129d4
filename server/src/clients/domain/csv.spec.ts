import { csvCell, csvLine } from './csv.js';

describe('csv', () => {
  it.each([
    [null, ''],
    [1250, '1250'],
    ['Dupont', 'Dupont'],
    ['a;b', '"a;b"'],
    ['dit "Lulu"', '"dit ""Lulu"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+33612345678', "'+33612345678"],
  ])('%p → %p', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('joins cells with semicolons', () => {
    expect(csvLine(['a', null, 3])).toBe('a;;3');
  });
});
