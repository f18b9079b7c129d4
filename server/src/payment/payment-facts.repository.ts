import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PaymentKind, PaymentMethod, PaymentProviderName } from './payment.entities.js';

/** A payment as the books see it: who took the money, how much, when. */
export interface PaymentFacts {
  paymentId: string;
  kind: PaymentKind;
  provider: PaymentProviderName;
  method: PaymentMethod;
  amountCents: number;
  refundedCents: number;
  bookingId: string | null;
  giftCardOrderId: string | null;
  /** Null until it succeeded. */
  succeededAt: Date | null;
}

/** A refund that went through, with the payment it gave money back from. */
export interface RefundFacts {
  refundId: string;
  amountCents: number;
  createdAt: Date;
  /** What the payment's earlier succeeded refunds gave back (by creation, then id). */
  refundedBeforeCents: number;
  payment: PaymentFacts;
}

const COLUMNS = `p.id AS "paymentId", p.kind, p.provider, p.method, p.amount_cents AS "amountCents",
  p.refunded_cents AS "refundedCents", p.booking_id AS "bookingId",
  p.gift_card_order_id AS "giftCardOrderId", p.succeeded_at AS "succeededAt"`;

/** Read-only facts of the ledger for the accounting module (one query each). */
@Injectable()
export class PaymentFactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async payment(paymentId: string): Promise<PaymentFacts | null> {
    const rows: PaymentFacts[] = await this.db.query(`SELECT ${COLUMNS} FROM payment p WHERE p.id = $1`, [
      paymentId,
    ]);
    return rows[0] ?? null;
  }

  /** A SUCCEEDED refund, or null (unknown, pending or refused by the provider). */
  async refund(refundId: string): Promise<RefundFacts | null> {
    const rows: (PaymentFacts & {
      refundId: string;
      refundCents: number;
      refundAt: Date;
      refundedBeforeCents: number;
    })[] = await this.db.query(
      `SELECT r.id AS "refundId", r.amount_cents AS "refundCents", r.created_at AS "refundAt",
              (SELECT coalesce(sum(o.amount_cents), 0)::int FROM refund o
                WHERE o.payment_id = r.payment_id AND o.status = 'SUCCEEDED'
                  AND (o.created_at, o.id) < (r.created_at, r.id)) AS "refundedBeforeCents",
              ${COLUMNS}
         FROM refund r JOIN payment p ON p.id = r.payment_id
        WHERE r.id = $1 AND r.status = 'SUCCEEDED'`,
      [refundId],
    );
    const row = rows[0];
    if (row === undefined) return null;
    const { refundId: id, refundCents, refundAt, refundedBeforeCents, ...payment } = row;
    return { refundId: id, amountCents: refundCents, createdAt: refundAt, refundedBeforeCents, payment };
  }

  /** The deposits a booking paid and kept (succeeded, less what was refunded), oldest first. */
  keptDeposits(bookingId: string): Promise<PaymentFacts[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM payment p
        WHERE p.booking_id = $1 AND p.kind = 'DEPOSIT' AND p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED')
        ORDER BY p.succeeded_at, p.id`,
      [bookingId],
    );
  }

  /** The succeeded payment of an online gift-card order (its card was issued from it), or null. */
  async giftCardOrderPayment(orderId: string): Promise<PaymentFacts | null> {
    const rows: PaymentFacts[] = await this.db.query(
      `SELECT ${COLUMNS} FROM payment p
        WHERE p.gift_card_order_id = $1 AND p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')
        ORDER BY p.succeeded_at LIMIT 1`,
      [orderId],
    );
    return rows[0] ?? null;
  }
}
