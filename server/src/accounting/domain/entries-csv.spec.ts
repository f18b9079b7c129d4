import { csvField, csvHeader, csvLine } from './entries-csv.js';

describe('entries CSV', () => {
  it('starts with the BOM and the column names, separated by semicolons', () => {
    expect(csvHeader()).toBe('\uFEFFDate;Journal;Compte;Libellé;Pièce;Débit;Crédit;Lettrage;ÉcritureNum\r\n');
  });

  it('writes French dates, comma decimals and leaves the other side empty', () => {
    const base = {
      entryDate: '2026-03-02',
      journalCode: 'VE',
      label: 'Z n° 4 Comptoir du 02/03/2026',
      pieceRef: 'Z4',
      letter: null,
    };
    expect(
      csvLine({ ...base, accountNumber: '5115', debitCents: 123456, creditCents: 0, entryNum: 12 }),
    ).toBe('02/03/2026;VE;5115;Z n° 4 Comptoir du 02/03/2026;Z4;1234,56;;;12\r\n');
    expect(csvLine({ ...base, accountNumber: '706', debitCents: 0, creditCents: 5, entryNum: null })).toBe(
      '02/03/2026;VE;706;Z n° 4 Comptoir du 02/03/2026;Z4;;0,05;;\r\n',
    );
  });

  it.each([
    ['Soin; visage', '"Soin; visage"'],
    ['Crème "riche"', '"Crème ""riche"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['simple', 'simple'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
