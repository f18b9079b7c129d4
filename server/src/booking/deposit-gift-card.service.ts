import { Injectable } from '@nestjs/common';
import { ConflictError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { GiftCardDepositService } from '../gift-card/index.js';
import { PaymentService } from '../payment/index.js';
import { BookingQueryService } from './booking-query.service.js';
import { BookingRepository } from './booking.repository.js';
import { depositCheckoutRefusal, giftCardPartCents } from './domain/deposit-checkout.js';
import { depositTaken, itemDeposit } from './dto/booking.mappers.js';
import type { DepositGiftCardResult, PayDepositWithGiftCardInput } from './dto/deposit.types.js';
import { ManageTokenService } from './manage-token.service.js';

/**
 * The client puts a gift card towards a pending booking's deposit, from its manage token. In one
 * transaction, the booking locked: the card pays what it can of what is still owed, debited with a
 * GIFT_CARD payment row — SUCCEEDED when it covers everything (the booking is then confirmed like any
 * paid deposit), else PENDING until the rest is paid online, and given back to the card if the rest
 * fails or the hold expires.
 */
@Injectable()
export class DepositGiftCardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: BookingRepository,
    private readonly queries: BookingQueryService,
    private readonly tokens: ManageTokenService,
    private readonly payments: PaymentService,
    private readonly cards: GiftCardDepositService,
  ) {}

  async pay(
    input: PayDepositWithGiftCardInput,
    ip: string,
    now = Date.now(),
  ): Promise<DepositGiftCardResult> {
    const bookingId = await this.tokens.bookingId(input.token, 'input.token', now);
    return this.tx.run(async (uow) => {
      await this.repo.lock(uow.manager, bookingId);
      const booking = await this.queries.view(bookingId);
      const depositCents = (booking.items ?? []).reduce((sum, item) => sum + itemDeposit(item), 0);
      const refusal = depositCheckoutRefusal(
        {
          status: booking.status,
          depositCents,
          depositTaken: depositTaken(booking.payments),
          holdExpiresAt: booking.holdExpiresAt?.getTime() ?? null,
        },
        now,
      );
      if (refusal !== null) throw new ConflictError(refusal);
      const owedCents = depositCents - giftCardPartCents(booking.payments);
      if (owedCents <= 0) throw new ConflictError('L’acompte de ce rendez-vous est déjà couvert.');
      const spent = await this.cards.spend(
        uow,
        { code: input.code, ip, owedCents, now, field: 'input.code' },
        (amountCents) =>
          this.payments.recordGiftCardDepositIn(uow, {
            bookingId,
            amountCents,
            settled: amountCents === owedCents,
          }),
      );
      return {
        paymentId: spent.paymentId,
        coveredCents: spent.coveredCents,
        cardBalanceCents: spent.balanceCents,
        depositCents,
        remainingCents: owedCents - spent.coveredCents,
      };
    });
  }
}
