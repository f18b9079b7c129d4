import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { PageInput } from '../../common/pagination.js';
import {
  PAYMENT_KINDS,
  PAYMENT_METHODS,
  PAYMENT_PROVIDERS,
  PAYMENT_STATUSES,
  type PaymentKind,
  type PaymentMethod,
  type PaymentProviderName,
  type PaymentStatus,
} from '../payment.entities.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const PaymentKindEnum = enumOf(PAYMENT_KINDS);
registerEnumType(PaymentKindEnum, { name: 'PaymentKind' });
export const PaymentMethodEnum = enumOf(PAYMENT_METHODS);
registerEnumType(PaymentMethodEnum, { name: 'PaymentMethod' });
export const PaymentProviderEnum = enumOf(PAYMENT_PROVIDERS);
registerEnumType(PaymentProviderEnum, {
  name: 'PaymentProvider',
  description: 'SIMULATED: the demo provider (never in production).',
});
export const PaymentStatusEnum = enumOf(PAYMENT_STATUSES);
registerEnumType(PaymentStatusEnum, { name: 'PaymentStatus' });

@ObjectType('Payment')
export class PaymentType {
  @Field(() => ID) id: string;
  @Field(() => PaymentKindEnum) kind: PaymentKind;
  @Field(() => PaymentMethodEnum) method: PaymentMethod;
  @Field(() => PaymentProviderEnum) provider: PaymentProviderName;
  @Field(() => PaymentStatusEnum) status: PaymentStatus;
  @Field(() => Int) amountCents: number;
  @Field(() => Int) refundedCents: number;
  @Field() currency: string;
  @Field(() => ID, { nullable: true }) bookingId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Provider reference (PaymentIntent, terminal transaction…).',
  })
  providerReference: string | null;
  @Field(() => String, { nullable: true }) providerStatus: string | null;
  @Field(() => String, { nullable: true }) failureReason: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) succeededAt: Date | null;
}

@ObjectType()
export class PaymentPage {
  @Field(() => [PaymentType]) items: PaymentType[];
  @Field(() => Int) total: number;
}

@InputType()
export class PaymentsFilter {
  @Field(() => PaymentMethodEnum, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  method?: PaymentMethod | null;
  @Field(() => PaymentStatusEnum, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsIn(PAYMENT_STATUSES)
  status?: PaymentStatus | null;
  @Field(() => Date, { nullable: true }) @NullAllowed() @IsOptional() @IsDate() from?: Date | null;
  @Field(() => Date, { nullable: true }) @NullAllowed() @IsOptional() @IsDate() to?: Date | null;
  @Field(() => ID, { nullable: true }) @NullAllowed() @IsOptional() @IsUUID() bookingId?: string | null;
  @Field(() => PageInput, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput | null;
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID) @IsUUID('all', { message: 'Paiement invalide.' }) id: string;

  @Field(() => Int, { nullable: true, description: 'Null: everything left.' })
  @NullAllowed()
  @IsOptional()
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  @Min(1, { message: 'Le montant doit être positif.' })
  amountCents?: number | null;

  @Field()
  @IsString()
  @MaxLength(300, { message: 'Le motif ne doit pas dépasser 300 caractères.' })
  reason: string;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Rendez-vous invalide.' })
  bookingId?: string | null;
  @Field(() => PaymentKindEnum)
  @IsIn(['DEPOSIT', 'BALANCE'], { message: 'Type de paiement invalide.' })
  kind: PaymentKind;
  @Field(() => PaymentMethodEnum)
  @IsIn(['CASH', 'BANK_TRANSFER'], {
    message: 'Seuls les espèces et les virements s’enregistrent à la main.',
  })
  method: 'CASH' | 'BANK_TRANSFER';
  @Field(() => Int)
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  @Min(1, { message: 'Le montant doit être positif.' })
  @Max(10_000_000, { message: 'Montant trop élevé.' })
  amountCents: number;
}

@ObjectType('PaymentSettings', {
  description: 'Provider settings as the CRM may see them: secrets appear only as hints.',
})
export class PaymentSettingsType {
  @Field(() => String, { nullable: true }) stripePublishableKey: string | null;
  @Field(() => String, { nullable: true }) stripeSecretKeyHint: string | null;
  @Field(() => String, { nullable: true }) stripeWebhookSecretHint: string | null;
  @Field(() => String, { nullable: true }) sumupMerchantCode: string | null;
  @Field(() => String, { nullable: true }) sumupApiKeyHint: string | null;
  @Field(() => String, { nullable: true }) paypalClientId: string | null;
  @Field(() => String, { nullable: true }) paypalClientSecretHint: string | null;
  @Field(() => String, { nullable: true }) paypalWebhookId: string | null;
  @Field() staffCanRefund: boolean;
  @Field(() => PaymentProviderEnum, { nullable: true, description: 'Who takes online deposits now.' })
  onlineProvider: PaymentProviderName | null;
}

@InputType({
  description: 'Write-only secrets: give a value to set it, an empty string to clear it, nothing to keep it.',
})
export class UpdatePaymentSettingsInput {
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stripePublishableKey?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  stripeSecretKey?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  stripeWebhookSecret?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  sumupMerchantCode?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  sumupApiKey?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  paypalClientId?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  paypalClientSecret?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  paypalWebhookId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() staffCanRefund?: boolean;
}

@InputType()
export class CompleteSimulatedPaymentInput {
  @Field(() => ID) @IsUUID('all', { message: 'Paiement invalide.' }) paymentId: string;
  @Field({ description: 'true: the simulated card is accepted; false: declined.' })
  @IsBoolean()
  approve: boolean;
}
