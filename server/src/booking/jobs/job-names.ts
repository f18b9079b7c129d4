/** The jobs of the `booking` queue (written to the outbox in the transaction that needs them). */
export const EXPIRE_PENDING_BOOKING = 'expire-pending-booking';
export const REFUND_DEPOSIT_AFTER_CANCEL = 'refund-deposit-after-cancel';
