/** The cabin-consumption lines of the service form, as typed, and their checks (pure). */
export interface ConsumptionLine {
  productId: string;
  /** As typed: a whole number of the product's unit. */
  quantity: string;
}

export type ConsumptionProblem = 'quantityInvalid' | 'productTwice' | 'productMissing';

/** The lines as the API takes them, or the problem of each bad line (by index). */
export function checkConsumption(
  lines: readonly ConsumptionLine[],
): { items: { productId: string; quantity: number }[] } | { errors: Record<number, ConsumptionProblem> } {
  const errors: Record<number, ConsumptionProblem> = {};
  const seen = new Set<string>();
  const items = lines.map((line, index) => {
    const text = line.quantity.trim();
    const quantity = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
    if (line.productId === '') errors[index] = 'productMissing';
    else if (seen.has(line.productId)) errors[index] = 'productTwice';
    else if (!(quantity > 0)) errors[index] = 'quantityInvalid';
    seen.add(line.productId);
    return { productId: line.productId, quantity };
  });
  return Object.keys(errors).length > 0 ? { errors } : { items };
}
