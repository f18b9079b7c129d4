import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useClient, useQuery, useSubscription } from 'urql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import {
  CheckoutAddSaleLineDocument,
  CheckoutApplyDiscountDocument,
  CheckoutCancelSaleTenderDocument,
  CheckoutOpenSaleDocument,
  CheckoutParkSaleDocument,
  CheckoutPaySaleDocument,
  CheckoutRedeemRewardDocument,
  CheckoutRemoveSaleLineDocument,
  CheckoutSaleDocument,
  CheckoutSaleUpdatedDocument,
  CheckoutSetSaleClientDocument,
  CheckoutUpdateSaleLineDocument,
  type AddSaleLineInput,
  type ApplyDiscountInput,
  type CheckoutSaleFieldsFragment,
  type PaySaleInput,
  type UpdateSaleLineInput,
} from '../../gql/graphql';

export type CheckoutSale = CheckoutSaleFieldsFragment;
export type CheckoutLine = CheckoutSale['lines'][number];

/** The URL parameter holding the open ticket: a reload (or another tab) finds it again. */
export const SALE_PARAM = 'vente';

type SaleMutation<K extends string> = TypedDocumentNode<Record<K, CheckoutSale>, AnyVariables>;

/**
 * The ticket on the screen: read by the id in the URL, kept live by `saleUpdated`, and replaced by
 * each change's answer. Changes are queued and sent one at a time, in the order asked: each one is
 * built when its turn comes, from the ticket as the previous change left it (a card scanned while a
 * line is being added is applied after it, on the same ticket). `busy` is true while changes are
 * waiting; the buttons are disabled by it, so a double click sends one request.
 */
