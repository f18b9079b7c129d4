import { gqlOk } from '@serenaia/test-support';

const UPDATE_PROGRAM = `mutation($input: UpdateLoyaltyProgramInput!) { updateLoyaltyProgram(input: $input) { enabled } }`;

/**
 * Turns the loyalty program on as an admin would: 1 point per euro, 12-month expiry, Bronze / Argent
 * (1,000 €) / Or (2,000 €), and one reward « 10 € offerts » for 500 points; `changes` replaces fields.
 */
export async function enableLoyaltyProgram(
  url: string,
  adminToken: string,
  changes: Record<string, unknown> = {},
): Promise<void> {
  const input = {
    enabled: true,
    servicePointsPerEuro: 1,
    productPointsPerEuro: 1,
    rounding: 'DOWN',
    expiryMonths: 12,
    birthdayBonusPoints: 50,
    referralBonusPoints: 100,
    tiers: [
      { code: 'BRONZE', name: 'Bronze', minSpendCents: 0, serviceDiscountBp: 0 },
      { code: 'SILVER', name: 'Argent', minSpendCents: 100_000, serviceDiscountBp: 500 },
      { code: 'GOLD', name: 'Or', minSpendCents: 200_000, serviceDiscountBp: 1000 },
    ],
    rewards: [
      {
        code: 'BON-10',
        name: '10 € offerts',
        points: 500,
        kind: 'AMOUNT_OFF',
        amountCents: 1000,
        serviceId: null,
      },
    ],
    ...changes,
  };
  await gqlOk(url, UPDATE_PROGRAM, { input }, adminToken);
}
