import type { DataSource } from 'typeorm';
import { gqlOk } from '@serenaia/test-support';
import type { StripeFake } from '../fakes/stripe-fake.js';
import { inDays } from './catalog-factory.js';

/** Who books: the client's first name, the start of her last name and of her mobile number. */
export interface OnlineClient {
  firstName: string;
  lastName: string;
  /** The mobile number's 8 digits after +336, from which the `n`-th client's number is counted. */
  phoneFrom: number;
}

/**
 * The `n`-th client (numbered by the suite) books `serviceId` with `practitionerId` online, `day` days
 * ahead, at 10:00 for an even `n` and 14:00 for an odd one: her booking, still pending, and its manage
 * token.
 */
export async function bookOnline(
  url: string,
  booking: { serviceId: string; practitionerId: string; day: number; n: number; client: OnlineClient },
): Promise<{ id: string; token: string }> {
  const { n, client } = booking;
  const { createBooking } = await gqlOk<{
    createBooking: { manageToken: string; booking: { id: string } };
  }>(
    url,
    `mutation($input: CreateBookingInput!) { createBooking(input: $input) { manageToken booking { id } } }`,
    {
      input: {
        serviceIds: [booking.serviceId],
        practitionerId: booking.practitionerId,
        start: inDays(booking.day, n % 2 === 0 ? '10:00' : '14:00').toISOString(),
        client: {
          firstName: client.firstName,
          lastName: `${client.lastName}${n}`,
          email: `${client.firstName}.${client.lastName}${n}@exemple.fr`.toLowerCase(),
          phone: `+336${String(client.phoneFrom + n)}`,
        },
      },
    },
  );
  return { id: createBooking.booking.id, token: createBooking.manageToken };
}

/**
 * The deposit of the booking `token` manages, paid with Stripe: the payment intent made through the
 * API, succeeded in the Stripe fake, and its signed `payment_intent.succeeded` webhook delivered (and
 * answered 200).
 */
export async function payDepositWithStripe(
  app: { url: string; dataSource: DataSource },
  stripe: StripeFake,
  webhookSecret: string,
  token: string,
): Promise<{ paymentId: string; amountCents: number }> {
  const { createDepositPayment } = await gqlOk<{
    createDepositPayment: { paymentId: string; amountCents: number };
  }>(
    app.url,
    `mutation($input: CreateDepositPaymentInput!) { createDepositPayment(input: $input) { paymentId amountCents } }`,
    { input: { token } },
  );
  const [{ provider_reference: intentId }] = await app.dataSource.query<{ provider_reference: string }[]>(
    'SELECT provider_reference FROM payment WHERE id = $1',
    [createDepositPayment.paymentId],
  );
  stripe.succeed(intentId);
  const delivery = stripe.events.forIntent('payment_intent.succeeded', intentId, { secret: webhookSecret });
  const status = await stripe.events.deliver(`${app.url}/webhooks/stripe`, delivery);
  if (status !== 200) throw new Error(`the deposit's webhook was answered ${status}`);
  return createDepositPayment;
}
