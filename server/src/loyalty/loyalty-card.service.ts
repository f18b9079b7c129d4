import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { affordableRewards, nextReward } from './domain/rewards.js';
import type { LoyaltyCardClientType, PublicLoyaltyCardType } from './dto/loyalty-card.types.js';
import { LoyaltyLedger } from './loyalty-ledger.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

/** A card token as the database draws it: 32 hexadecimal characters (128 random bits). */
const CARD_TOKEN = /^[0-9a-f]{32}$/;

/** The client's loyalty card: shown on the manage-booking page, scanned at the till. */
@Injectable()
export class LoyaltyCardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: LoyaltyRepository,
    private readonly ledger: LoyaltyLedger,
  ) {}

  /** The card of a booking's client (the account is created on first sight); null when the program is off. */
  async publicCard(clientId: string): Promise<PublicLoyaltyCardType | null> {
    const program = await this.repo.program();
    if (!program.enabled) return null;
    const account = await this.tx.run(({ manager: m }) => this.ledger.lockAccount(m, clientId));
    const next = nextReward(program.rewards, account.balance);
    return {
      balance: account.balance,
      tier: account.tier,
      tierName: program.tiers.find((t) => t.code === account.tier)?.name ?? account.tier,
      availableRewards: affordableRewards(program.rewards, account.balance).map((r) => ({
        name: r.name,
        points: r.points,
      })),
      nextReward: next === null ? null : { name: next.name, points: next.points },
      cardToken: account.cardToken,
      qrSvg: await QRCode.toString(account.cardToken, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    };
  }

  /** The client behind a scanned or typed card token (STAFF, to attach her to a ticket). */
  async clientByToken(token: string): Promise<LoyaltyCardClientType> {
    const normalized = token.trim().toLowerCase();
    if (!CARD_TOKEN.test(normalized))
      throw new BadUserInputError('Ce code n’est pas celui d’une carte de fidélité.', 'token');
    const client = await this.repo.clientByCardToken(normalized);
    if (client === null) throw new NotFoundError('Carte de fidélité inconnue.');
    return { clientId: client.id, firstName: client.firstName, lastName: client.lastName };
  }
}
