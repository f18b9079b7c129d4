import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { formatEuros, redemptionRefusal } from './domain/refusal.js';
import type { GiftCardEntity } from './gift-card.entities.js';
import { GiftCardCodes } from './gift-card-codes.service.js';
import { GiftCardLedgerRepository } from './gift-card-ledger.repository.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { GiftCardBalanceChangedEvent } from './events/gift-card.events.js';

export interface RedeemRequest {
  code: string;
  amountCents: number;
  saleId?: string | null;
  /** Unique per redemption (the till's tender key): the same click never redeems twice. */
  tenderKey?: string | null;
  reference?: string | null;
  by: string | null;
  now: number;
  /** Where the code and the amount were typed, for the French error's field. */
  fields: { code: string; amountCents: string };
}

export interface Redemption {
  card: GiftCardEntity;
  redeemedCents: number;
  balanceCents: number;
}

/**
 * Spending a card and giving money back to it. The balance moves only through one conditional UPDATE
 * (`balance_cents >= amount AND status = 'ACTIVE' AND expires_at > now`) and its ledger row, in the
 * caller's transaction: concurrent redemptions can never spend more than the balance.
 */
@Injectable()
export class GiftCardRedemptionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: GiftCardRepository,
    private readonly ledger: GiftCardLedgerRepository,
    private readonly codes: GiftCardCodes,
  ) {}

  /** `redeemGiftCard`: a redemption of its own (outside a ticket). */
  redeemNow(r: RedeemRequest): Promise<Redemption> {
    return this.tx.run(async (uow) => {
      const done = await this.redeem(uow.manager, r);
      uow.emit(new GiftCardBalanceChangedEvent(done.card.id, 'REDEEM', -done.redeemedCents));
      return done;
    });
  }

  /** Inside the caller's transaction (the till's paying transaction). */
  async redeem(m: EntityManager, r: RedeemRequest): Promise<Redemption> {
    if (!Number.isInteger(r.amountCents) || r.amountCents <= 0) {
      throw new BadUserInputError(
        'Le montant doit être un nombre entier de centimes, positif.',
        r.fields.amountCents,
      );
    }
    const card = await this.find(m, r.code, r.fields.code);
    const balance = await this.ledger.debit(m, card.id, r.amountCents, new Date(r.now));
    if (balance === null) {
      // Nothing was taken: say why from the card as it is now.
      const current = (await this.repo.byId(m, card.id)) ?? card;
      const refusal = redemptionRefusal(
        {
          status: current.status,
          balanceCents: current.balanceCents,
          expiresAt: current.expiresAt.getTime(),
        },
        r.amountCents,
        r.now,
      );
      throw new BadUserInputError(
        refusal?.message ?? 'Cette carte cadeau ne peut pas servir maintenant.',
        refusal?.field === 'amountCents' ? r.fields.amountCents : r.fields.code,
      );
    }
    await this.repo.insertMovement(m, {
      giftCardId: card.id,
      kind: 'REDEEM',
      amountCents: -r.amountCents,
      balanceAfterCents: balance,
      saleId: r.saleId ?? null,
      tenderKey: r.tenderKey ?? null,
      reference: r.reference ?? null,
      createdBy: r.by,
      occurredAt: new Date(r.now),
    });
    return { card, redeemedCents: r.amountCents, balanceCents: balance };
  }

  /**
   * A credit note of a ticket paid by gift card: `amountCents` goes back to the cards that paid it
   * (never more than each one paid, less what earlier credit notes gave back), in one transaction.
   */
  refundSale(r: {
    saleId: string;
    amountCents: number;
    reason: string;
    by: string | null;
    now: number;
  }): Promise<{ cards: GiftCardEntity[] }> {
    return this.tx.run(async (uow) => {
      const m = uow.manager;
      const open = await this.ledger.refundableOnSale(m, r.saleId);
      const available = open.reduce((s, c) => s + c.refundableCents, 0);
      if (available < r.amountCents) {
        throw new ConflictError(
          available === 0
            ? 'Ce ticket n’a pas été payé par carte cadeau : remboursez par un autre moyen.'
            : `Les cartes cadeaux de ce ticket peuvent recevoir au plus ${formatEuros(available)}.`,
          { availableCents: available },
        );
      }
      let left = r.amountCents;
      const cards: GiftCardEntity[] = [];
      for (const c of open) {
        if (left === 0) break;
        const amount = Math.min(left, c.refundableCents);
        const balance = await this.ledger.credit(m, c.giftCardId, amount);
        if (balance === null) {
          throw new ConflictError(
            'Une carte cadeau de ce ticket est expirée ou annulée : remboursez par un autre moyen.',
          );
        }
        await this.repo.insertMovement(m, {
          giftCardId: c.giftCardId,
          kind: 'REFUND',
          amountCents: amount,
          balanceAfterCents: balance,
          saleId: r.saleId,
          reason: r.reason,
          createdBy: r.by,
          occurredAt: new Date(r.now),
        });
        uow.emit(new GiftCardBalanceChangedEvent(c.giftCardId, 'REFUND', amount));
        cards.push((await this.repo.byId(m, c.giftCardId))!);
        left -= amount;
      }
      return { cards };
    });
  }

  /** The card a typed code names; a typo or an unknown code is refused naming `field`. */
  async find(m: EntityManager, typed: string, field: string): Promise<GiftCardEntity> {
    const code = this.codes.parse(typed, field);
    const card = await this.repo.byHash(m, this.codes.hash(code));
    if (card === null) throw new BadUserInputError('Aucune carte cadeau ne correspond à ce code.', field);
    return card;
  }
}
