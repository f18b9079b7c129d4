/**
 * The checks an auditor's tool (e.g. the DGFiP's "Test Compta Demat") runs on a FEC, streaming: feed the
 * lines one by one, read the report at the end. Memory holds one entry's totals, the last number per
 * journal and the label per journal and account code — never the file.
 */
import { FEC_COLUMNS, FEC_SEPARATOR } from './fec-format.js';

export interface FecFinding {
  /** 1-based line number in the file (1 = header). */
  line: number;
  code: FecFindingCode;
  message: string;
}

export type FecFindingCode =
  | 'HEADER'
  | 'COLUMN_COUNT'
  | 'MISSING_FIELD'
  | 'BAD_DATE'
  | 'DATE_OUTSIDE_PERIOD'
  | 'BAD_AMOUNT'
  | 'DEBIT_AND_CREDIT'
  | 'UNBALANCED_ENTRY'
  | 'NUMBERING'
  | 'LABEL_CHANGED';

export interface FecReport {
  ok: boolean;
  lineCount: number;
  entryCount: number;
  debitCents: number;
  creditCents: number;
  /** At most `MAX_FINDINGS` are kept; `findingCount` counts them all. */
  findings: FecFinding[];
  findingCount: number;
}

export const MAX_FINDINGS = 200;
const MANDATORY = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'ValidDate',
] as const;
const COL = Object.fromEntries(FEC_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof FEC_COLUMNS)[number],
  number
>;
const AMOUNT = /^\d+(,\d{1,2})?$/;

export class FecValidator {
  private lineNo = 0;
  private entries = 0;
  private debit = 0;
  private credit = 0;
  private readonly findings: FecFinding[] = [];
  private findingCount = 0;
  private current: { key: string; line: number; debit: number; credit: number } | null = null;
  private readonly lastNumber = new Map<string, number>();
  private readonly journalLabels = new Map<string, string>();
  private readonly accountLabels = new Map<string, string>();

  /** `from`/`to`: the exported period, YYYY-MM-DD inclusive. */
  constructor(private readonly period: { from: string; to: string }) {}

  /** One line of the file, without its line break. */
  push(line: string): void {
    this.lineNo += 1;
    const fields = line.split(FEC_SEPARATOR);
    if (this.lineNo === 1) {
      if (fields.length !== FEC_COLUMNS.length || fields.some((f, i) => f !== FEC_COLUMNS[i])) {
        this.find(
          'HEADER',
          `L'en-tête doit nommer les 18 colonnes dans l'ordre : ${FEC_COLUMNS.join(', ')}.`,
        );
      }
      return;
    }
    if (fields.length !== FEC_COLUMNS.length) {
      this.find('COLUMN_COUNT', `${fields.length} colonnes au lieu de 18.`);
      return;
    }
    const get = (name: (typeof FEC_COLUMNS)[number]) => fields[COL[name]];
    for (const name of MANDATORY) {
      if (get(name).trim() === '') this.find('MISSING_FIELD', `Le champ ${name} est vide.`);
    }
    const entryDate = this.date(get('EcritureDate'), 'EcritureDate');
    if (entryDate !== null && (entryDate < this.period.from || entryDate > this.period.to)) {
      this.find('DATE_OUTSIDE_PERIOD', `EcritureDate ${get('EcritureDate')} est hors de l'exercice exporté.`);
    }
    this.date(get('PieceDate'), 'PieceDate');
    this.date(get('ValidDate'), 'ValidDate');
    const debit = this.amount(get('Debit'), 'Debit');
    const credit = this.amount(get('Credit'), 'Credit');
    if (debit !== null && credit !== null && debit > 0 === credit > 0) {
      this.find(
        'DEBIT_AND_CREDIT',
        'Une ligne porte soit un débit, soit un crédit (un seul des deux, non nul).',
      );
    }
    this.debit += debit ?? 0;
    this.credit += credit ?? 0;
    this.label(this.journalLabels, get('JournalCode'), get('JournalLib'), 'journal');
    this.label(this.accountLabels, get('CompteNum'), get('CompteLib'), 'compte');
    this.entryLine(get('JournalCode'), get('EcritureNum'), debit ?? 0, credit ?? 0);
  }

