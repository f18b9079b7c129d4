import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PaymentProviderEnum, type PaymentProviderName } from '../../payment/index.js';
import {
  GIFT_CARD_ORDER_METHODS,
  GIFT_CARD_ORDER_STATUSES,
  type GiftCardOrderMethod,
  type GiftCardOrderStatus,
} from '../gift-card-order.entity.js';
import type { GiftCardKindName } from '../gift-card.entities.js';
import { GiftCardKindEnum } from './gift-card.types.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const GiftCardOrderMethodEnum = enumOf(GIFT_CARD_ORDER_METHODS);
export const GiftCardOrderStatusEnum = enumOf(GIFT_CARD_ORDER_STATUSES);
registerEnumType(GiftCardOrderMethodEnum, {
  name: 'GiftCardOrderMethod',
  description: 'CARD_ONLINE, PAYPAL or BANK_TRANSFER.',
});
registerEnumType(GiftCardOrderStatusEnum, {
  name: 'GiftCardOrderStatus',
  description: 'PENDING_PAYMENT, PAID (card issued), EXPIRED (not paid in time), CANCELLED.',
});

@ObjectType('BankTransferDetails', { description: 'Where to send a transfer, and what to write on it.' })
export class BankTransferDetailsType {
  @Field() iban: string;
  @Field(() => String, { nullable: true }) bic: string | null;
  @Field() holder: string;
  @Field({ description: 'The reference to write on the transfer.' }) reference: string;
  @Field(() => Int) amountCents: number;
}

@ObjectType('GiftCardOrder')
export class GiftCardOrderType {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field(() => GiftCardOrderStatusEnum) status: GiftCardOrderStatus;
  @Field(() => GiftCardKindEnum) kind: GiftCardKindName;
  @Field(() => String, { nullable: true }) serviceName: string | null;
  @Field(() => Int) faceValueCents: number;
  @Field(() => Int) priceCents: number;
  @Field(() => GiftCardOrderMethodEnum) method: GiftCardOrderMethod;
  @Field() buyerName: string;
  @Field() buyerEmail: string;
  @Field() recipientName: string;
  @Field() sendToBuyer: boolean;
  @Field(() => String, { nullable: true, description: 'The Paris day the card is sent on.' })
  deliverOn: string | null;
  @Field(() => Date, { description: 'A pending order stops waiting for its payment then.' })
  expiresAt: Date;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => ID, { nullable: true, description: 'The card issued once paid.' })
  giftCardId: string | null;
  @Field(() => BankTransferDetailsType, {
    nullable: true,
    description: 'A bank-transfer order still waiting: where to send the money.',
  })
  transfer: BankTransferDetailsType | null;
}

@ObjectType('GiftCardPurchase', { description: 'An order just placed, and how to pay it.' })
export class GiftCardPurchaseType {
  @Field(() => GiftCardOrderType) order: GiftCardOrderType;
  @Field({ description: 'Reads the order back with giftCardOrder(id, token) (the confirmation page).' })
  token: string;
  @Field(() => ID, { nullable: true, description: 'The online payment (demo: completeSimulatedPayment).' })
  paymentId: string | null;
  @Field(() => PaymentProviderEnum, { nullable: true }) provider: PaymentProviderName | null;
  @Field(() => String, { nullable: true, description: 'Stripe: for the Payment Element.' })
  stripeClientSecret: string | null;
  @Field(() => String, { nullable: true }) stripePublishableKey: string | null;
  @Field(() => String, { nullable: true, description: 'PayPal: the order the buttons approve.' })
  paypalOrderId: string | null;
  @Field(() => String, { nullable: true }) paypalClientId: string | null;
}

@ObjectType('GiftCardShop', { description: 'What the public gift-card page offers.' })
export class GiftCardShopType {
  @Field(() => [Int]) presetAmountsCents: number[];
  @Field(() => Int) minFreeAmountCents: number;
  @Field(() => Int) maxFreeAmountCents: number;
  @Field(() => [GiftCardOrderMethodEnum], {
    description: 'Online methods available now, and transfer if set.',
  })
  methods: GiftCardOrderMethod[];
  @Field(() => Int, { description: 'How long a transfer order waits, in hours.' })
  transferOrderHours: number;
  @Field({ description: 'False: the institute does not sell cards online for now.' })
  onlineSaleEnabled: boolean;
}
