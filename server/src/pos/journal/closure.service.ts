import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { addDays, dayInterval, INSTITUTE_TIME_ZONE, localDateOf, type IsoDate } from '../../common/time.js';
import { TransactionRunner, UnitOfWork } from '../../common/transaction/unit-of-work.js';
import { QUEUES } from '../../jobs/queues.js';
import { OutboxService } from '../../outbox/index.js';
import { TillSignInService } from '../till/till-sign-in.service.js';
import { TillRepository } from '../till/till.repository.js';
import { periodBounds, sumTotals, totalsOf } from './closure-totals.js';
import { CLOSURE_KIND, JournalKind, type ClosurePeriod } from './journal-kind.js';
import { frenchDate, JournalWriter, type AppendedRecord } from './journal-writer.service.js';
import { ClosureRepository } from './closure.repository.js';
import { DAY_CLOSED_JOB, type DayClosedJobData } from './day-closed.job.js';
import { JournalRepository, type JournalRow } from './journal.repository.js';
import type { ClosureRecordPayload, PeriodTotals } from './records.js';

const PERIOD_FR: Record<ClosurePeriod, string> = { DAY: 'La journée', MONTH: 'Le mois', YEAR: "L'année" };

/**
 * Daily (Z), monthly and annual closures of a till: journal records (chained like the rest) stating the
 * period's totals by VAT rate and tender, its grand total and the till's perpetual grand total. A day's
 * totals are aggregated in SQL over its TICKET/CREDIT_NOTE payloads; a month adds its days' closures, a
 * year its months'. Every method runs in the caller's transaction and locks the chain head first.
 */
@Injectable()
export class ClosureService {
  constructor(
    private readonly tills: TillRepository,
    private readonly journal: JournalRepository,
    private readonly repo: ClosureRepository,
    private readonly writer: JournalWriter,
    private readonly tx: TransactionRunner,
    private readonly signIns: TillSignInService,
    private readonly outbox: OutboxService,
  ) {}

  /** `closePeriod`: closes a day, a month or a year of a till in its own transaction; returns the closure. */
  async closePeriod(input: {
    tillId: string;
    period: ClosurePeriod;
    date: IsoDate;
    now: Date;
    actorUserId: string | null;
    /** The acting auth session: its first till-writing action signs it in (technical log). */
    sessionId?: string;
  }): Promise<JournalRow> {
    if (input.sessionId !== undefined && input.actorUserId !== null) {
      await this.signIns.ensure(
        input.tillId,
        { userId: input.actorUserId, sessionId: input.sessionId },
        input.now,
      );
    }
    const made = await this.tx.run(({ manager }) => this.close(manager, input));
    const row = await this.journal.recordAtSeq(input.tillId, made.seq);
    if (row === null) throw new NotFoundError('Clôture introuvable.');
    return row;
  }

  /** `closures(filter)`: the closures of a till whose period starts between two dates, in chain order. */
  async list(filter: {
    tillId: string;
    period: ClosurePeriod | null;
    from: IsoDate | null;
    to: IsoDate | null;
  }): Promise<JournalRow[]> {
    if ((await this.tills.findTill(filter.tillId)) === null) throw new NotFoundError('Caisse introuvable.');
    const kinds = filter.period === null ? Object.values(CLOSURE_KIND) : [CLOSURE_KIND[filter.period]];
    return this.repo.closuresBetween(filter.tillId, kinds, filter.from, filter.to);
  }

  async close(
    manager: EntityManager,
    input: { tillId: string; period: ClosurePeriod; date: IsoDate; now: Date; actorUserId: string | null },
  ): Promise<AppendedRecord> {
    const head = await this.journal.lockHead(manager, input.tillId);
    if (head === null) throw new NotFoundError('Caisse introuvable.');
    const today = localDateOf(input.now.getTime(), INSTITUTE_TIME_ZONE);
    const { firstDate, lastDate } = periodBounds(input.period, input.date);
    const kind = CLOSURE_KIND[input.period];
    const label = `${PERIOD_FR[input.period]} du ${frenchDate(firstDate)}${input.period === 'DAY' ? '' : ` au ${frenchDate(lastDate)}`}`;
    if (input.period === 'DAY' ? firstDate > today : lastDate >= today) {
      const e = input.period === 'MONTH' ? '' : 'e';
      throw new ConflictError(`${label} n'est pas terminé${e} : impossible de ${e ? 'la' : 'le'} clôturer.`);
    }
    const existing = await this.repo.closuresBetween(input.tillId, [kind], firstDate, firstDate, manager);
    if (existing.length > 0)
      throw new ConflictError(`${label} est déjà clôturé${input.period === 'MONTH' ? '' : 'e'}.`);
    if (input.period === 'DAY' && head.closedThrough !== null && firstDate <= head.closedThrough) {
      throw new ConflictError(`${label} est déjà couverte par une clôture.`);
    }
    // Days with sales that were never closed, up to the period's last day, are closed first.
    const dayBefore = input.period === 'DAY' ? addDays(firstDate, -1) : lastDate;
    await this.closeMissedDays(manager, input.tillId, head.closedThrough, dayBefore, input.now);
    if (input.period === 'DAY')
      return this.closeDay(manager, input.tillId, firstDate, input.now, input.actorUserId, false);
    return this.closeAggregate(
      manager,
      input.tillId,
      input.period,
      firstDate,
      lastDate,
      input.now,
      input.actorUserId,
    );
  }

