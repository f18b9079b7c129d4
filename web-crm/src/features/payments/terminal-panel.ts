/**
 * What the desk sees while a card terminal handles a payment: one view per checkout status (message,
 * tone, which actions are offered), and how news about a checkout is merged. Pure: messages are i18n
 * keys under `payments.terminal`.
 */
import type { TerminalCheckoutStatus, TerminalProvider } from '../../gql/graphql';

export type PanelTone = 'waiting' | 'success' | 'error' | 'neutral';

export interface PanelView {
  /** i18n key under `payments.terminal.state`. */
  message: TerminalCheckoutStatus;
  tone: PanelTone;
  /** A card may still be presented: show a progress indicator. */
  inProgress: boolean;
  /** "Annuler sur le terminal". */
  canCancel: boolean;
  /** "Réessayer" (a new checkout with the same amount on the same reader). */
  canRetry: boolean;
  /** The dialog may be closed (nothing is pending on the reader). */
  canClose: boolean;
  /** Demo: the virtual terminal's "Accepter la carte" / "Refuser la carte". */
  showSimulator: boolean;
  /** Show the provider's reason (declined card). */
  showReason: boolean;
}

export function panelView(status: TerminalCheckoutStatus, provider: TerminalProvider): PanelView {
  const simulated = provider === 'SIMULATED';
  switch (status) {
    case 'WAITING_FOR_CARD':
    case 'WAITING_FOR_PIN':
      return {
        message: status,
        tone: 'waiting',
        inProgress: true,
        canCancel: true,
        canRetry: false,
        canClose: false,
        showSimulator: simulated,
        showReason: false,
      };
    case 'PROCESSING':
      // The card is being charged: stopping now could leave the client charged without a record.
      return {
        message: status,
        tone: 'waiting',
        inProgress: true,
        canCancel: false,
        canRetry: false,
        canClose: false,
        showSimulator: simulated,
        showReason: false,
      };
    case 'APPROVED':
      return {
        message: status,
        tone: 'success',
        inProgress: false,
        canCancel: false,
        canRetry: false,
        canClose: true,
        showSimulator: false,
        showReason: false,
      };
    case 'DECLINED':
      return {
        message: status,
        tone: 'error',
        inProgress: false,
        canCancel: false,
        canRetry: true,
        canClose: true,
        showSimulator: false,
        showReason: true,
      };
    case 'CANCELLED':
    case 'TIMED_OUT':
      return {
        message: status,
        tone: 'neutral',
        inProgress: false,
        canCancel: false,
        canRetry: true,
        canClose: true,
        showSimulator: false,
        showReason: false,
      };
  }
}

export interface CheckoutNews {
  id: string;
  status: TerminalCheckoutStatus;
  final: boolean;
  updatedAt: string;
}

/**
 * The checkout to show once `incoming` arrives (from the subscription or the one-off read, in any
 * order): another checkout's news is ignored; a final state is never replaced by an unfinished one,
 * except that an approval always wins (the card was charged); otherwise the more recent one is kept.
 */
export function mergeCheckout<T extends CheckoutNews>(current: T | null, incoming: T): T {
  if (current === null) return incoming;
  if (incoming.id !== current.id) return current;
  if (current.status === 'APPROVED') return current;
  if (incoming.status === 'APPROVED') return incoming;
  if (current.final && !incoming.final) return current;
  if (!current.final && incoming.final) return incoming;
  return Date.parse(incoming.updatedAt) >= Date.parse(current.updatedAt) ? incoming : current;
}
