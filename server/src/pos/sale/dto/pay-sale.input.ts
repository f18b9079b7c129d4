import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength } from 'class-validator';
import { NullAllowed } from '../../../common/validation.js';
import { ID_MESSAGE, KEY_MESSAGE, MAX_CENTS } from './input-rules.js';

@InputType()
export class PaySaleInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;

  @Field({ description: 'CASH, CARD_TERMINAL, CARD_OTHER, CHEQUE, TRANSFER, DEPOSIT (and later kinds).' })
  @IsString()
  @Length(1, 40, { message: 'Moyen de paiement invalide.' })
  kind: string;

  @Field(() => Int, { description: 'Cash: what the client hands over (the change is worked out).' })
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  @Max(MAX_CENTS, { message: 'Le montant est trop élevé.' })
  amountCents: number;

  @Field(() => ID, { nullable: true, description: 'CARD_TERMINAL: the reader.' })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  readerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Cheque number, transfer reference…' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(60, { message: 'La référence ne doit pas dépasser 60 caractères.' })
  reference?: string | null;

  @Field({ description: 'Chosen by the till for this click: the same key twice adds one tender.' })
  @IsString()
  @Length(8, 100, KEY_MESSAGE)
  idempotencyKey: string;
}
