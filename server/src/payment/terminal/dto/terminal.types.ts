import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NullAllowed } from '../../../common/validation.js';
import { PaymentKindEnum, PaymentType } from '../../dto/payment.types.js';
import type { PaymentKind } from '../../payment.entities.js';
import { TERMINAL_CHECKOUT_STATUSES, type TerminalCheckoutStatus } from '../domain/terminal-status.js';
import { TERMINAL_PROVIDERS, type TerminalProvider } from '../terminal.entities.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TerminalProviderEnum = enumOf(TERMINAL_PROVIDERS);
registerEnumType(TerminalProviderEnum, {
  name: 'TerminalProvider',
  description: 'SIMULATED: the virtual terminal of the demo (never in production).',
});
export const TerminalCheckoutStatusEnum = enumOf(TERMINAL_CHECKOUT_STATUSES);
registerEnumType(TerminalCheckoutStatusEnum, {
  name: 'TerminalCheckoutStatus',
  description: 'APPROVED, DECLINED, CANCELLED and TIMED_OUT are final.',
});
export const READER_CONNECTIONS = ['ONLINE', 'OFFLINE', 'UNKNOWN'] as const;
export type ReaderConnection = (typeof READER_CONNECTIONS)[number];
export const ReaderConnectionEnum = enumOf(READER_CONNECTIONS);
registerEnumType(ReaderConnectionEnum, {
  name: 'ReaderConnection',
  description: 'UNKNOWN: the provider could not be asked.',
});
export const TERMINAL_OUTCOMES = ['APPROVED', 'DECLINED'] as const;
export type TerminalOutcome = (typeof TERMINAL_OUTCOMES)[number];
export const TerminalOutcomeEnum = enumOf(TERMINAL_OUTCOMES);
registerEnumType(TerminalOutcomeEnum, { name: 'TerminalOutcome' });

@ObjectType('TerminalReader', { description: 'A card terminal the point of sale can send payments to.' })
export class TerminalReaderType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => TerminalProviderEnum) provider: TerminalProvider;
  @Field(() => String, { nullable: true, description: 'Device serial number.' }) serial: string | null;
  @Field(() => ReaderConnectionEnum) status: ReaderConnection;
  @Field(() => String, {
    nullable: true,
    description: 'The screen the reader shows: IDLE, WAITING_FOR_CARD, WAITING_FOR_PIN…',
  })
  state: string | null;
  @Field({ description: 'A payment is in progress on it.' }) busy: boolean;
  @Field(() => Int, { nullable: true }) batteryLevel: number | null;
  @Field() pairedAt: Date;
}

@ObjectType('TerminalCheckout', { description: 'A payment asked of a card terminal.' })
export class TerminalCheckoutType {
  @Field(() => ID) id: string;
  @Field(() => ID) readerId: string;
  @Field() readerName: string;
  @Field(() => TerminalProviderEnum) provider: TerminalProvider;
  @Field(() => TerminalCheckoutStatusEnum) status: TerminalCheckoutStatus;
  @Field({ description: 'APPROVED, DECLINED, CANCELLED or TIMED_OUT: nothing will change any more.' })
  final: boolean;
  @Field(() => Int) amountCents: number;
  @Field() currency: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) failureReason: string | null;
  @Field(() => PaymentType, { description: 'The ledger row this checkout settles.' }) payment: PaymentType;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) finalAt: Date | null;
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class PairReaderInput {
  @Field({ description: 'The 8 or 9 characters the terminal shows in pairing mode.' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value,
  )
  @IsString()
  @Matches(/^[A-Z0-9]{8,9}$/, {
    message: 'Le code d’appairage compte 8 ou 9 lettres et chiffres, tel qu’affiché sur le terminal.',
  })
  pairingCode: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'Donnez un nom au terminal (par exemple « Accueil »).' })
  @MaxLength(60, { message: 'Le nom du terminal ne doit pas dépasser 60 caractères.' })
  name: string;
}

@InputType()
export class RenameReaderInput {
  @Field(() => ID) @IsUUID('all', { message: 'Terminal invalide.' }) id: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'Donnez un nom au terminal (par exemple « Accueil »).' })
  @MaxLength(60, { message: 'Le nom du terminal ne doit pas dépasser 60 caractères.' })
  name: string;
}

@InputType()
export class StartTerminalCheckoutInput {
  @Field(() => ID) @IsUUID('all', { message: 'Terminal invalide.' }) readerId: string;

  @Field(() => Int)
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  @Min(1, { message: 'Le montant doit être positif.' })
  @Max(10_000_000, { message: 'Montant trop élevé pour un terminal de paiement.' })
  amountCents: number;

  @Field(() => String, { nullable: true, description: 'Shown on the terminal, e.g. the ticket number.' })
  @NullAllowed()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(60, { message: 'La référence ne doit pas dépasser 60 caractères.' })
  reference?: string | null;

  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Rendez-vous invalide.' })
  bookingId?: string | null;

  @Field(() => PaymentKindEnum, { nullable: true, description: 'BALANCE unless told (SALE, DEPOSIT).' })
  @NullAllowed()
  @IsOptional()
  @IsIn(['BALANCE', 'SALE', 'DEPOSIT'], { message: 'Type de paiement invalide pour un terminal.' })
  kind?: PaymentKind | null;
}

@InputType()
export class SimulateTerminalOutcomeInput {
  @Field(() => ID) @IsUUID('all', { message: 'Paiement invalide.' }) checkoutId: string;
  @Field(() => TerminalOutcomeEnum)
  @IsIn(TERMINAL_OUTCOMES, { message: 'Issue invalide.' })
  outcome: TerminalOutcome;
}
