import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  GIFT_CARD_KINDS,
  GIFT_CARD_MOVEMENT_KINDS,
  GIFT_CARD_STATUSES,
  VOUCHER_CATEGORIES,
  type GiftCardKindName,
  type GiftCardMovementKind,
  type GiftCardStatus,
} from '../gift-card.entities.js';
import type { VoucherCategory } from '../domain/voucher-category.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const GiftCardKindEnum = enumOf(GIFT_CARD_KINDS);
export const GiftCardStatusEnum = enumOf(GIFT_CARD_STATUSES);
export const VoucherCategoryEnum = enumOf(VOUCHER_CATEGORIES);
export const GiftCardMovementKindEnum = enumOf(GIFT_CARD_MOVEMENT_KINDS);
registerEnumType(GiftCardKindEnum, { name: 'GiftCardKind', description: 'AMOUNT or a named SERVICE.' });
registerEnumType(GiftCardStatusEnum, {
  name: 'GiftCardStatus',
  description: 'PENDING_PAYMENT, ACTIVE, USED (balance 0), EXPIRED, CANCELLED.',
});
registerEnumType(VoucherCategoryEnum, {
  name: 'VoucherCategory',
  description:
    'SINGLE_PURPOSE (BUU: VAT at sale) or MULTI_PURPOSE (BUM: VAT at redemption on the price paid).',
});
registerEnumType(GiftCardMovementKindEnum, {
  name: 'GiftCardMovementKind',
  description: 'ISSUE, REDEEM, REFUND, EXPIRE, EXTEND, CANCEL.',
});

@ObjectType('GiftCardMovement')
export class GiftCardMovementType {
  @Field(() => ID) id: string;
  @Field(() => GiftCardMovementKindEnum) kind: GiftCardMovementKind;
  @Field(() => Int, { description: 'Signed: + issue/refund, − redemption/expiry/cancellation.' })
  amountCents: number;
  @Field(() => Int) balanceAfterCents: number;
  @Field(() => ID, { nullable: true }) saleId: string | null;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Date, { nullable: true, description: 'EXTEND: the new expiry.' }) expiresAt: Date | null;
  @Field(() => ID, { nullable: true }) createdBy: string | null;
  @Field() occurredAt: Date;
}

@ObjectType('GiftCard', {
  description: 'A gift card as staff see it. The code itself is never shown: its last four symbols are.',
})
export class GiftCardType {
  @Field(() => ID) id: string;
  @Field() last4: string;
  @Field(() => GiftCardKindEnum) kind: GiftCardKindName;
  @Field(() => ID, { nullable: true }) serviceId: string | null;
  @Field(() => String, { nullable: true }) serviceName: string | null;
  @Field(() => Int) faceValueCents: number;
  @Field(() => Int) pricePaidCents: number;
  @Field(() => Int) balanceCents: number;
  @Field(() => GiftCardStatusEnum) status: GiftCardStatus;
  @Field(() => VoucherCategoryEnum) category: VoucherCategory;
  @Field(() => Int) vatRateBp: number;
  @Field({ description: 'The instant it stops being usable (midnight Paris after its last valid day).' })
  expiresAt: Date;
  @Field(() => Date, { nullable: true }) issuedAt: Date | null;
  @Field(() => String, { nullable: true }) buyerName: string | null;
  @Field(() => String, { nullable: true }) recipientName: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the card is e-mailed (and resent): the recipient’s address, else the buyer’s.',
  })
  deliveryEmail: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => ID, { nullable: true }) saleId: string | null;
  @Field() createdAt: Date;
  @Field(() => [GiftCardMovementType]) movements: GiftCardMovementType[];
}

@ObjectType('GiftCardPage')
export class GiftCardPageType {
  @Field(() => [GiftCardType]) items: GiftCardType[];
  @Field(() => Int) total: number;
}

@ObjectType('GiftCardCounts', { description: 'How many cards each filter of the CRM list shows.' })
export class GiftCardCountsType {
  @Field(() => Int) pendingPayment: number;
  @Field(() => Int, { description: 'ACTIVE cards, partly used or not.' }) active: number;
  @Field(() => Int, { description: 'ACTIVE cards with part of their value spent.' }) partlyUsed: number;
  @Field(() => Int) used: number;
  @Field(() => Int) expired: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Int) total: number;
}

@ObjectType('GiftCardBalance', {
  description: 'What the public balance page may know: the balance and the expiry.',
})
export class GiftCardBalanceType {
  @Field(() => Int) balanceCents: number;
  @Field() expiresAt: Date;
}

@ObjectType('GiftCardRedemption')
export class GiftCardRedemptionType {
  @Field(() => ID) giftCardId: string;
  @Field() last4: string;
  @Field(() => Int) redeemedCents: number;
  @Field(() => Int) balanceCents: number;
}

@ObjectType('SoldGiftCard', { description: 'A card a ticket sold, with its code for the till to print.' })
export class SoldGiftCardType {
  @Field(() => GiftCardType) giftCard: GiftCardType;
  @Field(() => String, { nullable: true, description: 'ABCD-EFGH-JKLM-NPQR.' }) code: string | null;
}
