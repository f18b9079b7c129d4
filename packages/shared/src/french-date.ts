/** Calendar dates typed the French way ("01/11/2026"). Pure. */
import { isLocalDate, type LocalDate } from './paris-time';

/** "01/11/2026" (also "1/11/2026", "01.11.2026", "01-11-2026", or ISO) → "2026-11-01"; null otherwise. */
export function parseFrenchDate(text: string): LocalDate | null {
  const trimmed = text.trim();
  if (isLocalDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (match === null) return null;
  const iso = `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

/** "2026-11-01" → "01/11/2026". */
export function formatFrenchDate(day: LocalDate): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
