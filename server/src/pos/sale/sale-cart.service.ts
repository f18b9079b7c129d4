import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../../common/transaction/unit-of-work.js';
import { discountOf, tenderSums, totalsOfLines } from './domain/sale-state.js';
import { discountCents, discountProblem, type DiscountSpec } from './domain/sale-totals.js';
import { formatCents } from './domain/tender-rules.js';
import type {
  AddSaleLineInput,
  ApplyDiscountInput,
  OpenSaleInput,
  UpdateSaleLineInput,
} from './dto/sale-cart.inputs.js';
import type { SaleType } from './dto/sale.types.js';
import { SaleChangedEvent } from './events/sale.events.js';
import { SaleLineKindRegistry } from './line-kinds/sale-line-kind.registry.js';
import type { SaleEntity, SaleLineEntity } from './sale.entities.js';
import { SaleJournal } from './sale-journal.js';
import { SaleQueryService } from './sale-query.service.js';
import { SaleRepository } from './sale.repository.js';

export interface Actor {
  userId: string;
  admin: boolean;
  /** The auth session acting (the till's technical log records its sign-in). */
  sessionId: string;
}

/**
 * Ringing a ticket up: open it (from a booking or empty), add, change and remove lines, discounts,
 * park it. Each change is one transaction on the locked sale row that recomputes the cached totals.
 */