  /**
   * Makes the daily closures missed on days before today (Europe/Paris) that have sales. Called before a
   * sale (TillGate): a Z not made last night is made before the first sale of the morning. Returns them.
   */
  async closeMissedDaysBefore(manager: EntityManager, tillId: string, now: Date): Promise<AppendedRecord[]> {
    const today = localDateOf(now.getTime(), INSTITUTE_TIME_ZONE);
    const head = await this.journal.readHead(tillId, manager);
    if (head === null) throw new NotFoundError('Caisse introuvable.');
    const yesterday = addDays(today, -1);
    if (head.closedThrough !== null && head.closedThrough >= yesterday) return [];
    const pending = await this.pendingDays(manager, tillId, head.closedThrough, yesterday);
    if (pending.length === 0) return [];
    const locked = await this.journal.lockHead(manager, tillId);
    return this.closeMissedDays(manager, tillId, locked?.closedThrough ?? null, yesterday, now);
  }

  private pendingDays(
    manager: EntityManager,
    tillId: string,
    closedThrough: string | null,
    upTo: IsoDate,
  ): Promise<string[]> {
    const after =
      closedThrough === null
        ? null
        : new Date(dayInterval(addDays(closedThrough, 1), INSTITUTE_TIME_ZONE).start);
    const before = new Date(dayInterval(addDays(upTo, 1), INSTITUTE_TIME_ZONE).start);
    return this.repo.saleDates(manager, tillId, after, before);
  }

  private async closeMissedDays(
    manager: EntityManager,
    tillId: string,
    closedThrough: string | null,
    upTo: IsoDate,
    now: Date,
  ): Promise<AppendedRecord[]> {
    const made: AppendedRecord[] = [];
    for (const day of await this.pendingDays(manager, tillId, closedThrough, upTo)) {
      made.push(await this.closeDay(manager, tillId, day, now, null, true));
    }
    return made;
  }

  private async closeDay(
    manager: EntityManager,
    tillId: string,
    date: IsoDate,
    now: Date,
    actorUserId: string | null,
    automatic: boolean,
  ): Promise<AppendedRecord> {
    const day = dayInterval(date, INSTITUTE_TIME_ZONE);
    const totals = await this.repo.saleTotals(manager, tillId, new Date(day.start), new Date(day.end));
    const previous = await this.repo.lastClosure(manager, tillId, JournalKind.CLOSURE_DAY);
    return this.append(
      manager,
      tillId,
      'DAY',
      date,
      date,
      totals,
      previous?.payload,
      now,
      actorUserId,
      automatic,
    );
  }

  private async closeAggregate(
    manager: EntityManager,
    tillId: string,
    period: 'MONTH' | 'YEAR',
    firstDate: IsoDate,
    lastDate: IsoDate,
    now: Date,
    actorUserId: string | null,
  ): Promise<AppendedRecord> {
    const days = await this.repo.closuresBetween(
      tillId,
      [JournalKind.CLOSURE_DAY],
      firstDate,
      lastDate,
      manager,
    );
    let parts: PeriodTotals[] = days.map((d) => d.payload as unknown as ClosureRecordPayload);
    if (period === 'YEAR') {
      const months = await this.repo.closuresBetween(
        tillId,
        [JournalKind.CLOSURE_MONTH],
        firstDate,
        lastDate,
        manager,
      );
      const closedMonths = new Set(months.map((m) => String(m.payload.firstDate).slice(0, 7)));
      const missing = [...new Set(days.map((d) => String(d.payload.firstDate).slice(0, 7)))].filter(
        (m) => !closedMonths.has(m),
      );
      if (missing.length > 0) {
        const list = missing.map((m) => `${m.slice(5, 7)}/${m.slice(0, 4)}`).join(', ');
        throw new ConflictError(`Clôturez d'abord ${missing.length > 1 ? 'les mois' : 'le mois'} : ${list}.`);
      }
      parts = months.map((m) => m.payload as unknown as ClosureRecordPayload);
    }
    const lastDay = await this.repo.lastClosureUpTo(manager, tillId, JournalKind.CLOSURE_DAY, lastDate);
    const totals = totalsOf(sumTotals(parts));
    const perpetual = lastDay === null ? undefined : lastDay.payload;
    return this.append(
      manager,
      tillId,
      period,
      firstDate,
      lastDate,
      totals,
      perpetual,
      now,
      actorUserId,
      false,
      true,
    );
  }

  private async append(
    manager: EntityManager,
    tillId: string,
    period: ClosurePeriod,
    firstDate: IsoDate,
    lastDate: IsoDate,
    totals: PeriodTotals,
    previous: Record<string, unknown> | undefined,
    now: Date,
    actorUserId: string | null,
    automatic: boolean,
    perpetualIsCurrent = false,
  ): Promise<AppendedRecord> {
    const prevTotal = Number(previous?.perpetualTotalCents ?? 0);
    const prevAbsolute = Number(previous?.perpetualAbsoluteCents ?? 0);
    const payload: ClosureRecordPayload = {
      period,
      firstDate,
      lastDate,
      ...totalsOf(totals),
      perpetualTotalCents: perpetualIsCurrent ? prevTotal : prevTotal + totals.totalInclCents,
      perpetualAbsoluteCents: perpetualIsCurrent ? prevAbsolute : prevAbsolute + totals.absoluteTotalCents,
      automatic,
    };
    const made = await this.writer.append(manager, {
      tillId,
      kind: CLOSURE_KIND[period],
      payload: payload as unknown as Record<string, unknown>,
      occurredAt: now,
      actorUserId,
    });
    if (period === 'DAY') {
      // In the closure's transaction (a Z made by the gate before a sale included); the relay polls, so
      // no after-commit nudge is needed from this bare unit of work.
      const data: DayClosedJobData = { tillId, recordId: made.id };
      await this.outbox.enqueue(new UnitOfWork(manager), {
        queue: QUEUES.pos,
        name: DAY_CLOSED_JOB,
        payload: { ...data },
      });
    }
    return made;
  }
}
