import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { GiftCardOrderEntity } from './gift-card-order.entity.js';

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
}
