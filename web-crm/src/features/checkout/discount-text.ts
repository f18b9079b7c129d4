import { formatEuros } from '@serenaia/shared/format';

/** "−10 % · Fidélité" or "−5,00 € · Geste commercial". Pure. */
export function discountText(discount: {
  kind: 'PERCENT' | 'AMOUNT';
  value: number;
  reason?: string | null;
}): string {
  const amount =
    discount.kind === 'PERCENT'
      ? `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(discount.value / 100)} %`
      : formatEuros(discount.value);
  return discount.reason ? `−${amount} · ${discount.reason}` : `−${amount}`;
}
