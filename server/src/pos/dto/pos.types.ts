import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '../../common/scalars.js';

export enum CashDirectionEnum {
  IN = 'IN',
  OUT = 'OUT',
}
registerEnumType(CashDirectionEnum, {
  name: 'CashDirection',
  description: 'Cash put into (IN) or taken out of (OUT) the drawer.',
});

export enum ClosurePeriodEnum {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(ClosurePeriodEnum, { name: 'ClosurePeriod' });

@ObjectType('Till')
export class TillType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() active: boolean;
}

@ObjectType('DenominationCount')
export class DenominationCountType {
  @Field(() => Int, { description: 'Note or coin value in cents (50000 … 1).' }) denominationCents: number;
  @Field(() => Int) count: number;
}

@ObjectType('CashMovement')
export class CashMovementType {
  @Field(() => ID) id: string;
  @Field(() => CashDirectionEnum) direction: CashDirectionEnum;
  @Field(() => Int) amountCents: number;
  @Field() reason: string;
  @Field() occurredAt: Date;
}

@ObjectType('CashSession')
export class CashSessionType {
  @Field(() => ID) id: string;
  @Field(() => ID) tillId: string;
  @Field() openedAt: Date;
  @Field(() => Int) openingFloatCents: number;
  @Field(() => [DenominationCountType]) openingCounts: DenominationCountType[];
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => [DenominationCountType], { nullable: true }) closingCounts: DenominationCountType[] | null;
  @Field(() => Int, { nullable: true, description: 'Float + cash sales + cash in − cash out.' })
  expectedCents: number | null;
  @Field(() => Int, { nullable: true }) countedCents: number | null;
  @Field(() => Int, { nullable: true, description: 'Counted − expected.' }) varianceCents: number | null;
  @Field(() => [CashMovementType]) movements: CashMovementType[];
}

@ObjectType('VatTotal')
export class VatTotalType {
  @Field(() => Int) rateBp: number;
  @Field(() => Int) baseCents: number;
  @Field(() => Int) vatCents: number;
}

@ObjectType('TenderTotal')
export class TenderTotalType {
  @Field() kind: string;
  @Field(() => Int) amountCents: number;
}

@ObjectType('Closure', {
  description: 'A daily (Z), monthly or annual closure: a record of the till journal.',
})
export class ClosureType {
  @Field(() => ID) id: string;
  @Field(() => ID) tillId: string;
  @Field(() => ClosurePeriodEnum) period: ClosurePeriodEnum;
  @Field(() => Int) number: number;
  @Field(() => LocalDate) firstDate: string;
  @Field(() => LocalDate) lastDate: string;
  @Field() closedAt: Date;
  @Field({ description: 'Made by the till before a sale, because it was missed.' }) automatic: boolean;
  @Field(() => Int) ticketCount: number;
  @Field(() => Int) creditNoteCount: number;
  @Field(() => [VatTotalType]) vatTotals: VatTotalType[];
  @Field(() => [TenderTotalType]) tenders: TenderTotalType[];
  @Field(() => Int, { description: 'Period grand total, VAT included.' }) totalInclCents: number;
  @Field(() => Int) absoluteTotalCents: number;
  @Field(() => Int) perpetualTotalCents: number;
  @Field(() => Int) perpetualAbsoluteCents: number;
  @Field() hash: string;
  @Field() shortHash: string;
}

@ObjectType('JournalBreak')
export class JournalBreakType {
  @Field(() => Int) seq: number;
  @Field() kind: string;
  @Field({ description: 'What is wrong, in French.' }) problem: string;
}

@ObjectType('JournalVerification')
export class JournalVerificationType {
  @Field(() => ID) tillId: string;
  @Field() ok: boolean;
  @Field(() => Int, { nullable: true }) firstSeq: number | null;
  @Field(() => Int, { nullable: true }) lastSeq: number | null;
  @Field(() => Int) recordsChecked: number;
  @Field(() => Int) closuresChecked: number;
  @Field(() => String, { nullable: true }) lastHash: string | null;
  @Field(() => JournalBreakType, { nullable: true, description: 'The first broken link.' })
  broken: JournalBreakType | null;
}

@ObjectType('JournalArchive')
export class JournalArchiveType {
  @Field() filename: string;
  @Field({ description: 'The signed ZIP, base64.' }) contentBase64: string;
  @Field() sha256: string;
  @Field(() => Int) recordCount: number;
}
