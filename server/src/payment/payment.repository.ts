import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  PaymentEntity,
  PaymentSettingsEntity,
  ProviderEventEntity,
  RefundEntity,
  type PaymentKind,
  type PaymentMethod,
  type PaymentProviderName,
  type PaymentStatus,
} from './payment.entities.js';
import { ownerColumns, type PaymentOwner } from './providers/payment-provider.js';

export interface NewPayment {
  bookingId: string | null;
  giftCardOrderId?: string | null;
  amountCents: number;
  kind: PaymentKind;
  method: PaymentMethod;
  provider: PaymentProviderName;
  createdBy: string | null;
  idempotencyKey?: string;
  status?: PaymentStatus;
  providerReference?: string;
  providerStatus?: string | null;
}

export interface PaymentListFilter {
  method?: PaymentMethod | null;
  status?: PaymentStatus | null;
  from?: Date | null;
  to?: Date | null;
  bookingId?: string | null;
  offset: number;
  limit: number;
}

/**
 * The payment module's SQL: payments, refunds and applied provider events. Methods that take an
 * `EntityManager` run in the caller's transaction; the others on the pool.
 */
@Injectable()
export class PaymentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  insert(input: NewPayment, m: EntityManager = this.db.manager): Promise<PaymentEntity> {
    const status = input.status ?? 'PENDING';
    return m.save(
      m.create(PaymentEntity, {
        bookingId: input.bookingId,
        giftCardOrderId: input.giftCardOrderId ?? null,
        amountCents: input.amountCents,
        kind: input.kind,
        method: input.method,
        provider: input.provider,
        status,
        currency: 'EUR',
        idempotencyKey: input.idempotencyKey ?? randomUUID(),
        createdBy: input.createdBy,
        providerReference: input.providerReference ?? null,
        providerStatus: input.providerStatus ?? null,
        succeededAt: status === 'SUCCEEDED' ? new Date() : null,
        refundedCents: 0,
      }),
    );
  }

  get(id: string, m: EntityManager = this.db.manager): Promise<PaymentEntity | null> {
    return m.findOneBy(PaymentEntity, { id });
  }

  getOrFail(m: EntityManager, id: string): Promise<PaymentEntity> {
    return m.findOneByOrFail(PaymentEntity, { id });
  }

  /** An online payment of the simulated provider (the virtual terminal's go through its checkout). */
  simulatedOnline(id: string): Promise<PaymentEntity | null> {
    return this.db.manager.findOneBy(PaymentEntity, { id, provider: 'SIMULATED', method: 'CARD_ONLINE' });
  }

  /** The latest online payment still pending for this owner (booking or gift-card order), amount and provider. */
  pendingDeposit(
    owner: PaymentOwner,
    provider: PaymentProviderName,
    amountCents: number,
  ): Promise<PaymentEntity | null> {
    const { bookingId, giftCardOrderId, kind } = ownerColumns(owner);
    return this.db.manager.findOne(PaymentEntity, {
      where: {
        ...(bookingId !== null ? { bookingId } : { giftCardOrderId: giftCardOrderId ?? undefined }),
        kind,
        status: 'PENDING',
        provider,
        amountCents,
      },
      order: { createdAt: 'DESC' },
    });
  }

  /** The collected payment of a gift-card order with money still to give back (none when unpaid or refunded). */
  refundableGiftCardPurchase(giftCardOrderId: string): Promise<PaymentEntity | null> {
    return this.db.manager
      .createQueryBuilder(PaymentEntity, 'p')
      .where('p.gift_card_order_id = :giftCardOrderId', { giftCardOrderId })
      .andWhere("p.kind = 'GIFT_CARD_PURCHASE'")
      .andWhere("p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED')")
      .andWhere('p.refunded_cents < p.amount_cents')
      .orderBy('p.created_at', 'DESC')
      .getOne();
  }

  byReference(
    provider: PaymentProviderName,
    reference: string,
    m: EntityManager = this.db.manager,
  ): Promise<PaymentEntity | null> {
    return m.findOneBy(PaymentEntity, { provider, providerReference: reference });
  }

  /** The payment a provider reference names, locked for the rest of the transaction. */
  lockByReference(
    m: EntityManager,
    provider: PaymentProviderName,
    reference: string,
  ): Promise<PaymentEntity | null> {
    return m.findOne(PaymentEntity, {
      where: { provider, providerReference: reference },
      lock: { mode: 'pessimistic_write' },
    });
  }

  lockOrFail(m: EntityManager, id: string): Promise<PaymentEntity> {
    return m.findOneOrFail(PaymentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(
    id: string,
    changes: Partial<PaymentEntity>,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.update(PaymentEntity, { id }, changes);
  }

  /**
   * The gift-card parts of a booking's deposit waiting for the rest (paid by a provider): collected
   * with it. Returns how many.
   */
  async settleGiftCardParts(m: EntityManager, bookingId: string): Promise<number> {
    const rows = await m.query<[unknown[], number]>(
      `UPDATE payment SET status = 'SUCCEEDED', succeeded_at = now(), updated_at = now()
        WHERE booking_id = $1 AND kind = 'DEPOSIT' AND provider = 'GIFT_CARD' AND status = 'PENDING'
      RETURNING id`,
      [bookingId],
    );
    return rows[1];
  }

  /** The same parts given up (the rest failed, or the hold expired): cancelled, returned for their cards. */
  async cancelGiftCardParts(m: EntityManager, bookingId: string, reason: string): Promise<PaymentEntity[]> {
    const ids = await m.query<[{ id: string }[], number]>(
      `UPDATE payment SET status = 'CANCELLED', failure_reason = $2, updated_at = now()
        WHERE booking_id = $1 AND kind = 'DEPOSIT' AND provider = 'GIFT_CARD' AND status = 'PENDING'
      RETURNING id`,
      [bookingId, reason],
    );
    if (ids[0].length === 0) return [];
    return m.find(PaymentEntity, { where: ids[0].map(({ id }) => ({ id })) });
  }

  /** Another deposit of the same booking already took the money. */
  async otherDepositPaid(m: EntityManager, bookingId: string, paymentId: string): Promise<boolean> {
    const rows = await m.query<unknown[]>(
      `SELECT 1 FROM payment WHERE booking_id = $1 AND kind = 'DEPOSIT' AND id <> $2
          AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED') LIMIT 1`,
      [bookingId, paymentId],
    );
    return rows.length > 0;
  }

  succeededDeposits(bookingId: string): Promise<PaymentEntity[]> {
    return this.db.manager.find(PaymentEntity, {
      where: [
        { bookingId, kind: 'DEPOSIT', status: 'SUCCEEDED' },
        { bookingId, kind: 'DEPOSIT', status: 'PARTIALLY_REFUNDED' },
      ],
    });
  }

  forBookings(bookingIds: string[]): Promise<PaymentEntity[]> {
    if (bookingIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(PaymentEntity)
      .createQueryBuilder('p')
      .where('p.booking_id IN (:...ids)', { ids: bookingIds })
      .orderBy('p.created_at')
      .getMany();
  }

  /** The ledger, most recent first. */
  list(filter: PaymentListFilter): Promise<[PaymentEntity[], number]> {
    const qb = this.db.getRepository(PaymentEntity).createQueryBuilder('p');
    if (filter.method) qb.andWhere('p.method = :method', { method: filter.method });
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.from) qb.andWhere('p.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('p.created_at < :to', { to: filter.to });
    if (filter.bookingId) qb.andWhere('p.booking_id = :bookingId', { bookingId: filter.bookingId });
    return qb.orderBy('p.created_at', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
  }

  /**
   * Reserves `amount` of a collected payment for a refund and writes its PENDING refund row, in one
   * transaction. False when the conditional update matched nothing (refunded meanwhile).
   */
  async reserveRefund(refund: {
    id: string;
    paymentId: string;
    amountCents: number;
    reason: string | null;
    createdBy: string | null;
  }): Promise<boolean> {
    return this.db.transaction(async (m) => {
      // TypeORM answers an UPDATE with [rows, affectedCount].
      const [reserved] = await m.query<[{ id: string }[], number]>(
        `UPDATE payment SET refunded_cents = refunded_cents + $2, updated_at = now()
          WHERE id = $1 AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED') AND refunded_cents + $2 <= amount_cents
          RETURNING id`,
        [refund.paymentId, refund.amountCents],
      );
      if (reserved.length === 0) return false;
      await m.getRepository(RefundEntity).insert({ ...refund, status: 'PENDING' });
      return true;
    });
  }

  /** The provider refused: the reservation is given back and the refund row says why. */
  async releaseRefund(
    refundId: string,
    paymentId: string,
    amountCents: number,
    reason: string,
  ): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query('UPDATE payment SET refunded_cents = refunded_cents - $2 WHERE id = $1', [
        paymentId,
        amountCents,
      ]);
      await m.update(RefundEntity, { id: refundId }, { status: 'FAILED', failureReason: reason });
    });
  }

  async refundSucceeded(m: EntityManager, refundId: string, providerReference: string | null): Promise<void> {
    await m.update(RefundEntity, { id: refundId }, { status: 'SUCCEEDED', providerReference });
  }

  /** Records a provider's event id; false when it was already recorded (a redelivery). */
  async recordProviderEvent(
    m: EntityManager,
    provider: PaymentProviderName,
    eventId: string,
    type: string,
  ): Promise<boolean> {
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(ProviderEventEntity)
      .values({ provider, eventId, type })
      .orIgnore()
      .returning('id')
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** The one row of provider settings, created on first read. */
  async settingsRow(): Promise<PaymentSettingsEntity> {
    const repo = this.db.getRepository(PaymentSettingsEntity);
    const existing = await repo.findOneBy({ id: 1 });
    if (existing) return existing;
    await repo.createQueryBuilder().insert().values({ id: 1 }).orIgnore().execute();
    return repo.findOneByOrFail({ id: 1 });
  }

  async updateSettings(changes: Partial<PaymentSettingsEntity>): Promise<void> {
    await this.db.getRepository(PaymentSettingsEntity).update({ id: 1 }, changes);
  }
}
