/** Reorder suggestions, pure: what to order so that low products reach their target again. */

export interface ReorderCandidate {
  productId: string;
  quantity: number;
  threshold: number | null;
  /** Quantity to reach after the delivery; null: twice the threshold (at least threshold + 1). */
  reorderTarget: number | null;
  /** Units ordered but not received yet (open purchase orders). */
  onOrder: number;
  active: boolean;
}

export interface ReorderSuggestion {
  productId: string;
  suggestedQuantity: number;
  target: number;
}

export function reorderTarget(threshold: number, target: number | null): number {
  return target ?? Math.max(threshold * 2, threshold + 1);
}

/**
 * A product is suggested when it is active, has a threshold and what is on the shelf plus what is
 * already on order is at or below it; the suggestion brings shelf + on order up to the target.
 */
export function reorderSuggestions(candidates: readonly ReorderCandidate[]): ReorderSuggestion[] {
  const out: ReorderSuggestion[] = [];
  for (const c of candidates) {
    if (!c.active || c.threshold === null) continue;
    const expected = c.quantity + c.onOrder;
    if (expected > c.threshold) continue;
    const target = reorderTarget(c.threshold, c.reorderTarget);
    const suggestedQuantity = target - expected;
    if (suggestedQuantity > 0) out.push({ productId: c.productId, suggestedQuantity, target });
  }
  return out;
}
