/**
 * The VAT report of a period, pure: the VAT due per rate on the day it becomes due (ACCOUNTING.md § 1–2),
 * laid out as the CA3 and CA12 lines, and the B2C daily summary of the e-reporting reform. Built from
 * rows the repository reads (the till's sale records that the Z closures add up, the online deposits and
 * their refunds, single-purpose gift cards); every amount is integer cents, signed (refunds negative).
 */
import type { DepositTreatment } from './chart.js';
import { splitVat } from './money.js';

export interface VatReportRows {
  /** Sale records (tickets and credit notes) per Paris day, line kind and rate: Σ lines excl. VAT and VAT. */
  saleLines: { date: string; lineKind: string; rateBp: number; baseCents: number; vatCents: number }[];
  /** Tickets and credit notes per Paris day. */
  saleCounts: { date: string; transactionCount: number }[];
  /** DEPOSIT tenders per day and till (what the Z's entry takes off 4191). */
  depositsUsed: { date: string; tillId: string; amountCents: number }[];
  /** Online deposits received (positive) and refunded (negative), per day. */
  depositsMoved: { date: string; amountCents: number }[];
  /** Single-purpose cards redeemed at the till per day and card rate (positive: redeemed, negative: given back). */
  singlePurposeRedeemed: { date: string; rateBp: number; amountCents: number }[];
  /** Single-purpose cards sold online (price paid) per day and rate. */
  singlePurposeSoldOnline: { date: string; rateBp: number; amountCents: number }[];
  /**
   * Per day and booking, what single-purpose cards had paid of the deposits its tickets used (their kept
   * amount, up to what was used; by card rate), as the Z's entry counts them (`ZTenderSources`).
   */
  singlePurposeDepositsUsed?: { date: string; rateBp: number; amountCents: number }[];
}

export interface VatReportSettings {
  depositTreatment: DepositTreatment;
  depositVatRateBp: number;
}

export type VatSource =
  | 'POS_SALES'
  | 'DEPOSITS_USED'
  | 'DEPOSITS_RECEIVED'
  | 'SINGLE_PURPOSE_REDEEMED'
  | 'SINGLE_PURPOSE_SOLD_ONLINE';

export interface VatAmount {
  rateBp: number;
  baseCents: number;
  vatCents: number;
}

export interface DeclarationLine {
  /** The form's line code (A1, 08, 9B…). */
  code: string;
  label: string;
  rateBp: number | null;
  baseCents: number | null;
  vatCents: number | null;
}

export type B2cCategory = 'GOODS' | 'SERVICES';

export interface B2cDay {
  date: string;
  transactionCount: number;
  lines: { category: B2cCategory; rateBp: number; baseCents: number; vatCents: number }[];
}

export interface VatReport {
  from: string;
  to: string;
  /** VAT due per rate (rates > 0, highest first). */
  rates: VatAmount[];
  /** Outside the scope of VAT (multi-purpose cards sold at the till, rate 0). */
  outsideScopeCents: number;
  /** How each source contributes, per rate. */
  sources: (VatAmount & { source: VatSource })[];
  ca3: DeclarationLine[];
  ca12: DeclarationLine[];
  daily: B2cDay[];
}

/** CA3 (3310-CA3) and CA12 (3517-S) line codes per rate; 2,1 % codes are not verified. */
const CA3_RATE_LINES: Record<number, { code: string; label: string }> = {
  2000: { code: '08', label: 'Taux normal 20 %' },
  1000: { code: '9B', label: 'Taux réduit 10 %' },
  550: { code: '09', label: 'Taux réduit 5,5 %' },
  210: { code: '10', label: 'Taux particulier 2,1 %' },
};
const CA12_RATE_LINES: Record<number, { code: string; label: string }> = {
  2000: { code: '5A', label: 'Taux normal 20 %' },
  1000: { code: '6C', label: 'Taux réduit 10 %' },
  550: { code: '06', label: 'Taux réduit 5,5 %' },
  210: { code: '08', label: 'Taux particulier 2,1 %' },
};

/** Line kinds that are goods for the e-reporting; everything else sold at the till is a service. */
const GOODS_KINDS: ReadonlySet<string> = new Set(['PRODUCT']);

