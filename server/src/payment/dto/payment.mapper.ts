import type { PaymentEntity } from '../payment.entities.js';
import type { PaymentType } from './payment.types.js';

export function toPaymentType(p: PaymentEntity): PaymentType {
  return {
    id: p.id,
    kind: p.kind,
    method: p.method,
    provider: p.provider,
    status: p.status,
    amountCents: p.amountCents,
    refundedCents: p.refundedCents,
    currency: p.currency,
    bookingId: p.bookingId,
    providerReference: p.providerReference,
    providerStatus: p.providerStatus,
    failureReason: p.failureReason,
    createdAt: p.createdAt,
    succeededAt: p.succeededAt,
  };
}
