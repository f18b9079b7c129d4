import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { GiftCardOrderEntity } from './gift-card-order.entity.js';

interface OnlineSaleRow {
  orderId: string;
  orderReference: string;
  giftCardId: string;
  codeLast4: string;
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  pricePaidCents: number;
  paidAt: Date;
}

/** The SQL of online gift-card orders. Methods take the caller's manager (its transaction) when given. */
@Injectable()
export class GiftCardOrderRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  insert(m: EntityManager, row: Partial<GiftCardOrderEntity>): Promise<GiftCardOrderEntity> {
    const repo = m.getRepository(GiftCardOrderEntity);
    return repo.save(repo.create(row));
  }

  byId(id: string, m: EntityManager = this.db.manager): Promise<GiftCardOrderEntity | null> {
    return m.getRepository(GiftCardOrderEntity).findOneBy({ id });
  }

  byIdempotencyKey(key: string, m: EntityManager = this.db.manager): Promise<GiftCardOrderEntity | null> {
    return m.getRepository(GiftCardOrderEntity).findOneBy({ idempotencyKey: key });
  }

  /** The order, locked for the rest of the transaction (payment confirmations and staff marks queue up). */
  lock(m: EntityManager, id: string): Promise<GiftCardOrderEntity | null> {
    return m
      .getRepository(GiftCardOrderEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id })
      .getOne();
  }

  async update(m: EntityManager, id: string, patch: Partial<GiftCardOrderEntity>): Promise<void> {
    await m.getRepository(GiftCardOrderEntity).update(id, patch);
  }

  /** Bank-transfer orders still waiting for their money, oldest first (at most `limit`). */
  pendingTransfers(limit: number): Promise<GiftCardOrderEntity[]> {
    return this.db.getRepository(GiftCardOrderEntity).find({
      where: { method: 'BANK_TRANSFER', status: 'PENDING_PAYMENT' },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  /** Pending orders past their date become EXPIRED, in one statement; returns their ids. */
  async expirePending(now: Date): Promise<string[]> {
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE gift_card_order SET status = 'EXPIRED', updated_at = now()
        WHERE status = 'PENDING_PAYMENT' AND expires_at <= $1
      RETURNING id`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /** The card an order issued, with what was paid for it; null until the order is paid. */
  async onlineSaleFacts(m: EntityManager, orderId: string): Promise<OnlineSaleRow | null> {
    const rows = await m.query<OnlineSaleRow[]>(
      `SELECT o.id AS "orderId", o.reference AS "orderReference", c.id AS "giftCardId",
              c.code_last4 AS "codeLast4", c.category, c.vat_rate_bp AS "vatRateBp",
              c.price_paid_cents AS "pricePaidCents", o.paid_at AS "paidAt"
         FROM gift_card_order o JOIN gift_card c ON c.id = o.gift_card_id
        WHERE o.id = $1 AND o.paid_at IS NOT NULL`,
      [orderId],
    );
    return rows[0] ?? null;
  }
}