export function buildVatReport(
  period: { from: string; to: string },
  rows: VatReportRows,
  settings: VatReportSettings,
): VatReport {
  const sources = new Map<string, VatAmount & { source: VatSource }>();
  const add = (source: VatSource, rateBp: number, baseCents: number, vatCents: number): void => {
    const key = `${source}:${rateBp}`;
    const cur = sources.get(key);
    if (cur === undefined) sources.set(key, { source, rateBp, baseCents, vatCents });
    else {
      cur.baseCents += baseCents;
      cur.vatCents += vatCents;
    }
  };
  let outsideScopeCents = 0;
  for (const l of rows.saleLines) {
    if (l.rateBp === 0) outsideScopeCents += l.baseCents;
    else add('POS_SALES', l.rateBp, l.baseCents, l.vatCents);
  }
  if (settings.depositTreatment === 'ACOMPTE') {
    // The deposit's VAT was due when it was received: the ticket that uses it takes it off, per till and
    // day exactly as the Z's entry does (z-entry.ts), so the books and the report agree to the cent.
    for (const d of rows.depositsUsed) {
      const { baseCents, vatCents } = splitVat(d.amountCents, settings.depositVatRateBp);
      add('DEPOSITS_USED', settings.depositVatRateBp, -baseCents, -vatCents);
    }
    for (const d of rows.depositsMoved) {
      const { baseCents, vatCents } = splitVat(d.amountCents, settings.depositVatRateBp);
      add('DEPOSITS_RECEIVED', settings.depositVatRateBp, baseCents, vatCents);
    }
  }
  // A single-purpose card's VAT was due at its sale: what it pays at the till is not taxed again — nor,
  // as arrhes, what it paid of a deposit the till uses (as an acompte DEPOSITS_USED already took it off).
  const depositCards = settings.depositTreatment === 'ARRHES' ? (rows.singlePurposeDepositsUsed ?? []) : [];
  for (const r of [...rows.singlePurposeRedeemed, ...depositCards]) {
    const { baseCents, vatCents } = splitVat(r.amountCents, r.rateBp);
    add('SINGLE_PURPOSE_REDEEMED', r.rateBp, -baseCents, -vatCents);
  }
  for (const s of rows.singlePurposeSoldOnline) {
    const { baseCents, vatCents } = splitVat(s.amountCents, s.rateBp);
    add('SINGLE_PURPOSE_SOLD_ONLINE', s.rateBp, baseCents, vatCents);
  }
  const bySource = [...sources.values()]
    .filter((s) => s.baseCents !== 0 || s.vatCents !== 0)
    .sort((a, b) => b.rateBp - a.rateBp || a.source.localeCompare(b.source));
  const rates = sumPerRate(bySource);
  return {
    from: period.from,
    to: period.to,
    rates,
    outsideScopeCents,
    sources: bySource,
    ca3: ca3Lines(rates, outsideScopeCents),
    ca12: ca12Lines(rates, outsideScopeCents),
    daily: b2cDaily(rows),
  };
}

function sumPerRate(parts: readonly VatAmount[]): VatAmount[] {
  const byRate = new Map<number, VatAmount>();
  for (const p of parts) {
    const cur = byRate.get(p.rateBp) ?? { rateBp: p.rateBp, baseCents: 0, vatCents: 0 };
    cur.baseCents += p.baseCents;
    cur.vatCents += p.vatCents;
    byRate.set(p.rateBp, cur);
  }
  return [...byRate.values()].sort((a, b) => b.rateBp - a.rateBp);
}

function rateLine(
  codes: Record<number, { code: string; label: string }>,
  r: VatAmount,
  fallbackCode: string,
): DeclarationLine {
  const known = codes[r.rateBp];
  return {
    code: known?.code ?? fallbackCode,
    label: known?.label ?? `Autre taux ${String(r.rateBp / 100).replace('.', ',')} %`,
    rateBp: r.rateBp,
    baseCents: r.baseCents,
    vatCents: r.vatCents,
  };
}

/**
 * CA3: A1 (taxable sales and services), E2 (other non-taxable operations: multi-purpose cards), one line
 * per rate, 16 (gross VAT), 23 (deductible VAT: purchases are not in Sérénaia, left at 0), TD (VAT due)
 * or 25 (credit).
 */
