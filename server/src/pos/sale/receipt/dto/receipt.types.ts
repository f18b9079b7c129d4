import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { RECEIPT_FORMATS, type ReceiptFormat } from '../domain/receipt-link.js';

const ID_MESSAGE = { message: 'Identifiant invalide.' };

export const ReceiptFormatEnum = Object.fromEntries(RECEIPT_FORMATS.map((v) => [v, v])) as {
  [K in ReceiptFormat]: K;
};
registerEnumType(ReceiptFormatEnum, {
  name: 'ReceiptFormat',
  description: 'RECEIPT (80 mm thermal receipt) or NOTE (A4 note for services).',
});

@ObjectType('ReceiptInstitute')
export class ReceiptInstituteType {
  @Field() name: string;
  @Field(() => [String]) addressLines: string[];
  @Field() siret: string;
  @Field(() => String, { nullable: true }) vatNumber: string | null;
}

@ObjectType('ReceiptLine')
export class ReceiptLineType {
  @Field() label: string;
  @Field(() => Int, { description: 'Negative on a credit note.' }) quantity: number;
  @Field(() => Int) unitPriceCents: number;
  @Field(() => Int) discountCents: number;
  @Field(() => Int) totalExclCents: number;
  @Field(() => Int) vatRateBp: number;
  @Field(() => Int) totalInclCents: number;
}

@ObjectType('ReceiptVatTotal')
export class ReceiptVatTotalType {
  @Field(() => Int) rateBp: number;
  @Field(() => Int) baseCents: number;
  @Field(() => Int) vatCents: number;
  @Field(() => Int) totalInclCents: number;
}

@ObjectType('ReceiptTender')
export class ReceiptTenderType {
  @Field() kind: string;
  @Field({ description: 'In French: « Espèces », « Carte bancaire (TPE) »…' }) label: string;
  @Field(() => Int) amountCents: number;
  @Field(() => Int, { description: 'Cash: what the client handed over.' }) givenCents: number;
  @Field(() => Int) changeCents: number;
}

@ObjectType('ReceiptDuplicate')
export class ReceiptDuplicateType {
  @Field(() => Int) number: number;
  @Field({ description: 'Paris time, « 06/12/2026 14:03:09 ».' }) printedAtLocal: string;
}

@ObjectType('SaleReceipt', {
  description: 'What the receipt prints, read from the journal record of the ticket or credit note.',
})
export class SaleReceiptType {
  @Field(() => ID) saleId: string;
  @Field({ description: 'TICKET or CREDIT_NOTE.' }) kind: string;
  @Field({ description: '« Ticket n° 12 », « Avoir n° 3 ».' }) title: string;
  @Field(() => Int) number: number;
  @Field(() => ReceiptInstituteType) institute: ReceiptInstituteType;
  @Field() tillName: string;
  @Field() issuedAt: Date;
  @Field({ description: 'Paris time, « 06/12/2026 14:03:09 ».' }) issuedAtLocal: string;
  @Field(() => [ReceiptLineType]) lines: ReceiptLineType[];
  @Field(() => [ReceiptVatTotalType]) vatTotals: ReceiptVatTotalType[];
  @Field(() => Int) totalExclCents: number;
  @Field(() => Int) totalVatCents: number;
  @Field(() => Int) totalInclCents: number;
  @Field(() => [ReceiptTenderType]) tenders: ReceiptTenderType[];
  @Field(() => Int) changeCents: number;
  @Field({ description: 'The journal record’s short hash.' }) shortHash: string;
  @Field(() => Int, { nullable: true }) originalNumber: number | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ReceiptDuplicateType, { nullable: true }) duplicate: ReceiptDuplicateType | null;
  @Field(() => String, { nullable: true }) clientName: string | null;
}

@ObjectType('SaleReceiptPdfLink')
export class SaleReceiptPdfLinkType {
  @Field({ description: 'Path of the signed PDF route, relative to the server.' }) url: string;
  @Field() expiresAt: Date;
}

@ObjectType('SendSaleReceiptResult')
export class SendSaleReceiptResultType {
  @Field({ description: 'Where the receipt is sent.' }) email: string;
}

@InputType()
export class ReprintSaleReceiptInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;
}

@InputType()
export class SendSaleReceiptInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the client’s address.' })
  @IsOptional()
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  email?: string | null;
}
