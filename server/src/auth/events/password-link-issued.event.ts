import type { DomainEvent } from '../../common/transaction/unit-of-work.js';
import type { PasswordLinkPurpose } from '../password-link.entity.js';

/**
 * A link to set a password was made (forgotten password or invitation). It carries the token itself,
 * in memory only, so the listener can put it in the e-mail: the database keeps only its hash.
 */
export class PasswordLinkIssuedEvent implements DomainEvent {
  static readonly eventName = 'auth.password-link-issued';
  readonly eventName = PasswordLinkIssuedEvent.eventName;

  constructor(
    readonly link: {
      userId: string;
      email: string;
      firstName: string;
      purpose: PasswordLinkPurpose;
      token: string;
      expiresAt: Date;
      /** Who invited (INVITATION only). */
      invitedBy: string | null;
    },
  ) {}
}