@Injectable()
export class SaleCartService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: SaleRepository,
    private readonly kinds: SaleLineKindRegistry,
    private readonly queries: SaleQueryService,
    private readonly journal: SaleJournal,
  ) {}

  /**
   * A new ticket. With a booking ("encaisser ce rendez-vous"), its items become SERVICE lines with
   * their practitioner, and the ticket already open for that booking is resumed instead.
   */
  async open(input: OpenSaleInput, by: Actor, now = Date.now()): Promise<SaleType> {
    await this.journal.signIn(input.tillId, by, new Date(now));
    const id = await this.tx.run(async (uow) => {
      const m = uow.manager;
      // Refused at once on a till that cannot sell (no open session, open for more than 24 h).
      await this.journal.assertCanSell(m, input.tillId, new Date(now));
      let clientId = input.clientId ?? null;
      if (input.bookingId) {
        const booking = await this.repo.booking(m, input.bookingId);
        if (booking === null) throw new NotFoundError('Rendez-vous introuvable.');
        if (booking.status === 'CANCELLED' || booking.status === 'NO_SHOW') {
          throw new ConflictError('Ce rendez-vous est annulé ou non honoré : il ne s’encaisse pas.');
        }
        const already = await this.repo.openSaleForBooking(m, booking.id);
        if (already !== null) return already.id;
        clientId = clientId ?? booking.clientId;
      }
      const sale = await this.repo.insertSale(m, {
        tillId: input.tillId,
        kind: 'SALE',
        status: 'OPEN',
        bookingId: input.bookingId ?? null,
        clientId,
        openedBy: by.userId,
      });
      if (input.bookingId) {
        const items = await this.repo.bookingItems(m, input.bookingId);
        const kind = this.kinds.get('SERVICE');
        for (const [i, item] of items.entries()) {
          const draft = await kind.draft(m, { kind: 'SERVICE', quantity: 1, bookingItemId: item.id });
          await this.repo.insertLine(m, { ...draft, saleId: sale.id, kind: 'SERVICE', position: i + 1 });
        }
        await this.recompute(uow, sale);
      }
      return sale.id;
    });
    return this.queries.view(id);
  }

  async addLine(input: AddSaleLineInput, by: Actor): Promise<SaleType> {
    return this.change(input.saleId, by, async (uow, sale) => {
      const kind = this.kinds.forRequest(input.kind);
      const draft = await kind.draft(uow.manager, { ...input });
      const lines = await this.repo.lines([sale.id], uow.manager);
      const position = lines.reduce((max, l) => Math.max(max, l.position), 0) + 1;
      await this.repo.insertLine(uow.manager, { ...draft, saleId: sale.id, kind: kind.kind, position });
    });
  }

  async updateLine(input: UpdateSaleLineInput, by: Actor): Promise<SaleType> {
    const line = await this.line(input.lineId);
    return this.change(line.saleId, by, async (uow) => {
      const changes: Partial<SaleLineEntity> = {};
      if (input.quantity !== undefined) changes.quantity = input.quantity;
      if (input.practitionerId !== undefined) changes.practitionerId = input.practitionerId;
      if (input.unitPriceCents !== undefined && input.unitPriceCents !== line.unitPriceCents) {
        if (!this.kinds.get(line.kind).priceEditable) {
          throw new BadUserInputError(
            'Le prix de cette ligne vient de la fiche produit : il ne se modifie pas ici.',
            'input.unitPriceCents',
          );
        }
        changes.unitPriceCents = input.unitPriceCents;
      }
      await this.repo.updateLine(uow.manager, line.id, changes);
    });
  }

  async removeLine(lineId: string, by: Actor): Promise<SaleType> {
    const line = await this.line(lineId);
    return this.change(line.saleId, by, (uow) => this.repo.deleteLine(uow.manager, line.id));
  }

  /** A discount on a line or the whole ticket; beyond `staffMaxDiscountBp` of what it applies to, admins only. */
  async applyDiscount(input: ApplyDiscountInput, by: Actor): Promise<SaleType> {
    return this.change(input.saleId, by, async (uow, sale) => {
      const m = uow.manager;
      const reason = input.reason?.trim() || null;
      const spec: DiscountSpec | null =
        input.value === 0
          ? null
          : input.kind === 'PERCENT'
            ? { kind: 'PERCENT', valueBp: input.value }
            : { kind: 'AMOUNT', cents: input.value };
      if (spec !== null && reason === null)
        throw new BadUserInputError('Indiquez le motif de la remise.', 'input.reason');
      const lines = await this.repo.lines([sale.id], m);
      let base: number;
      if (input.lineId) {
        const line = lines.find((l) => l.id === input.lineId);
        if (line === undefined) throw new NotFoundError('Ligne introuvable sur ce ticket.');
        base = line.quantity * line.unitPriceCents;
      } else {
        base = totalsOfLines(lines, null).totalInclCents;
      }
      if (spec !== null) {
        const problem = discountProblem(base, spec);
        if (problem) throw new BadUserInputError(problem, 'input.value');
        const { staffMaxDiscountBp } = await this.repo.settings(m);
        const cents = discountCents(base, spec);
        if (!by.admin && cents * 10000 > base * staffMaxDiscountBp) {
          throw new ForbiddenError(
            `Une remise de plus de ${staffMaxDiscountBp / 100} % est réservée à un administrateur.`,
          );
        }
      }
      const kind = spec?.kind ?? null;
      const value = spec === null ? null : spec.kind === 'PERCENT' ? spec.valueBp : spec.cents;
      if (input.lineId) {
        await this.repo.updateLine(m, input.lineId, {
          discountKind: kind,
          discountValue: value,
          discountReason: spec ? reason : null,
        });
      } else {
        sale.ticketDiscountKind = kind;
        sale.ticketDiscountValue = value;
        sale.ticketDiscountReason = spec ? reason : null;
        await this.repo.updateSale(m, sale.id, {
          ticketDiscountKind: kind,
          ticketDiscountValue: value,
          ticketDiscountReason: sale.ticketDiscountReason,
        });
      }
    });
  }

  /** Attaches a client to the ticket (or detaches it with null). */
  async setClient(saleId: string, clientId: string | null, by: Actor): Promise<SaleType> {
    return this.change(saleId, by, async (uow, sale) => {
      if (clientId !== null && !(await this.repo.clientExists(uow.manager, clientId))) {
        throw new BadUserInputError('Cliente introuvable.', 'input.clientId');
      }
      await this.repo.updateSale(uow.manager, sale.id, { clientId });
    });
  }

  /** Puts the ticket aside: it stays in the database, listed as PARKED, and any change resumes it. */
  async park(saleId: string, by: Actor): Promise<SaleType> {
    await this.signInAt(saleId, by);
    await this.tx.run(async (uow) => {
      const sale = await this.lockEditable(uow.manager, saleId);
      if (tenderSums(await this.repo.tenders([sale.id], uow.manager)).pendingCents !== 0) {
        throw new ConflictError(
          'Un paiement par carte est en cours sur ce ticket : attendez sa fin avant de le mettre de côté.',
        );
      }
      await this.repo.updateSale(uow.manager, sale.id, { status: 'PARKED' });
      uow.emit(new SaleChangedEvent(sale.id));
    });
    return this.queries.view(saleId);
  }

  /** Recomputes and caches the totals of a ticket from its lines (sale row locked by the caller). */
  async recompute(uow: UnitOfWork, sale: SaleEntity): Promise<void> {
    const m = uow.manager;
    const lines = await this.repo.lines([sale.id], m);
    const totals = totalsOfLines(lines, discountOf(sale.ticketDiscountKind, sale.ticketDiscountValue));
    for (const [i, l] of lines.entries()) {
      const t = totals.lines[i];
      if (
        l.totalInclCents !== t.totalInclCents ||
        l.totalExclCents !== t.totalExclCents ||
        l.discountCents !== t.lineDiscountCents + t.ticketDiscountCents
      ) {
        await this.repo.updateLine(m, l.id, {
          totalInclCents: t.totalInclCents,
          totalExclCents: t.totalExclCents,
          discountCents: t.lineDiscountCents + t.ticketDiscountCents,
        });
      }
    }
    // Only a reward line takes money off below what the other lines hold (removing or lowering what
    // it reduced): a ticket never goes below 0 € and a reward is never spent on less than its value.
    if (totals.totalInclCents < 0) {
      throw new ConflictError(
        'Le total du ticket deviendrait négatif : retirez d’abord la récompense fidélité qu’il contient.',
      );
    }
    const covered = tenderSums(await this.repo.tenders([sale.id], m));
    const held = covered.confirmedCents + covered.pendingCents;
    if (totals.totalInclCents < held) {
      throw new ConflictError(
        `Le ticket a déjà reçu ${formatCents(held)} de paiements : son total ne peut pas descendre en dessous.`,
      );
    }
    await this.repo.updateSale(m, sale.id, { totalInclCents: totals.totalInclCents, status: 'OPEN' });
    uow.emit(new SaleChangedEvent(sale.id));
  }

  private async change(
    saleId: string,
    by: Actor,
    apply: (uow: UnitOfWork, sale: SaleEntity) => Promise<void>,
  ): Promise<SaleType> {
    await this.signInAt(saleId, by);
    await this.tx.run(async (uow) => {
      const sale = await this.lockEditable(uow.manager, saleId);
      await apply(uow, sale);
      await this.recompute(uow, sale);
    });
    return this.queries.view(saleId);
  }

  /** The sale's till records the session's sign-in (an unknown sale is reported by the action itself). */
  private async signInAt(saleId: string, by: Actor): Promise<void> {
    const sale = await this.repo.get(saleId);
    if (sale !== null) await this.journal.signIn(sale.tillId, by, new Date());
  }

  private async lockEditable(m: EntityManager, saleId: string): Promise<SaleEntity> {
    const sale = await this.repo.lock(m, saleId);
    if (sale === null) throw new NotFoundError('Ticket introuvable.');
    if (sale.status === 'COMPLETED') {
      throw new ConflictError(
        'Ce ticket est encaissé : il ne se modifie plus (une correction se fait par un avoir).',
      );
    }
    if (sale.kind === 'CREDIT_NOTE') throw new ConflictError('Un avoir ne se modifie pas.');
    return sale;
  }

  private async line(lineId: string): Promise<SaleLineEntity> {
    const [line] = await this.repo.linesById([lineId]);
    if (line === undefined) throw new NotFoundError('Ligne introuvable.');
    return line;
  }
}
