import { gqlOk } from '@serenaia/test-support';
import { DEFAULT_PROGRAM } from '../../src/loyalty/index.js';

const UPDATE_PROGRAM = `mutation($input: UpdateLoyaltyProgramInput!) { updateLoyaltyProgram(input: $input) { enabled } }`;

/** The default program's tiers (Bronze, Argent, Or) from these spending thresholds, in cents. */
export function tiersFrom(thresholds: readonly [number, number, number]) {
  return DEFAULT_PROGRAM.tiers.map((tier, i) => ({ ...tier, minSpendCents: thresholds[i] }));
}

/**
 * The program's input as an admin sends it: the default program (1 point per euro, 12-month expiry,
 * one reward « 10 € offerts » for 500 points) with Argent at 1,000 € and Or at 2,000 €; `changes`
 * replaces fields.
 */
export function loyaltyProgramInput(changes: Record<string, unknown> = {}) {
  return { ...DEFAULT_PROGRAM, tiers: tiersFrom([0, 100_000, 200_000]), ...changes };
}

/** Turns the loyalty program on as an admin would (`loyaltyProgramInput`). */
export async function enableLoyaltyProgram(
  url: string,
  adminToken: string,
  changes: Record<string, unknown> = {},
): Promise<void> {
  await gqlOk(url, UPDATE_PROGRAM, { input: loyaltyProgramInput(changes) }, adminToken);
}
