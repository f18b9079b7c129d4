import { encodeLatin9, fecFileName, fecHeader, fecLine, type FecRow } from './fec-format.js';
import { validateFecText } from './fec-validator.js';

const row = (over: Partial<FecRow> = {}): FecRow => ({
  journalCode: 'VE',
  journalLabel: 'Ventes',
  entryNum: 1,
  entryDate: '2026-11-02',
  accountNumber: '5115',
  accountLabel: 'Cartes bancaires à encaisser',
  auxNumber: null,
  auxLabel: null,
  pieceRef: 'Z7',
  pieceDate: '2026-11-02',
  label: 'Z n° 7 Accueil du 02/11/2026',
  debitCents: 9600,
  creditCents: 0,
  validDate: '2026-12-01',
  ...over,
});

/** The sample entry of case 1, numbered `n`, then its three credit lines. */
const entry = (n: number, over: Partial<FecRow> = {}): FecRow[] => [
  row({ entryNum: n, ...over }),
  row({
    entryNum: n,
    accountNumber: '706',
    accountLabel: 'Prestations de services',
    debitCents: 0,
    creditCents: 5000,
    ...over,
  }),
  row({
    entryNum: n,
    accountNumber: '707',
    accountLabel: 'Ventes de marchandises',
    debitCents: 0,
    creditCents: 3000,
    ...over,
  }),
  row({
    entryNum: n,
    accountNumber: '445711',
    accountLabel: 'TVA collectée 20 %',
    debitCents: 0,
    creditCents: 1600,
    ...over,
  }),
];
const file = (rows: FecRow[]) => fecHeader() + rows.map(fecLine).join('');
const year = { from: '2026-01-01', to: '2026-12-31' };

describe('FEC lines', () => {
  it('writes the 18 columns of A47 A-1 in order, tab-separated, comma decimals, YYYYMMDD dates', () => {
    expect(fecHeader()).toBe(
      'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\r\n',
    );
    expect(fecLine(row({ debitCents: 123456 })).split('\t')).toEqual([
      'VE',
      'Ventes',
      '1',
      '20261102',
      '5115',
      'Cartes bancaires à encaisser',
      '',
      '',
      'Z7',
      '20261102',
      'Z n° 7 Accueil du 02/11/2026',
      '1234,56',
      '0,00',
      '',
      '',
      '20261201',
      '',
      '\r\n',
    ]);
    expect(fecLine(row({ label: 'a\tb\nc|d' })).split('\t')[10]).toBe('a b c d');
    expect(fecFileName('123456789', '2026-12-31')).toBe('123456789FEC20261231.txt');
  });

  it('encodes ISO-8859-15 with the euro sign and œ, and a ? for what latin-9 lacks', () => {
    expect([...encodeLatin9('é€œ→')]).toEqual([0xe9, 0xa4, 0xbd, 0x3f]);
  });
});

describe('FEC validator', () => {
  it('accepts a well-formed file with continuous numbering per journal', () => {
    const rows = [
      ...entry(1),
      ...entry(2),
      ...entry(1, { journalCode: 'OD', journalLabel: 'Opérations diverses' }),
      ...entry(3),
    ];
    const report = validateFecText(file(rows), year);
    expect(report).toEqual({
      ok: true,
      lineCount: 16,
      entryCount: 4,
      debitCents: 4 * 9600,
      creditCents: 4 * 9600,
      findings: [],
      findingCount: 0,
    });
  });

  it('reports an unbalanced entry, a numbering gap and a 31 February', () => {
    const unbalanced = entry(2);
    unbalanced[3] = { ...unbalanced[3], creditCents: 1599 };
    const rows = [...entry(1), ...unbalanced, ...entry(4), ...entry(5, { entryDate: '2026-02-31' })].map(
      fecLineSafe,
    );
    const report = validateFecText(fecHeader() + rows.join(''), year);
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.line, f.code])).toEqual([
      [6, 'UNBALANCED_ENTRY'],
      [10, 'NUMBERING'],
      [14, 'BAD_DATE'],
      [15, 'BAD_DATE'],
      [16, 'BAD_DATE'],
      [17, 'BAD_DATE'],
    ]);
    expect(report.findings[0].message).toBe('Écriture VE n° 2 déséquilibrée : débit 96,00, crédit 95,99.');
    expect(report.findings[1].message).toBe('Journal VE : numéros 3 à 3 manquants.');
    expect(report.findings[2].message).toContain('EcritureDate « 20260231 »');
  });

  it('reports the header, column counts, empty fields, formats, both sides, dates outside and label changes', () => {
    const lines = [
      'JournalCode\tJournalLib',
      fecLine(row()).replace(/\r\n$/, ''),
      fecLine(
        row({ accountNumber: '706', accountLabel: 'Autre libellé', debitCents: 0, creditCents: 9600 }),
      ).replace(/\r\n$/, ''),
      fecLine(row({ entryNum: 2, label: '' }))
        .replace(/\r\n$/, '')
        .replace('96,00\t0,00', '96,00\t1,00'),
      fecLine(
        row({
          entryNum: 2,
          accountNumber: '706',
          accountLabel: 'Prestations',
          debitCents: 0,
          creditCents: 9700,
        }),
      )
        .replace(/\r\n$/, '')
        .replace('97,00', '-97,00'),
      fecLine(row({ entryNum: 3, entryDate: '2027-01-01', journalLabel: 'Journal des ventes' })).replace(
        /\r\n$/,
        '',
      ),
      'VE\tVentes\t4',
    ];
    const report = validateFecText(lines.join('\n'), year);
    expect(report.findings.map((f) => [f.line, f.code])).toEqual([
      [1, 'HEADER'],
      [4, 'MISSING_FIELD'],
      [4, 'DEBIT_AND_CREDIT'],
      [4, 'UNBALANCED_ENTRY'],
      [5, 'BAD_AMOUNT'],
      [5, 'LABEL_CHANGED'],
      [6, 'DATE_OUTSIDE_PERIOD'],
      [6, 'LABEL_CHANGED'],
      [6, 'UNBALANCED_ENTRY'],
      [7, 'COLUMN_COUNT'],
    ]);
    expect(report.findingCount).toBe(10);
  });
});

/** fecLine refuses an impossible date; write it the way a faulty tool would. */
function fecLineSafe(r: FecRow): string {
  return r.entryDate === '2026-02-31'
    ? fecLine({ ...r, entryDate: '2026-02-28' }).replace(/^((?:[^\t]*\t){3})20260228/, '$120260231')
    : fecLine(r);
}
