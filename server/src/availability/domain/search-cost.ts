const DAY_MS = 24 * 3600_000;

export interface SlotSearchWindow {
  from: unknown;
  to: unknown;
  practitionerId?: unknown;
}

const instant = (value: unknown): number =>
  value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;

/**
 * The complexity of one slot search: one per practitioner per day of its window, as the work
 * (working time, busy intervals, candidate starts) grows with both. A chosen practitioner is one;
 * otherwise every active practitioner may be searched. A window that cannot be read costs one day:
 * the search itself refuses it with a clear error.
 */
export function slotSearchCost(input: SlotSearchWindow, activePractitioners: number): number {
  const span = instant(input.to) - instant(input.from);
  const days = Number.isFinite(span) && span > 0 ? Math.ceil(span / DAY_MS) : 1;
  const practitioners =
    typeof input.practitionerId === 'string' && input.practitionerId !== ''
      ? 1
      : Math.max(1, activePractitioners);
  return days * practitioners;
}
