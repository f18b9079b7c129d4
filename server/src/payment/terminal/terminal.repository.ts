import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { PaymentEntity } from '../payment.entities.js';
import { TerminalCheckoutEntity, TerminalReaderEntity } from './terminal.entities.js';

export type CheckoutWithReader = TerminalCheckoutEntity & { reader: TerminalReaderEntity };
export type CheckoutWithRelations = CheckoutWithReader & { payment: PaymentEntity };

/** The terminal's SQL: paired readers and their checkouts. */
@Injectable()
export class TerminalRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // --- readers ---

  /** The demo's virtual reader, created once. */
  async ensureReader(values: {
    provider: 'SIMULATED';
    providerReaderId: string;
    name: string;
  }): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(TerminalReaderEntity)
      .values({ ...values, serial: null, pairedAt: new Date() })
      .orIgnore()
      .execute();
  }

  /** A newly paired SumUp reader, or one paired again (its name and serial updated, no longer removed). */
  async upsertSumUpReader(values: {
    providerReaderId: string;
    name: string;
    serial: string | null;
  }): Promise<TerminalReaderEntity> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(TerminalReaderEntity)
      .values({ ...values, provider: 'SUMUP', pairedAt: new Date(), removedAt: null })
      .orUpdate(['name', 'serial', 'removed_at'], ['provider', 'provider_reader_id'])
      .execute();
    return this.db.manager.findOneByOrFail(TerminalReaderEntity, {
      provider: 'SUMUP',
      providerReaderId: values.providerReaderId,
    });
  }

  pairedReader(id: string): Promise<TerminalReaderEntity | null> {
    return this.db.manager.findOneBy(TerminalReaderEntity, { id, removedAt: IsNull() });
  }

  pairedReaders(): Promise<TerminalReaderEntity[]> {
    return this.db.manager.find(TerminalReaderEntity, {
      where: { removedAt: IsNull() },
      order: { pairedAt: 'ASC' },
    });
  }

  async updateReader(id: string, changes: { name?: string; removedAt?: Date }): Promise<void> {
    await this.db.manager.update(TerminalReaderEntity, { id }, changes);
  }

  /** Locks a reader row for the rest of the transaction (two tills cannot both start on it). */
  async lockReader(m: EntityManager, id: string): Promise<void> {
    await m.query('SELECT id FROM terminal_reader WHERE id = $1 FOR UPDATE', [id]);
  }

  /** The readers with an unfinished checkout. */
  async busyReaderIds(): Promise<Set<string>> {
    const rows = await this.db.manager.find(TerminalCheckoutEntity, {
      select: { readerId: true },
      where: { finalAt: IsNull() },
    });
    return new Set(rows.map((c) => c.readerId));
  }

  readerBusy(readerId: string, m: EntityManager = this.db.manager): Promise<boolean> {
    return m.existsBy(TerminalCheckoutEntity, { readerId, finalAt: IsNull() });
  }

  // --- checkouts ---

  async bookingExists(bookingId: string): Promise<boolean> {
    const [found] = await this.db.query<unknown[]>('SELECT 1 FROM booking WHERE id = $1', [bookingId]);
    return found !== undefined;
  }

  async insertCheckout(
    m: EntityManager,
    checkout: Omit<TerminalCheckoutEntity, 'createdAt' | 'updatedAt' | 'reader' | 'payment'>,
  ): Promise<void> {
    await m.insert(TerminalCheckoutEntity, checkout);
  }

  async updateCheckout(
    id: string,
    changes: Partial<
      Pick<TerminalCheckoutEntity, 'status' | 'failureReason' | 'finalAt' | 'cancelRequestedAt'>
    >,
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.update(TerminalCheckoutEntity, { id }, changes);
  }

  lockCheckout(m: EntityManager, id: string): Promise<TerminalCheckoutEntity> {
    return m.findOneOrFail(TerminalCheckoutEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async withReader(id: string): Promise<CheckoutWithReader | null> {
    const checkout = await this.db.manager.findOne(TerminalCheckoutEntity, {
      where: { id },
      relations: { reader: true },
    });
    return checkout as CheckoutWithReader | null;
  }

  async withRelations(id: string): Promise<CheckoutWithRelations | null> {
    const checkout = await this.db.manager.findOne(TerminalCheckoutEntity, {
      where: { id },
      relations: { reader: true, payment: true },
    });
    return checkout as CheckoutWithRelations | null;
  }

  bySumUpTransaction(clientTransactionId: string): Promise<TerminalCheckoutEntity | null> {
    return this.db.manager.findOneBy(TerminalCheckoutEntity, { provider: 'SUMUP', clientTransactionId });
  }
}
