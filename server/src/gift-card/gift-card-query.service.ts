import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/errors.js';
import { formatCode, parseCode } from './domain/gift-card-code.js';
import { GiftCardAttempts } from './gift-card-attempts.service.js';
import type { GiftCardEntity, GiftCardMovementEntity, GiftCardStatus } from './gift-card.entities.js';
import { GiftCardCodes } from './gift-card-codes.service.js';
import { GiftCardRedemptionService } from './gift-card-redemption.service.js';
import { GiftCardRepository } from './gift-card.repository.js';

export interface GiftCardView {
  card: GiftCardEntity;
  movements: GiftCardMovementEntity[];
}

export { BALANCE_CHECKS_PER_MINUTE } from './gift-card-attempts.service.js';
const GENERIC_NOT_FOUND = 'Carte cadeau introuvable : vérifiez le code.';

/** Reading cards: staff by code or list, the public balance (rate-limited, generic answers). */
@Injectable()
export class GiftCardQueryService {
  constructor(
    private readonly repo: GiftCardRepository,
    private readonly codes: GiftCardCodes,
    private readonly redemption: GiftCardRedemptionService,
    private readonly attempts: GiftCardAttempts,
  ) {}

  async byCode(typed: string): Promise<GiftCardView> {
    const m = this.repo.manager();
    const card = await this.redemption.find(m, typed, 'code');
    return { card, movements: await this.repo.movements(m, [card.id]) };
  }

  /** `giftCardById`: the CRM's detail page. */
  async byId(id: string): Promise<GiftCardView> {
    const m = this.repo.manager();
    const card = await this.repo.byId(m, id);
    if (card === null) throw new NotFoundError('Carte cadeau introuvable.');
    return { card, movements: await this.repo.movements(m, [card.id]) };
  }

  /** `GiftCard.saleNumber`: the ticket n° of the till sale that sold a card. */
  saleNumber(saleId: string): Promise<number | null> {
    return this.repo.saleNumber(this.repo.manager(), saleId);
  }

  /** `giftCardCounts`: the number beside each filter of the CRM's list. */
  counts(): Promise<Record<GiftCardStatus, number> & { partlyUsed: number }> {
    return this.repo.statusCounts(this.repo.manager());
  }

  async list(
    filter: { statuses?: GiftCardStatus[] | null; partlyUsed?: boolean | null; last4?: string | null },
    offset: number,
    limit: number,
  ): Promise<{ items: GiftCardView[]; total: number }> {
    const m = this.repo.manager();
    const { items, total } = await this.repo.list(m, {
      statuses: filter.statuses?.length ? filter.statuses : null,
      partlyUsed: filter.partlyUsed === true,
      last4: filter.last4 ? filter.last4.toUpperCase() : null,
      offset,
      limit,
    });
    const movements = await this.repo.movements(
      m,
      items.map((c) => c.id),
    );
    return {
      items: items.map((card) => ({ card, movements: movements.filter((mv) => mv.giftCardId === card.id) })),
      total,
    };
  }

  /**
   * `giftCardBalance` (public): the balance and the expiry, nothing else. Every attempt counts against
   * the caller's IP and the code's first four symbols, before anything is looked up; a wrong code, a
   * typo and a card that cannot be used all get the same answer.
   */
  async publicBalance(typed: string, ip: string): Promise<{ balanceCents: number; expiresAt: Date }> {
    await this.attempts.count(typed, ip);
    const parsed = parseCode(typed);
    if (!parsed.ok) throw new NotFoundError(GENERIC_NOT_FOUND);
    const card = await this.repo.byHash(this.repo.manager(), this.codes.hash(parsed.code));
    if (card === null || card.status === 'PENDING_PAYMENT' || card.status === 'CANCELLED') {
      throw new NotFoundError(GENERIC_NOT_FOUND);
    }
    return { balanceCents: card.balanceCents, expiresAt: card.expiresAt };
  }

  /** The cards a ticket sold, with their codes for the till to print (unsealed from the ticket's lines). */
  async soldOnSale(saleId: string): Promise<{ view: GiftCardView; code: string | null }[]> {
    const m = this.repo.manager();
    const cards = await this.repo.bySale(m, saleId);
    const sealed = await this.repo.sealedCodes(m, [
      ...new Set(cards.map((c) => c.saleLineId).filter((id): id is string => id !== null)),
    ]);
    const movements = await this.repo.movements(
      m,
      cards.map((c) => c.id),
    );
    return cards.map((card) => {
      const s = sealed.get(card.id);
      const code = s === undefined ? null : this.codes.unseal(s);
      return {
        view: { card, movements: movements.filter((mv) => mv.giftCardId === card.id) },
        code: code === null ? null : formatCode(code),
      };
    });
  }
}
