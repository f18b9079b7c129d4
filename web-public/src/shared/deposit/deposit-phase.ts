/**
 * The deposit payment's steps as a pure state machine: what the client sees (`DepositPhase`) and
 * what can happen to it (`DepositEvent`). The component only dispatches events; every rule about
 * which step may follow which lives here, with its tests.
 */
import type { CreateDepositPaymentMutation, PaymentMethod } from '../../gql/graphql';

export type DepositCheckout = CreateDepositPaymentMutation['createDepositPayment'];

/** What a client may choose between to pay a deposit online. */
export type OnlineMethod = Extract<PaymentMethod, 'CARD_ONLINE' | 'PAYPAL'>;

export type DepositPhase =
  /** Nothing opened yet: the manage page waits for the client to ask to pay. */
  | { kind: 'idle' }
  /** `createDepositPayment` is on its way. */
  | { kind: 'starting' }
  /** The provider's form is shown. */
  | { kind: 'ready'; checkout: DepositCheckout }
  /** The payment was refused or abandoned: the reason, and a retry. */
  | { kind: 'failed'; reason: string }
  /** The payment could not be opened (network, configuration): the message, and a retry. */
  | { kind: 'error'; message: string }
  /** The provider accepted the payment; the booking's confirmation is awaited. */
  | { kind: 'confirming' }
  /** The booking is confirmed; what the server says was paid for it (`depositPaidCents`). */
  | { kind: 'confirmed'; paidCents: number }
  /** The hold ran out before a payment: the slot is free again. */
  | { kind: 'expired' }
  /** Paid, but the slot was given to someone else meanwhile: the deposit is refunded. */
  | { kind: 'released' };

export type DepositEvent =
  | { type: 'start' }
  | { type: 'opened'; checkout: DepositCheckout }
  | { type: 'openFailed'; message: string }
  /** The server refused to open a payment because a deposit was already taken (another tab, a retry). */
  | { type: 'alreadyPaid' }
  /** The client chose another payment method: a checkout for it is opened. */
  | { type: 'changeMethod' }
  | { type: 'paid' }
  | { type: 'refused'; reason: string }
  | { type: 'holdOver' }
  | { type: 'bookingConfirmed'; paidCents: number }
  | { type: 'bookingReleased' };

/** Phases in which the hold still matters (the countdown is shown, running out ends the payment). */
export function holdCounts(phase: DepositPhase): boolean {
  switch (phase.kind) {
    case 'idle':
    case 'starting':
    case 'ready':
    case 'failed':
    case 'error':
      return true;
    case 'confirming':
    case 'confirmed':
    case 'expired':
    case 'released':
      return false;
  }
}

export function depositReducer(phase: DepositPhase, event: DepositEvent): DepositPhase {
  switch (event.type) {
    case 'start':
      return phase.kind === 'idle' || phase.kind === 'failed' || phase.kind === 'error'
        ? { kind: 'starting' }
        : phase;
    case 'opened':
      return phase.kind === 'starting' ? { kind: 'ready', checkout: event.checkout } : phase;
    case 'openFailed':
      return phase.kind === 'starting' ? { kind: 'error', message: event.message } : phase;
    case 'alreadyPaid':
      return phase.kind === 'starting' ? { kind: 'confirming' } : phase;
    case 'changeMethod':
      return phase.kind === 'ready' || phase.kind === 'failed' || phase.kind === 'error'
        ? { kind: 'starting' }
        : phase;
    case 'paid':
      return phase.kind === 'ready' ? { kind: 'confirming' } : phase;
    case 'refused':
      return phase.kind === 'ready' ? { kind: 'failed', reason: event.reason } : phase;
    case 'holdOver':
      // Once paid, the server decides (a late payment re-takes the slot when it is still free).
      return holdCounts(phase) ? { kind: 'expired' } : phase;
    case 'bookingConfirmed':
      return phase.kind === 'released' ? phase : { kind: 'confirmed', paidCents: event.paidCents };
    case 'bookingReleased':
      if (phase.kind === 'confirming') return { kind: 'released' };
      return holdCounts(phase) ? { kind: 'expired' } : phase;
  }
}

/** The method a checkout takes payment with. */
export function checkoutMethod(checkout: Pick<DepositCheckout, 'provider'>): OnlineMethod {
  return checkout.provider === 'PAYPAL' ? 'PAYPAL' : 'CARD_ONLINE';
}

/**
 * The methods the client chooses between, in the order shown (card first); empty when there is
 * nothing to choose (a single method, or none the site knows how to take).
 */
export function methodChoices(available: readonly PaymentMethod[]): OnlineMethod[] {
  const methods = (['CARD_ONLINE', 'PAYPAL'] as const).filter((method) => available.includes(method));
  return methods.length > 1 ? methods : [];
}

/** Milliseconds left on the hold at `now` (0 once over); null when the booking has no hold. */
export function holdRemainingMs(holdExpiresAt: string | null | undefined, now: number): number | null {
  if (!holdExpiresAt) return null;
  const end = Date.parse(holdExpiresAt);
  if (Number.isNaN(end)) return null;
  return Math.max(0, end - now);
}

/** A countdown as a clock: "14:32", "0:05", "1:02:03" past an hour (seconds rounded up). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** After this many status checks without a confirmation, the client is told it may take a while. */
export const SLOW_CONFIRMATION_POLLS = 20;
/**
 * A booking seen CANCELLED right after a payment may still be confirmed: an expired hold is re-taken
 * by the deposit's confirmation job when its slot is still free. Only after this many checks is
 * the slot considered lost.
 */
export const RELEASED_CONFIRMATION_POLLS = 8;

/** What one status check during `confirming` means, given how many checks saw it cancelled before. */
export function confirmationOutcome(
  status: string | undefined,
  cancelledChecks: number,
): 'confirmed' | 'released' | 'wait' {
  if (status === 'CONFIRMED' || status === 'COMPLETED') return 'confirmed';
  if (status === 'CANCELLED' && cancelledChecks + 1 >= RELEASED_CONFIRMATION_POLLS) return 'released';
  return 'wait';
}
