/** Where a card-terminal checkout stands, from what its provider reports. Pure. */
import type { PaymentStatus } from '../../payment.entities.js';

export const TERMINAL_CHECKOUT_STATUSES = [
  'WAITING_FOR_CARD',
  'WAITING_FOR_PIN',
  'PROCESSING',
  'APPROVED',
  'DECLINED',
  'CANCELLED',
  'TIMED_OUT',
] as const;
export type TerminalCheckoutStatus = (typeof TERMINAL_CHECKOUT_STATUSES)[number];

const FINAL: ReadonlySet<TerminalCheckoutStatus> = new Set([
  'APPROVED',
  'DECLINED',
  'CANCELLED',
  'TIMED_OUT',
]);

export function isFinalTerminalStatus(status: TerminalCheckoutStatus): boolean {
  return FINAL.has(status);
}

/** SumUp reader checkout status (GET …/readers/{id}/checkout/{checkout_id}). */
export type SumUpCheckoutStatus = 'pending' | 'successful' | 'failed' | 'cancelled';

export interface TerminalObservation {
  checkout: SumUpCheckoutStatus;
  /** The reader's screen (GET …/readers/{id}/status `state`), when known; only read while pending. */
  readerState: string | null;
  /** SumUp's `payment_failure_reason`. */
  failureReason: string | null;
}

export interface ObservationContext {
  /** Someone asked to stop the checkout. */
  cancelRequested: boolean;
  /** The checkout's deadline has passed. */
  expired: boolean;
}

/** The reader's screen while a checkout is pending → our status; null when it says nothing new. */
export function statusOfReaderState(state: string | null): TerminalCheckoutStatus | null {
  switch (state ?? '') {
    case 'WAITING_FOR_CARD':
      return 'WAITING_FOR_CARD';
    case 'WAITING_FOR_PIN':
      return 'WAITING_FOR_PIN';
    case 'SELECTING_TIP':
    case 'WAITING_FOR_SIGNATURE':
      return 'PROCESSING';
    default:
      // IDLE (not shown yet, or already done), UPDATING_FIRMWARE, unknown: no news.
      return null;
  }
}

/**
 * What a provider observation means. SumUp reports a checkout stopped with `terminate` as `failed`
 * (callback) or `cancelled` (checkout), so who asked decides: our cancellation → CANCELLED, our
 * deadline or the reader's own timeout → TIMED_OUT, otherwise a failure is a declined card.
 */
export function observedStatus(
  observation: TerminalObservation,
  context: ObservationContext,
): TerminalCheckoutStatus | null {
  switch (observation.checkout) {
    case 'successful':
      return 'APPROVED';
    case 'failed':
      if (context.cancelRequested) return 'CANCELLED';
      return context.expired ? 'TIMED_OUT' : 'DECLINED';
    case 'cancelled':
      if (context.cancelRequested) return 'CANCELLED';
      return context.expired || observation.failureReason === 'timeout' ? 'TIMED_OUT' : 'CANCELLED';
    case 'pending':
      return statusOfReaderState(observation.readerState);
  }
}

/**
 * The status after an observation. A final status stays final, except that an approval wins over
 * anything (the card was charged after all: the money is real); an unfinished one follows the news.
 */
export function nextTerminalStatus(
  current: TerminalCheckoutStatus,
  observed: TerminalCheckoutStatus | null,
): TerminalCheckoutStatus {
  if (observed === null || current === 'APPROVED') return current;
  if (isFinalTerminalStatus(current)) return observed === 'APPROVED' ? 'APPROVED' : current;
  return observed;
}

/** The ledger status a terminal status stands for. */
export function ledgerStatusOf(status: TerminalCheckoutStatus): PaymentStatus {
  switch (status) {
    case 'APPROVED':
      return 'SUCCEEDED';
    case 'DECLINED':
      return 'FAILED';
    case 'CANCELLED':
    case 'TIMED_OUT':
      return 'CANCELLED';
    case 'WAITING_FOR_CARD':
    case 'WAITING_FOR_PIN':
    case 'PROCESSING':
      return 'PENDING';
  }
}

/** The French explanation kept with an unsuccessful checkout. */
export function failureMessage(status: TerminalCheckoutStatus, providerReason: string | null): string | null {
  switch (status) {
    case 'DECLINED':
      return providerReason ? `Carte refusée (${providerReason}).` : 'Carte refusée.';
    case 'CANCELLED':
      return 'Paiement annulé.';
    case 'TIMED_OUT':
      return 'Aucune carte présentée à temps : le paiement a été arrêté sur le terminal.';
    case 'APPROVED':
    case 'PROCESSING':
    case 'WAITING_FOR_CARD':
    case 'WAITING_FOR_PIN':
      return null;
  }
}
