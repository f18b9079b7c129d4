/**
 * The stock ledger's arithmetic, pure: how one movement changes a product's quantity and its weighted
 * average cost (CUMP, "coût unitaire moyen pondéré"), and when it crosses the low-stock threshold.
 * The ledger service applies it under the product row's lock; valuation folds it over the history.
 */

export const MOVEMENT_KINDS = [
  'RECEIPT',
  'SALE',
  'SALE_RETURN',
  'ADJUSTMENT',
  'LOSS',
  'CABIN_USE',
  'COUNT',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** What a product's row holds about its stock. */
export interface StockState {
  quantity: number;
  /** Weighted average cost of one unit, in cents (0 before any receipt). */
  averageCostCents: number;
  /** Instant of the last movement (epoch ms), or null: movements of a product are in time order. */
  lastMovementAt: number | null;
}

export interface MovementRequest {
  kind: MovementKind;
  /** Signed change of the quantity, never 0. */
  delta: number;
  /** Purchase cost of one unit: receipts only. */
  unitCostCents?: number | null;
}

export type MovementOutcome =
  | {
      ok: true;
      after: StockState;
      /** Cost of one unit the movement is valued at: the purchase cost for a receipt, else the CUMP. */
      unitCostCents: number;
      occurredAt: number;
    }
  | { ok: false; reason: 'INSUFFICIENT_STOCK'; available: number };

/** Which sign each kind's quantity takes; null: either (adjustments and counts). */
export function expectedSign(kind: MovementKind): 1 | -1 | null {
  switch (kind) {
    case 'RECEIPT':
    case 'SALE_RETURN':
      return 1;
    case 'SALE':
    case 'LOSS':
    case 'CABIN_USE':
      return -1;
    case 'ADJUSTMENT':
    case 'COUNT':
      return null;
  }
}

/**
 * New weighted average after receiving `quantity` units at `unitCostCents`: the value of what is on
 * the shelf plus the delivery's, over the new quantity, rounded half up to the cent. A shelf at zero
 * or below (negative stock allowed) carries no value: the delivery's cost becomes the average.
 */
export function weightedAverageCost(
  onHand: number,
  averageCostCents: number,
  quantity: number,
  unitCostCents: number,
): number {
  if (onHand <= 0) return unitCostCents;
  const value = onHand * averageCostCents + quantity * unitCostCents;
  return Math.round(value / (onHand + quantity));
}

/**
 * Applies one movement. Outgoing movements leave the average cost unchanged (valued at it); so do
 * returns and positive adjustments or counts, which come back at the current average. Refused when the
 * quantity would fall below zero and negative stock is not allowed — except `CABIN_USE`, which records
 * what a completed treatment used whatever the shelf says (a count corrects it later), and `COUNT`,
 * which records what was found on the shelf.
 */
export function applyMovement(
  state: StockState,
  request: MovementRequest,
  options: { allowNegative: boolean; now: number },
): MovementOutcome {
  const quantity = state.quantity + request.delta;
  const forced = request.kind === 'CABIN_USE' || request.kind === 'COUNT';
  if (request.delta < 0 && quantity < 0 && !options.allowNegative && !forced) {
    return { ok: false, reason: 'INSUFFICIENT_STOCK', available: Math.max(0, state.quantity) };
  }
  const occurredAt = Math.max(options.now, state.lastMovementAt ?? options.now);
  if (request.kind === 'RECEIPT') {
    const cost = request.unitCostCents ?? state.averageCostCents;
    const average = weightedAverageCost(state.quantity, state.averageCostCents, request.delta, cost);
    return {
      ok: true,
      after: { quantity, averageCostCents: average, lastMovementAt: occurredAt },
      unitCostCents: cost,
      occurredAt,
    };
  }
  return {
    ok: true,
    after: { quantity, averageCostCents: state.averageCostCents, lastMovementAt: occurredAt },
    unitCostCents: state.averageCostCents,
    occurredAt,
  };
}

/** Value of a stock line: quantity × average cost, nothing for a negative quantity. */
export function stockValueCents(quantity: number, averageCostCents: number): number {
  return Math.max(0, quantity) * averageCostCents;
}

export type ThresholdCrossing = 'ALERT' | 'RESET' | 'NONE';

/**
 * Low stock is "quantity at or below the threshold". One alert per downward crossing: `ALERT` when the
 * product is low and no alert is pending, `RESET` once it is back above (the next crossing alerts
 * again). No threshold: never low.
 */
export function thresholdCrossing(
  quantity: number,
  threshold: number | null,
  alerted: boolean,
): ThresholdCrossing {
  if (threshold === null) return alerted ? 'RESET' : 'NONE';
  const low = quantity <= threshold;
  if (low && !alerted) return 'ALERT';
  if (!low && alerted) return 'RESET';
  return 'NONE';
}

export interface LedgerLine {
  productId: string;
  kind: MovementKind;
  delta: number;
  unitCostCents?: number | null;
  occurredAt: number;
}

export interface ValuationLine {
  productId: string;
  quantity: number;
  averageCostCents: number;
  valueCents: number;
}

/**
 * Stock and value per product at instant `at`, replaying the ledger from the start (movements in the
 * order they were applied). Negative stock is allowed in the replay: the ledger already happened.
 */
export function valuationAt(lines: readonly LedgerLine[], at: number): ValuationLine[] {
  const states = new Map<string, StockState>();
  for (const line of lines) {
    if (line.occurredAt > at) continue;
    const state = states.get(line.productId) ?? { quantity: 0, averageCostCents: 0, lastMovementAt: null };
    const outcome = applyMovement(
      state,
      { kind: line.kind, delta: line.delta, unitCostCents: line.unitCostCents },
      { allowNegative: true, now: line.occurredAt },
    );
    if (outcome.ok) states.set(line.productId, outcome.after);
  }
  return [...states.entries()].map(([productId, s]) => ({
    productId,
    quantity: s.quantity,
    averageCostCents: s.averageCostCents,
    valueCents: stockValueCents(s.quantity, s.averageCostCents),
  }));
}
