import type { TerminalCheckoutStatus } from '../../gql/graphql';
import { mergeCheckout, panelView } from './terminal-panel';

describe('panelView', () => {
  it.each<[TerminalCheckoutStatus, string, boolean, boolean, boolean, boolean]>([
    // status, tone, in progress, cancel, retry, close
    ['WAITING_FOR_CARD', 'waiting', true, true, false, false],
    ['WAITING_FOR_PIN', 'waiting', true, true, false, false],
    ['PROCESSING', 'waiting', true, false, false, false],
    ['APPROVED', 'success', false, false, false, true],
    ['DECLINED', 'error', false, false, true, true],
    ['CANCELLED', 'neutral', false, false, true, true],
    ['TIMED_OUT', 'neutral', false, false, true, true],
  ])('%s: %s, progress %s, cancel %s, retry %s, close %s', (status, tone, progress, cancel, retry, close) => {
    const view = panelView(status, 'SUMUP');
    expect(view).toMatchObject({
      message: status,
      tone,
      inProgress: progress,
      canCancel: cancel,
      canRetry: retry,
      canClose: close,
      showSimulator: false,
    });
  });

  it('shows the reason only for a declined card', () => {
    expect(panelView('DECLINED', 'SUMUP').showReason).toBe(true);
    expect(panelView('CANCELLED', 'SUMUP').showReason).toBe(false);
    expect(panelView('TIMED_OUT', 'SUMUP').showReason).toBe(false);
  });

  it('offers the virtual terminal in the demo only while the card is awaited', () => {
    expect(panelView('WAITING_FOR_CARD', 'SIMULATED').showSimulator).toBe(true);
    expect(panelView('WAITING_FOR_PIN', 'SIMULATED').showSimulator).toBe(true);
    expect(panelView('PROCESSING', 'SIMULATED').showSimulator).toBe(true);
    expect(panelView('WAITING_FOR_CARD', 'SUMUP').showSimulator).toBe(false);
    for (const status of ['APPROVED', 'DECLINED', 'CANCELLED', 'TIMED_OUT'] as const)
      expect(panelView(status, 'SIMULATED').showSimulator).toBe(false);
  });
});

describe('mergeCheckout', () => {
  const FINAL = new Set(['APPROVED', 'DECLINED', 'CANCELLED', 'TIMED_OUT']);
  const at = (id: string, status: TerminalCheckoutStatus, second: number) => ({
    id,
    status,
    final: FINAL.has(status),
    updatedAt: `2026-11-26T10:00:${String(second).padStart(2, '0')}.000Z`,
  });

  it('takes the first news as is', () => {
    expect(mergeCheckout(null, at('c1', 'WAITING_FOR_PIN', 3))).toEqual(at('c1', 'WAITING_FOR_PIN', 3));
  });

  it('keeps the more recent of two unfinished states, whatever the order they arrive in', () => {
    expect(mergeCheckout(at('c1', 'WAITING_FOR_CARD', 1), at('c1', 'WAITING_FOR_PIN', 3)).status).toBe(
      'WAITING_FOR_PIN',
    );
    expect(mergeCheckout(at('c1', 'WAITING_FOR_PIN', 3), at('c1', 'WAITING_FOR_CARD', 1)).status).toBe(
      'WAITING_FOR_PIN',
    );
  });

  it('never goes back from a final state to an unfinished one, even with a later timestamp', () => {
    expect(mergeCheckout(at('c1', 'DECLINED', 5), at('c1', 'PROCESSING', 9)).status).toBe('DECLINED');
    expect(mergeCheckout(at('c1', 'PROCESSING', 9), at('c1', 'DECLINED', 5)).status).toBe('DECLINED');
  });

  it('lets an approval win over any other state, and nothing replace an approval', () => {
    expect(mergeCheckout(at('c1', 'TIMED_OUT', 9), at('c1', 'APPROVED', 5)).status).toBe('APPROVED');
    expect(mergeCheckout(at('c1', 'APPROVED', 5), at('c1', 'CANCELLED', 9)).status).toBe('APPROVED');
  });

  it('ignores news about another checkout (a previous attempt)', () => {
    expect(mergeCheckout(at('c2', 'WAITING_FOR_CARD', 1), at('c1', 'DECLINED', 9))).toEqual(
      at('c2', 'WAITING_FOR_CARD', 1),
    );
  });
});
