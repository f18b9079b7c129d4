import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SlotTakenError } from '../availability/index.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { PaymentNotRefundableError, PaymentService, depositRefundOnCancel } from '../payment/index.js';
import { SettingsService } from '../settings/index.js';
import { BookingReservations, storedItemSpecs } from './booking-reservations.service.js';
import { BookingRepository } from './booking.repository.js';
import { DepositCoverService, DepositShortError } from './deposit-cover.service.js';
import { BookingConfirmedEvent, eventBase } from './events/booking.events.js';

/** What a paid deposit does to its booking, and what a cancellation does to a paid deposit. */
@Injectable()
export class DepositOutcomeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly reservations: BookingReservations,
    private readonly repo: BookingRepository,
    private readonly settings: SettingsService,
    private readonly payments: PaymentService,
    private readonly cover: DepositCoverService,
  ) {}

  /**
   * A deposit was paid (the `payment.succeeded` job): confirm the booking. If its hold had expired
   * but the slot is still free, take the slot again and confirm; if someone took it meanwhile, or
   * the booking was cancelled while the client paid, refund the deposit. A gift card's part released
   * meanwhile is taken again from its card; when the card no longer holds it, the booking is not
   * confirmed on a short deposit: the payment is refunded (the client is told by the refund's
   * message) and the booking stays as it was. Idempotent.
   */
  async onDepositPaid(
    bookingId: string,
    paymentId: string,
    now = Date.now(),
  ): Promise<'confirmed' | 'already' | 'refunded'> {
    try {
      return await this.confirmOnDeposit(bookingId, paymentId, now);
    } catch (error) {
      if (!(error instanceof DepositShortError)) throw error;
      await this.refundQuietly(
        paymentId,
        'Acompte incomplet : la part de la carte cadeau a été libérée et la carte n’a plus ce solde. Paiement remboursé.',
      );
      return 'refunded';
    }
  }

  private async confirmOnDeposit(
    bookingId: string,
    paymentId: string,
    now: number,
  ): Promise<'confirmed' | 'already' | 'refunded'> {
    const booking = await this.repo.findWithItems(this.db.manager, bookingId);
    if (booking === null) return 'already';
    if (booking.status === 'CONFIRMED' || booking.status === 'COMPLETED' || booking.status === 'NO_SHOW')
      return 'already';
    if (booking.status === 'PENDING') {
      await this.tx.run(async (uow) => {
        const locked = await this.repo.lock(uow.manager, bookingId);
        if (locked?.status !== 'PENDING') return;
        await this.cover.ensureCoveredIn(uow, bookingId, now);
        await this.repo.update(uow.manager, bookingId, {
          status: 'CONFIRMED',
          confirmedAt: new Date(now),
          holdExpiresAt: null,
        });
        uow.emit(new BookingConfirmedEvent({ ...eventBase(locked), status: 'CONFIRMED' }));
      });
      return 'confirmed';
    }
    // CANCELLED: by the hold's expiry (take the slot back if free) or by someone (refund).
    if (booking.cancelledBy === 'SYSTEM' && booking.startsAt.getTime() > now) {
      try {
        const retaken = await this.tx.run(async (uow) => {
          const locked = await this.repo.lock(uow.manager, bookingId);
          if (locked?.status !== 'CANCELLED' || locked.cancelledBy !== 'SYSTEM') return false;
          await this.cover.ensureCoveredIn(uow, bookingId, now);
          const items = [...(booking.items ?? [])].sort((a, b) => a.position - b.position);
          await this.reservations.reserve(
            uow.manager,
            storedItemSpecs(items),
            items[0].startsAt.getTime(),
            items.map((item) => ({
              bookingItemId: item.id,
              practitionerId: item.practitionerId,
              cabinId: item.cabinId,
            })),
          );
          await this.repo.update(uow.manager, bookingId, {
            status: 'CONFIRMED',
            confirmedAt: new Date(now),
            cancelledAt: null,
            cancelledBy: null,
            cancelReason: null,
          });
          uow.emit(new BookingConfirmedEvent({ ...eventBase(locked), status: 'CONFIRMED' }));
          return true;
        });
        if (retaken) return 'confirmed';
      } catch (error) {
        if (!(error instanceof SlotTakenError)) throw error;
      }
    }
    await this.refundQuietly(paymentId, 'Créneau indisponible au moment du paiement : acompte remboursé.');
    return 'refunded';
  }

  /** Gives deposits back after a cancellation when the policy says so (the `refund-deposit` job). */
  async refundDepositsAfterCancel(bookingId: string): Promise<number> {
    const booking = await this.repo.findById(this.db.manager, bookingId);
    if (booking?.status !== 'CANCELLED' || booking.cancelledAt === null || booking.cancelledBy === null)
      return 0;
    const settings = await this.settings.bookingSettings();
    const refund = depositRefundOnCancel({
      cancelledBy: booking.cancelledBy,
      cancelledAt: booking.cancelledAt.getTime(),
      start: booking.startsAt.getTime(),
      deadlineHours: settings.cancellationDeadlineHours,
    });
    if (!refund) return 0;
    let count = 0;
    for (const payment of await this.payments.succeededDeposits(bookingId)) {
      if (await this.refundQuietly(payment.id, 'Rendez-vous annulé : acompte remboursé.')) count += 1;
    }
    return count;
  }

  /** Refunds what is left of a payment; an already refunded one is fine (jobs may run twice). */
  private async refundQuietly(paymentId: string, reason: string): Promise<boolean> {
    try {
      await this.payments.refund({ paymentId, amountCents: null, reason, by: 'SYSTEM' });
      return true;
    } catch (error) {
      if (error instanceof PaymentNotRefundableError) return false;
      throw error;
    }
  }
}
