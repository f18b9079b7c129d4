import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_MESSAGE, KEY_MESSAGE, MAX_CENTS } from './input-rules.js';

@InputType()
export class CreditNoteLineInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) lineId: string;

  @Field(() => Int, { description: 'Units taken back (positive).' })
  @IsInt({ message: 'La quantité doit être un nombre entier.' })
  @Min(1, { message: 'La quantité à rembourser doit être d’au moins 1.' })
  quantity: number;
}

@InputType()
export class RefundTenderInput {
  @Field({ description: 'CASH, CARD_TERMINAL (back to the card paid with), CARD_OTHER, TRANSFER.' })
  @IsString()
  @Length(1, 40, { message: 'Moyen de remboursement invalide.' })
  kind: string;

  @Field(() => Int, { description: 'Given back (positive).' })
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  @Min(1, { message: 'Le montant doit être supérieur à zéro.' })
  @Max(MAX_CENTS, { message: 'Le montant est trop élevé.' })
  amountCents: number;
}

@InputType()
export class IssueCreditNoteInput {
  @Field(() => ID, { description: 'The completed ticket taken back.' })
  @IsUUID('all', ID_MESSAGE)
  saleId: string;

  @Field(() => [CreditNoteLineInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'Choisissez au moins une ligne à rembourser.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CreditNoteLineInput)
  lines: CreditNoteLineInput[];

  @Field(() => [RefundTenderInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'Indiquez comment le client est remboursé.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RefundTenderInput)
  refunds: RefundTenderInput[];

  @Field()
  @IsString()
  @Length(1, 200, { message: 'Indiquez le motif de l’avoir (200 caractères au plus).' })
  reason: string;

  @Field() @IsString() @Length(8, 100, KEY_MESSAGE) idempotencyKey: string;
}