function ca3Lines(rates: readonly VatAmount[], outsideScopeCents: number): DeclarationLine[] {
  const base = rates.reduce((s, r) => s + r.baseCents, 0);
  const vat = rates.reduce((s, r) => s + r.vatCents, 0);
  return [
    line('A1', 'Ventes, prestations de services', base, null),
    line('E2', 'Autres opérations non imposables (bons multi-usages)', outsideScopeCents, null),
    ...rates.map((r) => rateLine(CA3_RATE_LINES, r, '—')),
    line('16', 'Total de la TVA brute due', null, vat),
    line('23', 'Total TVA déductible (achats non suivis : à compléter)', null, 0),
    vat >= 0 ? line('TD', 'TVA due', null, vat) : line('25', 'Crédit de TVA', null, -vat),
  ];
}

/** CA12 (annual, simplified regime): one line per rate, then the gross VAT (16) and the VAT due (TD). */
function ca12Lines(rates: readonly VatAmount[], outsideScopeCents: number): DeclarationLine[] {
  const vat = rates.reduce((s, r) => s + r.vatCents, 0);
  return [
    ...rates.map((r) => rateLine(CA12_RATE_LINES, r, '—')),
    line('04', 'Autres opérations non imposables (bons multi-usages)', outsideScopeCents, null),
    line('16', 'Total de la TVA brute due', null, vat),
    vat >= 0 ? line('TD', 'TVA due', null, vat) : line('25', 'Crédit de TVA', null, -vat),
  ];
}

function line(
  code: string,
  label: string,
  baseCents: number | null,
  vatCents: number | null,
): DeclarationLine {
  return { code, label, rateBp: null, baseCents, vatCents };
}

/**
 * Per day the till sold something: goods or services, per rate the totals excluding VAT and the VAT, and
 * the number of transactions (tickets and credit notes). Outside-scope lines (rate 0) are left out.
 */
function b2cDaily(rows: VatReportRows): B2cDay[] {
  const days = new Map<string, B2cDay>();
  const day = (date: string): B2cDay => {
    let d = days.get(date);
    if (d === undefined) {
      d = { date, transactionCount: 0, lines: [] };
      days.set(date, d);
    }
    return d;
  };
  for (const c of rows.saleCounts) day(c.date).transactionCount += c.transactionCount;
  for (const l of rows.saleLines) {
    if (l.rateBp === 0) continue;
    const category: B2cCategory = GOODS_KINDS.has(l.lineKind) ? 'GOODS' : 'SERVICES';
    const d = day(l.date);
    const cur = d.lines.find((x) => x.category === category && x.rateBp === l.rateBp);
    if (cur === undefined)
      d.lines.push({ category, rateBp: l.rateBp, baseCents: l.baseCents, vatCents: l.vatCents });
    else {
      cur.baseCents += l.baseCents;
      cur.vatCents += l.vatCents;
    }
  }
  return [...days.values()]
    .map((d) => ({
      ...d,
      lines: d.lines.sort((a, b) => a.category.localeCompare(b.category) || b.rateBp - a.rateBp),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The period of a VAT report: from/to, a month, or a quarter (calendar dates, Europe/Paris). */
export function vatPeriod(input: {
  from?: string | null;
  to?: string | null;
  year?: number | null;
  month?: number | null;
  quarter?: number | null;
}): { from: string; to: string } | { error: string; field: string } {
  const from = input.from ?? null;
  const to = input.to ?? null;
  const year = input.year ?? null;
  const month = input.month ?? null;
  const quarter = input.quarter ?? null;
  const hasRange = from !== null || to !== null;
  if (hasRange === (year !== null)) {
    return {
      error: 'Indiquez soit des dates (du… au…), soit une année avec un mois ou un trimestre.',
      field: 'period',
    };
  }
  if (year === null) {
    if (from === null) return { error: 'La date de début est obligatoire.', field: 'period.from' };
    if (to === null) return { error: 'La date de fin est obligatoire.', field: 'period.to' };
    if (to < from) return { error: 'La date de fin précède la date de début.', field: 'period.to' };
    return { from, to };
  }
  if ((month === null) === (quarter === null)) {
    return { error: 'Indiquez un mois ou un trimestre (pas les deux).', field: 'period.month' };
  }
  const firstMonth = month ?? ((quarter ?? 1) - 1) * 3 + 1;
  const lastMonth = month ?? firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
