import { csvCell, csvDocument, csvEuros, csvLine } from './csv.js';

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

describe('csvDocument', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(
      csvDocument([
        ['Nom', 'Quantité'],
        ['Crème', 3],
      ]),
    ).toBe('\uFEFFNom;Quantité\r\nCrème;3\r\n');
  });

  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [-1250, '-12,50'],
    [1234567, '12345,67'],
  ])('csvEuros(%p) → %p', (cents, text) => {
    expect(csvEuros(cents)).toBe(text);
  });
});
