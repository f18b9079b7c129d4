/**
 * The quantity-over-time chart of a product, pure: the ledger's movements (newest first, as the API
 * lists them) become a step line — the quantity holds until the next movement — scaled into a box.
 */

export interface LedgerPoint {
  /** ISO instant. */
  occurredAt: string;
  /** Signed change. */
  quantity: number;
  quantityAfter: number;
}

export interface QuantityStep {
  at: number;
  quantity: number;
}

/**
 * Steps in time order: the quantity just before the oldest movement shown, each movement's result,
 * then the current quantity held until `now`. Empty without movements.
 */
export function quantitySteps(
  newestFirst: readonly LedgerPoint[],
  currentQuantity: number,
  now: number,
): QuantityStep[] {
  if (newestFirst.length === 0) return [];
  const ordered = [...newestFirst].reverse();
  const first = ordered[0];
  const steps: QuantityStep[] = [
    { at: Date.parse(first.occurredAt), quantity: first.quantityAfter - first.quantity },
  ];
  for (const m of ordered) steps.push({ at: Date.parse(m.occurredAt), quantity: m.quantityAfter });
  const lastAt = steps[steps.length - 1].at;
  steps.push({ at: Math.max(now, lastAt), quantity: currentQuantity });
  return steps;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Inner margin (room for the labels). */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface ChartGeometry {
  /** SVG path of the step line. */
  path: string;
  /** The y-axis bounds (0 is always included, so a fall to zero reads as one). */
  min: number;
  max: number;
  /** y of a quantity (for the threshold line and the axis labels). */
  y: (quantity: number) => number;
  from: number;
  to: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(steps: readonly QuantityStep[], box: ChartBox): ChartGeometry | null {
  if (steps.length < 2) return null;
  const from = steps[0].at;
  const to = steps[steps.length - 1].at;
  const quantities = steps.map((s) => s.quantity);
  const min = Math.min(0, ...quantities);
  const max = Math.max(1, ...quantities);
  const { width, height, padding } = box;
  const innerW = width - padding.left - padding.right;
  const innerH = height - padding.top - padding.bottom;
  const x = (at: number) =>
    round(padding.left + (to === from ? innerW : ((at - from) / (to - from)) * innerW));
  const y = (q: number) => round(padding.top + innerH - ((q - min) / (max - min)) * innerH);
  let path = `M${x(steps[0].at)},${y(steps[0].quantity)}`;
  for (let i = 1; i < steps.length; i++) path += ` H${x(steps[i].at)} V${y(steps[i].quantity)}`;
  return { path, min, max, y, from, to };
}
