import { formatDateKey, formatMonthKey } from '@serenaia/shared/format';
import type { ClosurePeriod } from '../../gql/graphql';

/** A closure's period in words: "mardi 1 décembre 2026", "novembre 2026", "2025". Pure. */
export function periodLabel(period: ClosurePeriod, firstDate: string): string {
  switch (period) {
    case 'DAY':
      return formatDateKey(firstDate);
    case 'MONTH':
      return formatMonthKey(firstDate.slice(0, 7));
    case 'YEAR':
      return firstDate.slice(0, 4);
  }
}

/** A VAT rate in basis points as French text: 2000 → "20 %", 550 → "5,5 %". */
export function formatRate(rateBp: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(rateBp / 100)}\u00a0%`;
}
