/** The jobs of the `booking` queue (written to the outbox in the transaction that needs them). */
export const EXPIRE_PENDING_BOOKING = 'expire-pending-booking';
export const REFUND_DEPOSIT_AFTER_CANCEL = 'refund-deposit-after-cancel';
/**
 * Outbox job (queue `booking`, payload `{ bookingId, markedAt }`) written when a booking is marked
 * no-show: the books keep what its deposits paid (ACCOUNTING.md case 6b).
 */
export const BOOKING_NO_SHOW_JOB = 'booking.no-show';
