import { gqlOk } from '@serenaia/test-support';

/** Points the institute's payment settings at Stripe (the tests' fake) with these keys, as an admin would. */
export async function configureStripe(
  url: string,
  adminToken: string,
  keys: { secretKey: string; webhookSecret: string },
): Promise<void> {
  await gqlOk(
    url,
    `mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { stripeSecretKeyHint } }`,
    {
      input: {
        stripePublishableKey: 'pk_test_public',
        stripeSecretKey: keys.secretKey,
        stripeWebhookSecret: keys.webhookSecret,
      },
    },
    adminToken,
  );
}
