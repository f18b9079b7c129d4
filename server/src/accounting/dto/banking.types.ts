import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '../../common/scalars.js';

export enum PayoutProviderEnum {
  STRIPE = 'STRIPE',
  PAYPAL = 'PAYPAL',
  SUMUP = 'SUMUP',
}
registerEnumType(PayoutProviderEnum, {
  name: 'PayoutProvider',
  description: 'A payment provider paying out to the bank.',
});

@ObjectType('Payout')
export class PayoutType {
  @Field(() => ID) id: string;
  @Field(() => PayoutProviderEnum) provider: PayoutProviderEnum;
  @Field(() => String, { nullable: true, description: "The provider's id of the payout (po_…)." })
  providerPayoutId: string | null;
  @Field(() => LocalDate, { description: 'The day the bank received it.' }) paidOn: string;
  @Field(() => Int) grossCents: number;
  @Field(() => Int) feeCents: number;
  @Field(() => Int) netCents: number;
  @Field(() => ID, { nullable: true, description: 'Its entry in the bank journal.' }) entryId: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('CashBanking')
export class CashBankingType {
  @Field(() => ID) id: string;
  @Field(() => ID) tillId: string;
  @Field() tillName: string;
  @Field(() => Int) amountCents: number;
  @Field(() => LocalDate, { description: 'The day the cash left the till for the bank (580 / 531).' })
  depositedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day the bank credited it (512 / 580).' })
  creditedOn: string | null;
  @Field(() => String, { nullable: true }) slipRef: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('PayoutSyncFailure')
export class PayoutSyncFailureType {
  @Field() providerPayoutId: string;
  @Field({ description: 'Why it was not booked (French).' }) message: string;
}

@ObjectType('PayoutSyncResult')
export class PayoutSyncResultType {
  @Field(() => PayoutProviderEnum) provider: PayoutProviderEnum;
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field(() => Int, { description: 'Paid payouts the provider listed between from and to.' }) fetched: number;
  @Field(() => [PayoutType], { description: 'Recorded by this sync, each with its BQ entry.' })
  recorded: PayoutType[];
  @Field(() => Int, { description: 'Recorded before (same provider payout id).' }) alreadyRecorded: number;
  @Field(() => [PayoutSyncFailureType], { description: 'Not booked: to be typed from the statement.' })
  failures: PayoutSyncFailureType[];
}
