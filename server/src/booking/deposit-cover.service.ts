import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import { GiftCardDepositService } from '../gift-card/index.js';
import { PaymentService } from '../payment/index.js';
import { BookingQueryService } from './booking-query.service.js';
import { depositShortfall, retakePlan } from './domain/deposit-shortfall.js';
import { itemDeposit } from './dto/booking.mappers.js';

/** Raised inside the confirming transaction to roll it back: the deposit is short and stays so. */
export class DepositShortError extends Error {
  constructor(readonly bookingId: string) {
    super(`The deposit of booking ${bookingId} is not covered`);
  }
}

/**
 * Before a booking is confirmed on its deposit: is the deposit really covered? A gift card's part
 * released while the client paid the rest (the hold expired, or the rest was first declined) is no
 * longer counted; it is taken from its card again when the card still holds it.
 */
@Injectable()
export class DepositCoverService {
  constructor(
    private readonly queries: BookingQueryService,
    private readonly payments: PaymentService,
    private readonly cards: GiftCardDepositService,
  ) {}

  /**
   * In the caller's transaction, the booking locked: when the collected payments fall short of the
   * deposit and gift-card parts were released, takes them again; throws `DepositShortError` when they
   * cannot all be (the caller's transaction then rolls back the retakes that succeeded).
   */
  async ensureCoveredIn(uow: UnitOfWork, bookingId: string, now: number): Promise<void> {
    const booking = await this.queries.view(bookingId);
    const depositCents = (booking.items ?? []).reduce((sum, item) => sum + itemDeposit(item), 0);
    let lacking = depositShortfall(depositCents, booking.payments);
    const plan = retakePlan(lacking, booking.payments);
    // Only a released card part makes a deposit short here: any other difference (a deposit recorded
    // at the desk, prices changed since) is the staff's call, as before.
    if (plan.length === 0) return;
    for (const part of plan) {
      const retaken = await this.cards.retake(
        uow,
        { releasedPaymentId: part.paymentId, amountCents: part.amountCents, now },
        (amountCents) => this.payments.recordRetakenGiftCardDepositIn(uow, { bookingId, amountCents }),
      );
      if (retaken) lacking -= part.amountCents;
    }
    if (lacking > 0) throw new DepositShortError(bookingId);
  }
}
