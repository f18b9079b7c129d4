import type { CashCount, Denomination } from './denominations';
import { countInput } from './denominations';

/**
 * The server's messages for a count (`counts.3.count` …), keyed by the denomination that was sent at
 * that index, and what is left for the rest of the form. Pure.
 */
export function countErrors(
  fields: Record<string, string>,
  sent: CashCount,
): Partial<Record<Denomination, string>> {
  const list = countInput(sent);
  const result: Partial<Record<Denomination, string>> = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^counts\.(\d+)\./.exec(field);
    const item = match ? list[Number(match[1])] : undefined;
    if (item !== undefined) result[item.denominationCents as Denomination] ??= message;
  }
  return result;
}
