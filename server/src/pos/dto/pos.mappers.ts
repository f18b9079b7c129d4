import { shortHash } from '../journal/canonical.js';
import { closurePeriodOf } from '../journal/journal-kind.js';
import type { ClosureRecordPayload } from '../journal/records.js';
import type { CashMovementEntity, CashSessionEntity, TillEntity } from '../pos.entities.js';
import type { JournalRow } from '../journal/journal.repository.js';
import {
  CashDirectionEnum,
  ClosurePeriodEnum,
  type CashMovementType,
  type CashSessionType,
  type ClosureType,
  type DenominationCountType,
  type TillType,
} from './pos.types.js';

export function toTillType(t: TillEntity): TillType {
  return { id: t.id, name: t.name, active: t.active };
}

function countsOf(map: Record<string, number>): DenominationCountType[] {
  return Object.entries(map)
    .map(([d, count]) => ({ denominationCents: Number(d), count }))
    .sort((a, b) => b.denominationCents - a.denominationCents);
}

export function toMovementType(m: CashMovementEntity): CashMovementType {
  return {
    id: m.id,
    direction: m.direction === 'IN' ? CashDirectionEnum.IN : CashDirectionEnum.OUT,
    amountCents: m.amountCents,
    reason: m.reason,
    occurredAt: m.occurredAt,
  };
}

export function toSessionType(s: CashSessionEntity, movements: CashMovementEntity[]): CashSessionType {
  return {
    id: s.id,
    tillId: s.tillId,
    openedAt: s.openedAt,
    openingFloatCents: s.openingFloatCents,
    openingCounts: countsOf(s.openingCounts),
    closedAt: s.closedAt,
    closingCounts: s.closingCounts === null ? null : countsOf(s.closingCounts),
    expectedCents: s.expectedCents,
    countedCents: s.countedCents,
    varianceCents: s.varianceCents,
    movements: movements.map(toMovementType),
  };
}

export function toClosureType(r: JournalRow): ClosureType {
  const p = r.payload as unknown as ClosureRecordPayload;
  const period = closurePeriodOf(r.kind) ?? 'DAY';
  return {
    id: r.id,
    tillId: r.tillId,
    period: ClosurePeriodEnum[period],
    number: r.number ?? 0,
    firstDate: p.firstDate,
    lastDate: p.lastDate,
    closedAt: r.occurredAt,
    automatic: p.automatic,
    ticketCount: p.ticketCount,
    creditNoteCount: p.creditNoteCount,
    vatTotals: p.vatTotals,
    tenders: p.tenders,
    totalInclCents: p.totalInclCents,
    absoluteTotalCents: p.absoluteTotalCents,
    perpetualTotalCents: p.perpetualTotalCents,
    perpetualAbsoluteCents: p.perpetualAbsoluteCents,
    hash: r.hash,
    shortHash: shortHash(r.hash),
  };
}
