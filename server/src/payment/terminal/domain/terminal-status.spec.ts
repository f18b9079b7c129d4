import {
  isFinalTerminalStatus,
  ledgerStatusOf,
  nextTerminalStatus,
  observedStatus,
  statusOfReaderState,
  TERMINAL_CHECKOUT_STATUSES,
  type TerminalCheckoutStatus,
  type TerminalObservation,
} from './terminal-status.js';

const none = { cancelRequested: false, expired: false };

describe('terminal checkout status', () => {
  it.each([
    ['WAITING_FOR_CARD', 'WAITING_FOR_CARD'],
    ['WAITING_FOR_PIN', 'WAITING_FOR_PIN'],
    ['WAITING_FOR_SIGNATURE', 'PROCESSING'],
    ['SELECTING_TIP', 'PROCESSING'],
    ['IDLE', null],
    ['UPDATING_FIRMWARE', null],
    [null, null],
  ])('reader state %s → %s', (state, expected) => {
    expect(statusOfReaderState(state)).toBe(expected);
  });

  it.each<
    [TerminalObservation, { cancelRequested: boolean; expired: boolean }, TerminalCheckoutStatus | null]
  >([
    [{ checkout: 'successful', readerState: null, failureReason: null }, none, 'APPROVED'],
    [
      { checkout: 'successful', readerState: null, failureReason: null },
      { cancelRequested: true, expired: true },
      'APPROVED',
    ],
    [{ checkout: 'failed', readerState: null, failureReason: 'declined' }, none, 'DECLINED'],
    [
      { checkout: 'failed', readerState: null, failureReason: null },
      { cancelRequested: true, expired: false },
      'CANCELLED',
    ],
    [
      { checkout: 'failed', readerState: null, failureReason: null },
      { cancelRequested: false, expired: true },
      'TIMED_OUT',
    ],
    [
      { checkout: 'cancelled', readerState: null, failureReason: 'terminated' },
      { cancelRequested: true, expired: false },
      'CANCELLED',
    ],
    [
      { checkout: 'cancelled', readerState: null, failureReason: 'terminated' },
      { cancelRequested: false, expired: true },
      'TIMED_OUT',
    ],
    [{ checkout: 'cancelled', readerState: null, failureReason: 'timeout' }, none, 'TIMED_OUT'],
    [{ checkout: 'cancelled', readerState: null, failureReason: null }, none, 'CANCELLED'],
    [{ checkout: 'pending', readerState: 'WAITING_FOR_PIN', failureReason: null }, none, 'WAITING_FOR_PIN'],
    [{ checkout: 'pending', readerState: 'IDLE', failureReason: null }, none, null],
  ])('SumUp %o with %o → %s', (observation, context, expected) => {
    expect(observedStatus(observation, context)).toBe(expected);
  });

  it('knows which statuses are final', () => {
    expect(TERMINAL_CHECKOUT_STATUSES.filter(isFinalTerminalStatus)).toEqual([
      'APPROVED',
      'DECLINED',
      'CANCELLED',
      'TIMED_OUT',
    ]);
  });

  it.each<[TerminalCheckoutStatus, TerminalCheckoutStatus | null, TerminalCheckoutStatus]>([
    ['WAITING_FOR_CARD', null, 'WAITING_FOR_CARD'],
    ['WAITING_FOR_CARD', 'WAITING_FOR_PIN', 'WAITING_FOR_PIN'],
    ['WAITING_FOR_PIN', 'WAITING_FOR_CARD', 'WAITING_FOR_CARD'],
    ['PROCESSING', 'APPROVED', 'APPROVED'],
    ['WAITING_FOR_CARD', 'TIMED_OUT', 'TIMED_OUT'],
    // final stays final…
    ['DECLINED', 'WAITING_FOR_PIN', 'DECLINED'],
    ['CANCELLED', 'DECLINED', 'CANCELLED'],
    ['APPROVED', 'DECLINED', 'APPROVED'],
    ['APPROVED', 'CANCELLED', 'APPROVED'],
    // …except that a charge the provider confirms wins
    ['TIMED_OUT', 'APPROVED', 'APPROVED'],
    ['CANCELLED', 'APPROVED', 'APPROVED'],
  ])('%s then %s → %s', (current, observed, expected) => {
    expect(nextTerminalStatus(current, observed)).toBe(expected);
  });

  it.each<[TerminalCheckoutStatus, string]>([
    ['WAITING_FOR_CARD', 'PENDING'],
    ['WAITING_FOR_PIN', 'PENDING'],
    ['PROCESSING', 'PENDING'],
    ['APPROVED', 'SUCCEEDED'],
    ['DECLINED', 'FAILED'],
    ['CANCELLED', 'CANCELLED'],
    ['TIMED_OUT', 'CANCELLED'],
  ])('%s is %s in the ledger', (status, ledger) => {
    expect(ledgerStatusOf(status)).toBe(ledger);
  });
});
