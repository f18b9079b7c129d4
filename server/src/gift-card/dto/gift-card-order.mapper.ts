import type { BankTransferDetailsType, GiftCardOrderType } from './gift-card-order.types.js';
import type { GiftCardOrderEntity } from '../gift-card-order.entity.js';
import type { GiftCardSettingsEntity } from '../gift-card.entities.js';

/** The order as GraphQL shows it; the account to pay into while a transfer order waits. */
export function toGiftCardOrder(
  order: GiftCardOrderEntity,
  settings: Pick<GiftCardSettingsEntity, 'transferIban' | 'transferBic' | 'transferHolder'>,
): GiftCardOrderType {
  const transfer: BankTransferDetailsType | null =
    order.method === 'BANK_TRANSFER' &&
    order.status === 'PENDING_PAYMENT' &&
    settings.transferIban !== null &&
    settings.transferHolder !== null
      ? {
          iban: settings.transferIban,
          bic: settings.transferBic,
          holder: settings.transferHolder,
          reference: order.reference,
          amountCents: order.priceCents,
        }
      : null;
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    kind: order.kind,
    serviceName: order.serviceName,
    faceValueCents: order.faceValueCents,
    priceCents: order.priceCents,
    method: order.method,
    buyerName: order.buyerName,
    buyerEmail: order.buyerEmail,
    recipientName: order.recipientName,
    sendToBuyer: order.sendToBuyer,
    deliverOn: order.deliverOn,
    expiresAt: order.expiresAt,
    paidAt: order.paidAt,
    createdAt: order.createdAt,
    giftCardId: order.giftCardId,
    transfer,
  };
}
