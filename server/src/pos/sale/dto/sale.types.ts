import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DISCOUNT_KINDS,
  SALE_KINDS,
  SALE_STATUSES,
  TENDER_STATUSES,
  type DiscountKind,
  type SaleKind,
  type SaleStatus,
  type TenderStatus,
} from '../sale.entities.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SaleKindEnum = enumOf(SALE_KINDS);
export const SaleStatusEnum = enumOf(SALE_STATUSES);
export const DiscountKindEnum = enumOf(DISCOUNT_KINDS);
export const TenderStatusEnum = enumOf(TENDER_STATUSES);
registerEnumType(SaleKindEnum, { name: 'SaleKind', description: 'SALE (ticket) or CREDIT_NOTE (avoir).' });
registerEnumType(SaleStatusEnum, {
  name: 'SaleStatus',
  description: 'OPEN (being rung up), PARKED (put aside, resumable), COMPLETED (in the journal).',
});
registerEnumType(DiscountKindEnum, {
  name: 'DiscountKind',
  description: 'PERCENT (basis points) or AMOUNT (cents).',
});
registerEnumType(TenderStatusEnum, {
  name: 'TenderStatus',
  description: 'PENDING (card on the reader), CONFIRMED, DECLINED (counts for nothing).',
});

@ObjectType('SaleDiscount')
export class SaleDiscountType {
  @Field(() => DiscountKindEnum) kind: DiscountKind;
  @Field(() => Int, { description: 'Basis points (1000 = 10 %) or cents.' }) value: number;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType('SaleLine')
export class SaleLineType {
  @Field(() => ID) id: string;
  @Field({ description: 'SERVICE, PRODUCT, FREE, …' }) kind: string;
  @Field() label: string;
  @Field(() => Int, { description: 'Negative on a credit note.' }) quantity: number;
  @Field(() => Int, { description: 'Including VAT.' }) unitPriceCents: number;
  @Field(() => Int) vatRateBp: number;
  @Field(() => SaleDiscountType, { nullable: true }) discount: SaleDiscountType | null;
  @Field(() => Int, { description: 'Line discount plus its share of the ticket discount.' })
  discountCents: number;
  @Field(() => Int) totalInclCents: number;
  @Field(() => Int) totalExclCents: number;
  @Field(() => ID, { nullable: true }) practitionerId: string | null;
  @Field(() => ID, { nullable: true }) productId: string | null;
  @Field(() => ID, { nullable: true }) bookingItemId: string | null;
  @Field(() => ID, { nullable: true }) originalLineId: string | null;
  @Field({ description: 'Whether staff may change the unit price.' }) priceEditable: boolean;
}

@ObjectType('SaleTender')
export class SaleTenderType {
  @Field(() => ID) id: string;
  @Field({ description: 'CASH, CARD_TERMINAL, CARD_OTHER, CHEQUE, TRANSFER, DEPOSIT, …' }) kind: string;
  @Field(() => TenderStatusEnum) status: TenderStatus;
  @Field(() => Int, { description: 'What it pays of the ticket (negative: a refund).' }) amountCents: number;
  @Field(() => Int) changeCents: number;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => ID, { nullable: true }) paymentId: string | null;
  @Field(() => ID, { nullable: true, description: 'Follow it with terminalCheckoutUpdated.' })
  terminalCheckoutId: string | null;
  @Field(() => String, { nullable: true }) failureReason: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
}

@ObjectType('SaleVatTotal')
export class SaleVatTotalType {
  @Field(() => Int) rateBp: number;
  @Field(() => Int) baseCents: number;
  @Field(() => Int) vatCents: number;
  @Field(() => Int) totalInclCents: number;
}

@ObjectType('Sale', { description: 'A ticket or a credit note at a till.' })
export class SaleType {
  @Field(() => ID) id: string;
  @Field(() => ID) tillId: string;
  @Field(() => SaleKindEnum) kind: SaleKind;
  @Field(() => SaleStatusEnum) status: SaleStatus;
  @Field(() => Int, {
    nullable: true,
    description: 'Ticket (or avoir) n°, gap-free per till; set on completion.',
  })
  number: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The journal record’s short hash (printed on the receipt).',
  })
  shortHash: string | null;
  @Field(() => ID, { nullable: true }) bookingId: string | null;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => ID, { nullable: true }) originalSaleId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => SaleDiscountType, { nullable: true }) ticketDiscount: SaleDiscountType | null;
  @Field(() => [SaleLineType]) lines: SaleLineType[];
  @Field(() => [SaleTenderType]) tenders: SaleTenderType[];
  @Field(() => [SaleVatTotalType]) vatTotals: SaleVatTotalType[];
  @Field(() => Int) totalInclCents: number;
  @Field(() => Int) discountCents: number;
  @Field(() => Int, { description: 'Confirmed tenders.' }) paidCents: number;
  @Field(() => Int, { description: 'Tenders still on a reader.' }) pendingCents: number;
  @Field(() => Int, { description: 'Total less confirmed and pending tenders.' }) leftToPayCents: number;
  @Field(() => Int) changeCents: number;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('SalePage')
export class SalePageType {
  @Field(() => [SaleType]) items: SaleType[];
  @Field(() => Int) total: number;
}
