import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { BookingRepository } from './booking.repository.js';
import { looksLikeManageToken, manageToken, manageTokenHash } from './domain/booking-codes.js';

export const MANAGE_TOKEN_SECRET = Symbol('MANAGE_TOKEN_SECRET');
export const MANAGE_TOKEN_VERSION = 1;
/** A manage link works until this long after the appointment ends. */
export const MANAGE_TOKEN_DAYS_AFTER_END = 30;

/** The client's manage links: derived from the booking id (never stored), looked up by their hash. */
@Injectable()
export class ManageTokenService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: BookingRepository,
    @Inject(MANAGE_TOKEN_SECRET) private readonly secret: Buffer,
  ) {}

  tokenFor(bookingId: string): string {
    return manageToken(this.secret, bookingId, MANAGE_TOKEN_VERSION);
  }

  /** When a booking ending at `end` (epoch ms) stops answering to its link. */
  expiresAt(end: number): Date {
    return new Date(end + MANAGE_TOKEN_DAYS_AFTER_END * 86_400_000);
  }

  /**
   * The booking behind a token the caller sent in `field`: a malformed token is the input's fault, an
   * unknown or expired one is not found.
   */
  async bookingId(token: string, field: string, now = Date.now()): Promise<string> {
    if (!looksLikeManageToken(token))
      throw new BadUserInputError('Ce lien de gestion est incomplet ou invalide.', field);
    const id = await this.repo.idForManageTokenHash(this.db.manager, manageTokenHash(token), now);
    if (id === null) throw new NotFoundError('Ce lien de gestion n’est plus valide. Contactez l’institut.');
    return id;
  }
}
