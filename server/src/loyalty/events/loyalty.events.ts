/**
 * Emitted in the transaction that moved the points (the accrual of a ticket, a referral paid, the
 * birthday bonus): the notification
 * module plans the e-mail and SMS in that same transaction, so a message exists if and only if the
 * points were really earned. `dedupeKey` makes a redelivered job plan nothing twice.
 */
export type LoyaltyMilestone =
  'REWARD_AVAILABLE' | 'TIER_REACHED' | 'REFERRAL_REFERRER' | 'REFERRAL_REFERRED' | 'BIRTHDAY_BONUS';

export class LoyaltyMilestoneEvent {
  static readonly eventName = 'loyalty.milestone';
  readonly eventName = LoyaltyMilestoneEvent.eventName;
  constructor(
    readonly clientId: string,
    /**
     * A reward's threshold crossed, a higher tier reached, the referral bonus (to the referrer, or to
     * the referred client on her first paid visit), or the birthday bonus.
     */
    readonly milestone: LoyaltyMilestone,
    readonly dedupeKey: string,
  ) {}
}
