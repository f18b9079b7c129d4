/**
 * A minimal XLSX (Office Open XML spreadsheet) writer: one sheet, a bold frozen header row, text as
 * inline strings, numbers as numbers, money as euros with the format `#,##0.00 "€"` (which Excel and
 * LibreOffice show as `1 234,56 €` in French). Pure: no clock, same input → same bytes.
 */
import { writeZip } from '../zip.js';

/** Every part is stamped 1980-01-01 00:00 (the DOS epoch): the same sheet always gives the same bytes. */
const DOS_EPOCH = new Date(Date.UTC(1980, 0, 1));

export type XlsxColumnKind = 'text' | 'integer' | 'money';

export interface XlsxColumn {
  header: string;
  kind: XlsxColumnKind;
  /** Width in characters. */
  width?: number;
}

/** A cell: text for `text` columns, a number for `integer`, cents for `money`; null leaves it empty. */
export type XlsxValue = string | number | null;

export interface XlsxSheet {
  /** Up to 31 characters, none of `\ / ? * [ ] :`. */
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxValue[])[];
  /** A last row in bold (e.g. totals). */
  footer?: readonly XlsxValue[];
}

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Style indexes in `styles.xml` (cellXfs). */
const STYLE = { plain: 0, bold: 1, money: 2, boldMoney: 3 } as const;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text safe inside XML: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cell(ref: string, value: XlsxValue, kind: XlsxColumnKind, bold: boolean): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string' || kind === 'text') {
    const style = bold ? ` s="${STYLE.bold}"` : '';
    return `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
  }
  if (!Number.isFinite(value)) throw new RangeError(`Cell ${ref} is not a finite number.`);
  if (kind === 'money')
    return `<c r="${ref}" s="${bold ? STYLE.boldMoney : STYLE.money}"><v>${value / 100}</v></c>`;
  return `<c r="${ref}"${bold ? ` s="${STYLE.bold}"` : ''}><v>${value}</v></c>`;
}

function row(index: number, values: readonly XlsxValue[], columns: readonly XlsxColumn[], bold: boolean) {
  const cells = columns.map((c, i) => cell(`${columnName(i)}${index}`, values[i] ?? null, c.kind, bold));
  return `<row r="${index}">${cells.join('')}</row>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 14}" customWidth="1"/>`)
    .join('');
  const header = sheet.columns.map((c) => c.header);
  const rows = [
    row(
      1,
      header,
      sheet.columns.map(() => ({ header: '', kind: 'text' as const })),
      true,
    ),
    ...sheet.rows.map((r, i) => row(i + 2, r, sheet.columns, false)),
  ];
  if (sheet.footer) rows.push(row(sheet.rows.length + 2, sheet.footer, sheet.columns, true));
  return (
    `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews>' +
    `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

const STYLES_XML =
  `${XML_DECL}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export function writeXlsx(sheet: XlsxSheet): Buffer {
  if (!/^[^\\/?*[\]:]{1,31}$/.test(sheet.name)) throw new RangeError(`Bad sheet name: ${sheet.name}`);
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
    'xl/workbook.xml':
      `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<sheets><sheet name="${xmlText(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    'xl/styles.xml': STYLES_XML,
    'xl/worksheets/sheet1.xml': sheetXml(sheet),
  };
  return writeZip(
    Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })),
    DOS_EPOCH,
  );
}
