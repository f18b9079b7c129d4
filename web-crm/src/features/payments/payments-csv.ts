/**
 * The payment ledger as a CSV file a French accountant opens in Excel: UTF-8 with a byte-order mark
 * (so Excel reads the accents), `;` between fields, CRLF line ends, amounts with a decimal comma and
 * no currency sign (numbers, not text), dates in ISO 8601 on the Paris wall clock. Pure.
 */
import type { PaymentKind, PaymentMethod, PaymentProvider, PaymentStatus } from '../../gql/graphql';
import { utcOffsetMinutes, wallClock } from '@serenaia/shared/paris-time';
import { csvEuros } from './money';
import { netCents, type LedgerPayment } from './payment-summary';

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

export interface CsvLabels {
  headers: {
    date: string;
    time: string;
    timestamp: string;
    kind: string;
    method: string;
    provider: string;
    status: string;
    amount: string;
    refunded: string;
    net: string;
    currency: string;
    booking: string;
    providerReference: string;
    id: string;
  };
  kind: Record<PaymentKind, string>;
  method: Record<PaymentMethod, string>;
  provider: Record<PaymentProvider, string>;
  status: Record<PaymentStatus, string>;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `{date: '2026-11-26', time: '10:04:05', timestamp: '2026-11-26T10:04:05+01:00'}` in Europe/Paris. */
export function parisIso(instant: string): { date: string; time: string; timestamp: string } {
  const w = wallClock(instant);
  const offset = utcOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  const time = `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  return { date, time, timestamp: `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` };
}

/**
 * One field: quoted when it holds the separator, a quote or a line break (quotes doubled); text
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`.
 */
export function csvField(value: string, { text = true }: { text?: boolean } = {}): string {
  let field = value;
  if (text && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  if (/[;"\r\n]/.test(field)) field = `"${field.replace(/"/g, '""')}"`;
  return field;
}

export function paymentsCsv(payments: readonly LedgerPayment[], labels: CsvLabels): string {
  const h = labels.headers;
  const header = [
    h.date,
    h.time,
    h.timestamp,
    h.kind,
    h.method,
    h.provider,
    h.status,
    h.amount,
    h.refunded,
    h.net,
    h.currency,
    h.booking,
    h.providerReference,
    h.id,
  ].map((v) => csvField(v));
  const lines = payments.map((p) => {
    const when = parisIso(p.createdAt);
    const number = (cents: number) => csvField(csvEuros(cents), { text: false });
    return [
      csvField(when.date, { text: false }),
      csvField(when.time, { text: false }),
      csvField(when.timestamp, { text: false }),
      csvField(labels.kind[p.kind]),
      csvField(labels.method[p.method]),
      csvField(labels.provider[p.provider]),
      csvField(labels.status[p.status]),
      number(p.amountCents),
      number(p.refundedCents),
      number(netCents(p)),
      csvField(p.currency),
      csvField(p.bookingId ?? ''),
      csvField(p.providerReference ?? ''),
      csvField(p.id),
    ];
  });
  return CSV_BOM + [header, ...lines].map((fields) => fields.join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