export function useCheckoutSale(tillId: string | undefined) {
  const { t } = useTranslation();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const saleId = params.get(SALE_PARAM);
  const [sale, setSale] = useState<CheckoutSale | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The tail of the queue of changes, and how many are waiting or running. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const waiting = useRef(0);
  /** The ticket the next change works on: the last change's answer, else the one on the screen. */
  const working = useRef<CheckoutSale | null>(null);

  const [loaded] = useQuery({
    query: CheckoutSaleDocument,
    variables: { id: saleId ?? '' },
    pause: saleId === null,
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    if (loaded.data?.sale) setSale(loaded.data.sale);
  }, [loaded.data]);
  useSubscription(
    { query: CheckoutSaleUpdatedDocument, variables: { id: saleId ?? '' }, pause: !saleId },
    (_, r) => {
      setSale(r.saleUpdated);
      return r;
    },
  );

  const current = sale !== null && sale.id === saleId ? sale : null;
  useEffect(() => {
    // While changes are queued, their answers are newer than what the screen shows.
    if (waiting.current === 0) working.current = current;
  }, [current]);

  /** The ticket id in the URL, as the last change set it (a queued change runs after renders). */
  const urlId = useRef(saleId);
  useEffect(() => {
    urlId.current = saleId;
  }, [saleId]);

  const show = useCallback(
    (next: CheckoutSale | null) => {
      const replace = next !== null && next.id === urlId.current;
      working.current = next;
      urlId.current = next?.id ?? null;
      setSale(next);
      setParams(
        (p) => {
          const copy = new URLSearchParams(p);
          if (next === null) copy.delete(SALE_PARAM);
          else copy.set(SALE_PARAM, next.id);
          return copy;
        },
        { replace },
      );
    },
    [setParams],
  );

  /** Queues `change`, run after those asked before it; answers what it answers. */
  const enqueue = useCallback(<T>(change: () => Promise<T>): Promise<T> => {
    waiting.current += 1;
    setBusy(true);
    const done = queue.current.then(change).finally(() => {
      waiting.current -= 1;
      if (waiting.current === 0) setBusy(false);
    });
    queue.current = done.catch(() => undefined);
    return done;
  }, []);

  /** Sends one change now; answers the ticket, or null with the server's French message shown. */
  const send = useCallback(
    async <K extends string>(
      document: SaleMutation<K>,
      field: K,
      input: Record<string, unknown>,
    ): Promise<CheckoutSale | null> => {
      setError(null);
      const result = await client.mutation(document, { input }).toPromise();
      if (result.error) {
        setError(
          errorMessage(result.error, {
            network: t('checkout.network'),
            unexpected: t('checkout.unexpected'),
          }),
        );
        return null;
      }
      const next = result.data?.[field] ?? null;
      if (next !== null) show(next);
      return next;
    },
    [client, show, t],
  );

  /** The open ticket the change works on, opened on first need (inside a queued change). */
  const ensure = useCallback(async (): Promise<CheckoutSale | null> => {
    const open = working.current;
    if (open !== null && open.status !== 'COMPLETED') return open;
    if (tillId === undefined) return null;
    return send(CheckoutOpenSaleDocument as SaleMutation<'openSale'>, 'openSale', { tillId });
  }, [send, tillId]);

  /** Queues a change on the ticket being worked on; nothing (null) when there is none. */
  const onTicket = useCallback(
    <K extends string>(
      document: SaleMutation<K>,
      field: K,
      input: (ticket: CheckoutSale) => Record<string, unknown>,
      { open = false }: { open?: boolean } = {},
    ): Promise<CheckoutSale | null> =>
      enqueue(async () => {
        const ticket = open ? await ensure() : working.current;
        return ticket === null ? null : send(document, field, input(ticket));
      }),
    [enqueue, ensure, send],
  );

  const actions = {
    openFromBooking: (bookingId: string) =>
      tillId === undefined
        ? Promise.resolve(null)
        : enqueue(() =>
            send(CheckoutOpenSaleDocument as SaleMutation<'openSale'>, 'openSale', { tillId, bookingId }),
          ),
    addLine: (input: Omit<AddSaleLineInput, 'saleId'>) =>
      onTicket(
        CheckoutAddSaleLineDocument as SaleMutation<'addSaleLine'>,
        'addSaleLine',
        (ticket) => ({ ...input, saleId: ticket.id }),
        { open: true },
      ),
    updateLine: (input: UpdateSaleLineInput) =>
      enqueue(() =>
        send(CheckoutUpdateSaleLineDocument as SaleMutation<'updateSaleLine'>, 'updateSaleLine', {
          ...input,
        }),
      ),
    removeLine: (lineId: string) =>
      enqueue(() =>
        send(CheckoutRemoveSaleLineDocument as SaleMutation<'removeSaleLine'>, 'removeSaleLine', {
          lineId,
        }),
      ),
    discount: (input: Omit<ApplyDiscountInput, 'saleId'>) =>
      onTicket(CheckoutApplyDiscountDocument as SaleMutation<'applyDiscount'>, 'applyDiscount', (ticket) => ({
        ...input,
        saleId: ticket.id,
      })),
    setClient: (clientId: string | null) =>
      onTicket(
        CheckoutSetSaleClientDocument as SaleMutation<'setSaleClient'>,
        'setSaleClient',
        (ticket) => ({ saleId: ticket.id, clientId }),
        { open: true },
      ),
    /** A loyalty reward on the ticket; the caller has had the client's consent ticked. */
    redeemReward: (rewardCode: string) =>
      onTicket(CheckoutRedeemRewardDocument as SaleMutation<'redeemReward'>, 'redeemReward', (ticket) => ({
        saleId: ticket.id,
        rewardCode,
        clientConsent: true,
      })),
    pay: (input: Omit<PaySaleInput, 'saleId' | 'idempotencyKey'>) =>
      onTicket(CheckoutPaySaleDocument as SaleMutation<'paySale'>, 'paySale', (ticket) => ({
        ...input,
        saleId: ticket.id,
        idempotencyKey: crypto.randomUUID(),
      })),
    cancelTender: (tenderId: string) =>
      onTicket(
        CheckoutCancelSaleTenderDocument as SaleMutation<'cancelSaleTender'>,
        'cancelSaleTender',
        (ticket) => ({ saleId: ticket.id, tenderId }),
      ),
    park: () =>
      enqueue(async () => {
        const ticket = working.current;
        if (ticket === null) return null;
        const parked = await send(CheckoutParkSaleDocument as SaleMutation<'parkSale'>, 'parkSale', {
          saleId: ticket.id,
        });
        if (parked !== null) show(null);
        return parked;
      }),
    resume: (id: string) => {
      setError(null);
      setParams((p) => {
        const copy = new URLSearchParams(p);
        copy.set(SALE_PARAM, id);
        return copy;
      });
    },
    clear: () => {
      setError(null);
      show(null);
    },
  };

  return {
    sale: current,
    loading: saleId !== null && current === null && loaded.fetching,
    loadError: loaded.error,
    error,
    dismissError: () => setError(null),
    busy,
    ...actions,
  };
}

export type CheckoutState = ReturnType<typeof useCheckoutSale>;