  finish(): FecReport {
    this.closeEntry();
    if (this.lineNo === 0) this.find('HEADER', 'Le fichier est vide.');
    return {
      ok: this.findingCount === 0,
      lineCount: Math.max(0, this.lineNo - 1),
      entryCount: this.entries,
      debitCents: this.debit,
      creditCents: this.credit,
      findings: [...this.findings].sort((a, b) => a.line - b.line),
      findingCount: this.findingCount,
    };
  }

  private entryLine(journal: string, num: string, debit: number, credit: number): void {
    const key = `${journal}\u0000${num}`;
    if (this.current !== null && this.current.key === key) {
      this.current.debit += debit;
      this.current.credit += credit;
      return;
    }
    this.closeEntry();
    this.entries += 1;
    this.current = { key, line: this.lineNo, debit, credit };
    if (!/^\d+$/.test(num)) {
      this.find('NUMBERING', `EcritureNum « ${num} » n'est pas un numéro.`);
      return;
    }
    const n = Number(num);
    const last = this.lastNumber.get(journal);
    if (last !== undefined && n !== last + 1) {
      this.find(
        'NUMBERING',
        n <= last
          ? `Écriture ${journal} n° ${n} : numéro déjà vu ou en arrière (dernier : ${last}).`
          : `Journal ${journal} : numéros ${last + 1} à ${n - 1} manquants.`,
      );
    }
    this.lastNumber.set(journal, Math.max(n, last ?? n));
  }

  private closeEntry(): void {
    const c = this.current;
    if (c === null) return;
    if (c.debit !== c.credit) {
      const [journal, num] = c.key.split('\u0000');
      if (this.findings.length < MAX_FINDINGS)
        this.findings.push({
          line: c.line,
          code: 'UNBALANCED_ENTRY',
          message: `Écriture ${journal} n° ${num} déséquilibrée : débit ${cents(c.debit)}, crédit ${cents(c.credit)}.`,
        });
      this.findingCount += 1;
    }
    this.current = null;
  }

  private date(value: string, field: string): string | null {
    if (value === '') return null;
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
    if (m === null || !realDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      this.find('BAD_DATE', `${field} « ${value} » n'est pas une date réelle au format AAAAMMJJ.`);
      return null;
    }
    return `${m[1]}-${m[2]}-${m[3]}`;
  }

  private amount(value: string, field: string): number | null {
    if (value === '') return null;
    if (!AMOUNT.test(value)) {
      this.find(
        'BAD_AMOUNT',
        `${field} « ${value} » : montant positif attendu, virgule décimale, sans séparateur de milliers.`,
      );
      return null;
    }
    const [units, decimals = ''] = value.split(',');
    return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  }

  private label(seen: Map<string, string>, code: string, label: string, what: string): void {
    const before = seen.get(code);
    if (before === undefined) seen.set(code, label);
    else if (before !== label) {
      this.find('LABEL_CHANGED', `Le ${what} ${code} change de libellé (« ${before} » puis « ${label} »).`);
    }
  }

  private find(code: FecFindingCode, message: string): void {
    this.findingCount += 1;
    if (this.findings.length < MAX_FINDINGS) this.findings.push({ line: this.lineNo, code, message });
  }
}

function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= days[m - 1];
}

function cents(c: number): string {
  return `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`;
}

/** Validates a whole text (tests, small files): splits on CRLF or LF, ignores one final empty line. */
export function validateFecText(content: string, period: { from: string; to: string }): FecReport {
  const v = new FecValidator(period);
  const lines = content.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (const l of lines) v.push(l);
  return v.finish();
}
