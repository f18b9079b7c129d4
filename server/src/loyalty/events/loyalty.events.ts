/**
 * Emitted in the transaction that moved the points (the accrual of a ticket): the notification
 * module plans the e-mail and SMS in that same transaction, so a message exists if and only if the
 * points were really earned. `dedupeKey` makes a redelivered job plan nothing twice.
 */
export class LoyaltyMilestoneEvent {
  static readonly eventName = 'loyalty.milestone';
  readonly eventName = LoyaltyMilestoneEvent.eventName;
  constructor(
    readonly clientId: string,
    /** A reward's threshold crossed, or a higher tier reached. */
    readonly milestone: 'REWARD_AVAILABLE' | 'TIER_REACHED',
    readonly dedupeKey: string,
  ) {}
}
