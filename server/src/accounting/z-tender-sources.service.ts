import { Injectable } from '@nestjs/common';
import { GiftCardFactsService } from '../gift-card/index.js';
import { PaymentFactsRepository } from '../payment/index.js';
import type { DayClosureFacts as ClosureFacts } from '../pos/index.js';
import type { TenderSource } from './domain/tender-books.js';

/**
 * What paid parts of a Z's tenders, from the modules behind them: the gift cards' split by voucher
 * category, and the single-purpose cards that paid the deposits the day's tickets used (their VAT was
 * declared at the card's sale, see `depositTender`).
 */
@Injectable()
export class ZTenderSources {
  constructor(
    private readonly giftCards: GiftCardFactsService,
    private readonly payments: PaymentFactsRepository,
  ) {}

  async of(facts: ClosureFacts): Promise<TenderSource[]> {
    const cards = await this.giftCards.tenderSplit({ ...facts.giftCardSales, parisDate: facts.date });
    const sources: TenderSource[] = cards.map((c) => ({
      tenderKind: 'GIFT_CARD',
      voucherCategory: c.category,
      vatRateBp: c.vatRateBp,
      amountCents: c.amountCents,
    }));
    for (const d of facts.depositTenders) sources.push(...(await this.depositCards(d)));
    return sources;
  }

  /**
   * The single-purpose cards among a booking's deposits (what is left of each after its refunds), taken
   * first, up to what the day's tickets used of the deposit. Known limit: a booking whose deposit is used
   * over several days counts its cards again on each day, up to that day's use.
   */
  private async depositCards(d: { bookingId: string; amountCents: number }): Promise<TenderSource[]> {
    const out: TenderSource[] = [];
    let left = d.amountCents;
    for (const p of await this.payments.keptDeposits(d.bookingId)) {
      if (left <= 0) break;
      const voucher = await this.giftCards.depositVoucher(p.paymentId);
      if (voucher?.category !== 'SINGLE_PURPOSE' || voucher.vatRateBp === 0) continue;
      const cents = Math.min(left, p.amountCents - p.refundedCents);
      if (cents <= 0) continue;
      out.push({
        tenderKind: 'DEPOSIT',
        voucherCategory: 'SINGLE_PURPOSE',
        vatRateBp: voucher.vatRateBp,
        amountCents: cents,
      });
      left -= cents;
    }
    return out;
  }
}
