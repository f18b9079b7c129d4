/**
 * SumUp's payout records (`GET /v1.0/merchants/{mc}/payouts`, `@sumup/sdk` `payouts.list`) grouped into
 * bank payouts. SumUp answers one record per settled transaction: `type: PAYOUT` carries the
 * transaction's amount and the fee kept on it, the `*_DEDUCTION` types an amount taken back (refund,
 * chargeback…); records of one payout share its `reference` and `date`. Amounts are in major units.
 * Reading: gross = payouts − deductions, fee = the fees, net = gross − fee (what reached the bank).
 * Failed records are left out.
 */
export interface SumUpPayoutRecord {
  id: number;
  type: string;
  amount: number;
  date: string;
  currency: string;
  fee: number;
  status: string;
  reference: string;
  transaction_code?: string;
}

export interface GroupedPayout {
  providerPayoutId: string;
  paidOn: string;
  currency: string;
  grossCents: number;
  feeCents: number;
  netCents: number;
}

const cents = (major: number) => Math.round(major * 100);

export function groupSumUpPayouts(records: readonly SumUpPayoutRecord[]): GroupedPayout[] {
  const byKey = new Map<string, GroupedPayout>();
  for (const r of records) {
    if (r.status !== 'SUCCESSFUL') continue;
    const providerPayoutId = r.reference.trim() || `${r.date}-${r.currency}`;
    const key = `${providerPayoutId}\u0000${r.date}`;
    let payout = byKey.get(key);
    if (payout === undefined) {
      payout = {
        providerPayoutId,
        paidOn: r.date,
        currency: r.currency,
        grossCents: 0,
        feeCents: 0,
        netCents: 0,
      };
      byKey.set(key, payout);
    }
    const amount = cents(Math.abs(r.amount));
    payout.grossCents += r.type === 'PAYOUT' ? amount : -amount;
    payout.feeCents += cents(r.fee);
    payout.netCents = payout.grossCents - payout.feeCents;
  }
  return [...byKey.values()].sort(
    (a, b) => a.paidOn.localeCompare(b.paidOn) || a.providerPayoutId.localeCompare(b.providerPayoutId),
  );
}
