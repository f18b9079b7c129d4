import { unzip as unzipBytes } from '@serenaia/test-support';
import { columnName, writeXlsx, xmlText, type XlsxSheet } from './xlsx.js';
import { writeZip } from '../zip.js';

const zipFiles = (entries: { name: string; data: Buffer }[]) =>
  writeZip(entries, new Date(Date.UTC(1980, 0, 1)));

/** Each file of the archive as text (the reader checks signatures, sizes and CRC-32). */
const unzip = (zip: Buffer) =>
  new Map([...unzipBytes(zip)].map(([name, data]) => [name, data.toString('utf8')]));

const sheet: XlsxSheet = {
  name: 'Stock au 06.12.2026',
  columns: [
    { header: 'Produit', kind: 'text', width: 30 },
    { header: 'Quantité', kind: 'integer' },
    { header: 'Valeur', kind: 'money' },
  ],
  rows: [
    ['Sérum éclat <vitamine C> & co', 12, 123456],
    ['=cmd|calc', -3, 5],
    ['Sans valeur', 0, null],
  ],
  footer: ['Total', 9, 123461],
};

describe('writeZip read by an independent unzipper', () => {
  it('writes entries an unzipper reads back byte for byte, with UTF-8 names', () => {
    const files = unzip(
      zipFiles([
        { name: 'a.txt', data: Buffer.from('bonjour '.repeat(100)) },
        { name: 'dossier/é.xml', data: Buffer.from('<x/>') },
        { name: 'vide', data: Buffer.alloc(0) },
      ]),
    );
    expect([...files.keys()]).toEqual(['a.txt', 'dossier/é.xml', 'vide']);
    expect(files.get('a.txt')).toBe('bonjour '.repeat(100));
    expect(files.get('dossier/é.xml')).toBe('<x/>');
    expect(files.get('vide')).toBe('');
  });

  it('is deterministic (no clock inside)', () => {
    const entries = [{ name: 'a', data: Buffer.from('a') }];
    expect(zipFiles(entries).equals(zipFiles(entries))).toBe(true);
  });
});

describe('writeXlsx', () => {
  const files = unzip(writeXlsx(sheet));
  const xml = files.get('xl/worksheets/sheet1.xml') ?? '';

  it('holds the parts a spreadsheet needs', () => {
    expect([...files.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain(
      '<sheet name="Stock au 06.12.2026" sheetId="1" r:id="rId1"/>',
    );
  });

  it('writes the header in bold, text as escaped inline strings and numbers as numbers', () => {
    expect(xml).toContain(
      '<row r="1"><c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Produit</t></is></c>',
    );
    expect(xml).toContain(
      '<c r="A2" t="inlineStr"><is><t xml:space="preserve">Sérum éclat &lt;vitamine C&gt; &amp; co</t></is></c>',
    );
    expect(xml).toContain('<c r="B2"><v>12</v></c>');
    expect(xml).toContain('<c r="B3"><v>-3</v></c>');
    // a leading = is text, never a formula
    expect(xml).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">=cmd|calc</t></is></c>');
    expect(xml).not.toContain('<f>');
  });

  it('writes money as euros with the euro number format, and an empty cell for null', () => {
    expect(xml).toContain('<c r="C2" s="2"><v>1234.56</v></c>');
    expect(xml).toContain('<c r="C3" s="2"><v>0.05</v></c>');
    expect(xml).toMatch(/<row r="4">[^]*<c r="B4"><v>0<\/v><\/c><\/row>/);
    expect(files.get('xl/styles.xml')).toContain(
      '<numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/>',
    );
  });

  it('writes the footer in bold after the rows', () => {
    expect(xml).toContain(
      '<row r="5"><c r="A5" t="inlineStr" s="1"><is><t xml:space="preserve">Total</t></is></c><c r="B5" s="1"><v>9</v></c><c r="C5" s="3"><v>1234.61</v></c></row>',
    );
  });

  it('refuses a sheet name spreadsheets refuse', () => {
    expect(() => writeXlsx({ ...sheet, name: 'Stock 06/12' })).toThrow(RangeError);
    expect(() => writeXlsx({ ...sheet, name: 'x'.repeat(32) })).toThrow(RangeError);
  });
});

describe('xlsx helpers', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('columnName(%p) = %p', (index, name) => {
    expect(columnName(index)).toBe(name);
  });

  it('drops the control characters XML forbids', () => {
    expect(xmlText('a\u0001b\tc"')).toBe('ab\tc&quot;');
  });
});

describe('the test reader', () => {
  it('notices a corrupted archive (so the checks above can fail)', () => {
    const zip = zipFiles([{ name: 'a.txt', data: Buffer.from('bonjour') }]);
    zip[30 + 'a.txt'.length] ^= 0xff; // first byte of the deflated data
    expect(() => unzip(zip)).toThrow();
  });
});
