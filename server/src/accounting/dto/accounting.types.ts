import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '../../common/scalars.js';

export enum FecEncodingEnum {
  UTF_8 = 'UTF-8',
  ISO_8859_15 = 'ISO-8859-15',
}
registerEnumType(FecEncodingEnum, { name: 'FecEncoding', description: 'Character set of the FEC file.' });

export enum DepositTreatmentEnum {
  ACOMPTE = 'ACOMPTE',
  ARRHES = 'ARRHES',
}
registerEnumType(DepositTreatmentEnum, {
  name: 'DepositTreatment',
  description: 'ACOMPTE: VAT due when an online deposit is received; ARRHES: not before the service.',
});

@ObjectType('AccountMapping')
export class AccountMappingType {
  @Field({ description: 'revenue.SERVICE, vat.2000, tender.CASH, deposits, provider.STRIPE…' }) key: string;
  @Field() number: string;
  @Field() label: string;
}

@ObjectType('JournalMapping')
export class JournalMappingType {
  @Field({ description: 'sales, cash, bank, misc, opening.' }) key: string;
  @Field() code: string;
  @Field() label: string;
}

@ObjectType('AccountingSettings')
export class AccountingSettingsType {
  @Field(() => [AccountMappingType]) accounts: AccountMappingType[];
  @Field(() => [JournalMappingType]) journals: JournalMappingType[];
  @Field(() => Int, { description: 'First month of the fiscal year (1 = January).' })
  fiscalYearStartMonth: number;
  @Field(() => FecEncodingEnum) fecEncoding: FecEncodingEnum;
  @Field(() => DepositTreatmentEnum) depositTreatment: DepositTreatmentEnum;
  @Field(() => Int) depositVatRateBp: number;
}

@ObjectType('AccountingEntryLine')
export class AccountingEntryLineType {
  @Field(() => Int) position: number;
  @Field() accountNumber: string;
  @Field() accountLabel: string;
  @Field() label: string;
  @Field(() => Int) debitCents: number;
  @Field(() => Int) creditCents: number;
}

@ObjectType('AccountingEntry')
export class AccountingEntryType {
  @Field(() => ID) id: string;
  @Field() journalCode: string;
  @Field() journalLabel: string;
  @Field(() => Int, { nullable: true, description: 'EcritureNum, given at validation.' }) entryNum:
    number | null;
  @Field(() => LocalDate) entryDate: string;
  @Field() pieceRef: string;
  @Field(() => LocalDate) pieceDate: string;
  @Field() label: string;
  @Field({
    description:
      'What the entry comes from: POS_Z (a daily closure), GIFT_CARD_EXPIRY (a card written off), GIFT_CARD_REVIVAL (a write-off reversed by an extension), PAYMENT (a deposit received), PAYMENT_REFUND (a deposit refunded), BOOKING (a deposit kept on a no-show), GIFT_CARD_ORDER (a card sold online), PAYOUT (a provider payout), CASH_BANKING (cash taken to the bank), OPENING (the opening entry).',
  })
  sourceKind: string;
  @Field({
    description:
      'The source record: the closure journal record (POS_Z), the movement (GIFT_CARD_EXPIRY), the payment, the refund, the booking or the gift-card order.',
  })
  sourceId: string;
  @Field(() => LocalDate, { nullable: true }) validDate: string | null;
  @Field(() => Date, { nullable: true }) validatedAt: Date | null;
  @Field(() => Int) debitCents: number;
  @Field(() => Int) creditCents: number;
  @Field(() => [AccountingEntryLineType]) lines: AccountingEntryLineType[];
}

@ObjectType('AccountingEntryPage')
export class AccountingEntryPageType {
  @Field(() => [AccountingEntryType]) items: AccountingEntryType[];
  @Field(() => Int) total: number;
}

@ObjectType('ValidateEntriesResult')
export class ValidateEntriesResultType {
  @Field(() => Int) validatedCount: number;
}

@ObjectType('PeriodLock')
export class PeriodLockType {
  @Field(() => LocalDate, { description: 'First day of the locked month.' }) month: string;
  @Field(() => Date) lockedAt: Date;
}

@ObjectType('TrialBalanceRow')
export class TrialBalanceRowType {
  @Field() accountNumber: string;
  @Field() accountLabel: string;
  @Field(() => Int) debitCents: number;
  @Field(() => Int) creditCents: number;
  @Field(() => Int, { description: 'Debit minus credit.' }) balanceCents: number;
}

@ObjectType('FecFinding')
export class FecFindingType {
  @Field(() => Int, { description: 'Line of the file (1 = header).' }) line: number;
  @Field() code: string;
  @Field() message: string;
}

@ObjectType('FecReport')
export class FecReportType {
  @Field() ok: boolean;
  @Field(() => Int) lineCount: number;
  @Field(() => Int) entryCount: number;
  @Field(() => Int) debitCents: number;
  @Field(() => Int) creditCents: number;
  @Field(() => Int) findingCount: number;
  @Field(() => [FecFindingType], { description: 'The first 200 findings.' }) findings: FecFindingType[];
}

@ObjectType('FecExport')
export class FecExportType {
  @Field({ description: 'Signed download link, valid 5 minutes.' }) url: string;
  @Field() fileName: string;
  @Field(() => Date) expiresAt: Date;
  @Field(() => FecReportType) report: FecReportType;
}

@ObjectType('GeneralLedgerLine')
export class GeneralLedgerLineType {
  @Field(() => ID) entryId: string;
  @Field() journalCode: string;
  @Field(() => Int, { nullable: true }) entryNum: number | null;
  @Field(() => LocalDate) entryDate: string;
  @Field() pieceRef: string;
  @Field() label: string;
  @Field(() => Int) debitCents: number;
  @Field(() => Int) creditCents: number;
  @Field(() => Int, { description: 'Running balance (debit − credit) after this line.' })
  balanceCents: number;
}

@ObjectType('GeneralLedger')
export class GeneralLedgerType {
  @Field() accountNumber: string;
  @Field(() => Int, { description: 'Balance of the lines dated before the period.' })
  openingBalanceCents: number;
  @Field(() => Int) closingBalanceCents: number;
  @Field(() => [GeneralLedgerLineType]) lines: GeneralLedgerLineType[];
}

@ObjectType('AccountingCsvExport')
export class AccountingCsvExportType {
  @Field({ description: 'Signed download link, valid 5 minutes (columns: docs/accounting-csv.md).' })
  url: string;
  @Field() fileName: string;
  @Field(() => Date) expiresAt: Date;
}
