import { useClient } from 'urql';
import { CapturePayPalDepositDocument, CreateDepositPaymentDocument } from '../../gql/graphql';
import { PayPalCheckout } from '../checkout';
import type { CheckoutFormProps } from './checkout-form';

/**
 * PayPal for a deposit: the order is opened by `createDepositPayment` with PAYPAL and captured by
 * `capturePayPalDeposit`, both keyed by the booking's manage token.
 */
export function PayPalDeposit({ checkout, token, ...callbacks }: CheckoutFormProps) {
  const client = useClient();
  return (
    <PayPalCheckout
      clientId={checkout.paypalClientId}
      amountCents={checkout.amountCents}
      ownerKey={token}
      openOrder={async () => {
        const r = await client
          .mutation(CreateDepositPaymentDocument, { input: { token, method: 'PAYPAL' } })
          .toPromise();
        return { data: r.data && { orderId: r.data.createDepositPayment.paypalOrderId }, error: r.error };
      }}
      capture={async (orderId) => {
        const r = await client
          .mutation(CapturePayPalDepositDocument, { input: { token, orderId } })
          .toPromise();
        return { data: r.data?.capturePayPalDeposit, error: r.error };
      }}
      {...callbacks}
    />
  );
}
