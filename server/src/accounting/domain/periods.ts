/** Accounting periods, pure: months of a fiscal year and the last day of a month. */

/** First days (YYYY-MM-01) of the months to lock: one month, or the 12 of the fiscal year `year`. */
export function monthsOf(year: number, month: number | null, fiscalYearStartMonth: number): string[] {
  if (month !== null) return [firstDay(year, month)];
  return Array.from({ length: 12 }, (_, i) => {
    const m0 = fiscalYearStartMonth - 1 + i;
    return firstDay(year + Math.floor(m0 / 12), (m0 % 12) + 1);
  });
}

export function lastDayOfMonth(first: string): string {
  const [y, m] = first.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${first.slice(0, 8)}${String(days).padStart(2, '0')}`;
}

function firstDay(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}
