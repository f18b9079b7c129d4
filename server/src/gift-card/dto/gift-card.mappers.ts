import type { GiftCardView } from '../gift-card-query.service.js';
import type { GiftCardType } from './gift-card.types.js';

export function toGiftCard({ card, movements }: GiftCardView): GiftCardType {
  return {
    id: card.id,
    last4: card.codeLast4,
    kind: card.kind,
    serviceId: card.serviceId,
    serviceName: card.serviceName,
    faceValueCents: card.faceValueCents,
    pricePaidCents: card.pricePaidCents,
    balanceCents: card.balanceCents,
    status: card.status,
    category: card.category,
    vatRateBp: card.vatRateBp,
    expiresAt: card.expiresAt,
    issuedAt: card.issuedAt,
    buyerName: card.buyerName,
    recipientName: card.recipientName,
    deliveryEmail: card.recipientEmail ?? card.buyerEmail,
    message: card.message,
    saleId: card.saleId,
    createdAt: card.createdAt,
    movements: movements.map((mv) => ({
      id: mv.id,
      kind: mv.kind,
      amountCents: mv.amountCents,
      balanceAfterCents: mv.balanceAfterCents,
      saleId: mv.saleId,
      reference: mv.reference,
      reason: mv.reason,
      expiresAt: mv.expiresAt,
      createdBy: mv.createdBy,
      occurredAt: mv.occurredAt,
    })),
  };
}
