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
 * each change's answer. One change at a time (`busy`): a double click sends one request.
 */
export function useCheckoutSale(tillId: string | undefined) {
  const { t } = useTranslation();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const saleId = params.get(SALE_PARAM);
  const [sale, setSale] = useState<CheckoutSale | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

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

  const show = useCallback(
    (next: CheckoutSale | null) => {
      setSale(next);
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next === null) copy.delete(SALE_PARAM);
          else copy.set(SALE_PARAM, next.id);
          return copy;
        },
        { replace: next !== null && next.id === saleId },
      );
    },
    [setParams, saleId],
  );

  /** Runs one change; answers the ticket, or null with the server's French message shown. */
  const run = useCallback(
    async <K extends string>(
      document: SaleMutation<K>,
      field: K,
      input: Record<string, unknown>,
    ): Promise<CheckoutSale | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      setError(null);
      try {
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
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [client, show, t],
  );

  const current = sale !== null && sale.id === saleId ? sale : null;

  /** The open ticket, opened on first need. */
  const ensure = useCallback(async (): Promise<CheckoutSale | null> => {
    if (current !== null && current.status !== 'COMPLETED') return current;
    if (tillId === undefined) return null;
    return run(CheckoutOpenSaleDocument as SaleMutation<'openSale'>, 'openSale', { tillId });
  }, [current, run, tillId]);

  const actions = {
    openFromBooking: (bookingId: string) =>
      tillId === undefined
        ? Promise.resolve(null)
        : run(CheckoutOpenSaleDocument as SaleMutation<'openSale'>, 'openSale', { tillId, bookingId }),
    addLine: async (input: Omit<AddSaleLineInput, 'saleId'>) => {
      const open = await ensure();
      if (open === null) return null;
      return run(CheckoutAddSaleLineDocument as SaleMutation<'addSaleLine'>, 'addSaleLine', {
        ...input,
        saleId: open.id,
      });
    },
    updateLine: (input: UpdateSaleLineInput) =>
      run(CheckoutUpdateSaleLineDocument as SaleMutation<'updateSaleLine'>, 'updateSaleLine', { ...input }),
    removeLine: (lineId: string) =>
      run(CheckoutRemoveSaleLineDocument as SaleMutation<'removeSaleLine'>, 'removeSaleLine', { lineId }),
    discount: (input: Omit<ApplyDiscountInput, 'saleId'>) =>
      current === null
        ? Promise.resolve(null)
        : run(CheckoutApplyDiscountDocument as SaleMutation<'applyDiscount'>, 'applyDiscount', {
            ...input,
            saleId: current.id,
          }),
    setClient: async (clientId: string | null) => {
      const open = await ensure();
      if (open === null) return null;
      return run(CheckoutSetSaleClientDocument as SaleMutation<'setSaleClient'>, 'setSaleClient', {
        saleId: open.id,
        clientId,
      });
    },
    /** A loyalty reward on the ticket; the caller has had the client's consent ticked. */
    redeemReward: (rewardCode: string) =>
      current === null
        ? Promise.resolve(null)
        : run(CheckoutRedeemRewardDocument as SaleMutation<'redeemReward'>, 'redeemReward', {
            saleId: current.id,
            rewardCode,
            clientConsent: true,
          }),
    pay: (input: Omit<PaySaleInput, 'saleId' | 'idempotencyKey'>) =>
      current === null
        ? Promise.resolve(null)
        : run(CheckoutPaySaleDocument as SaleMutation<'paySale'>, 'paySale', {
            ...input,
            saleId: current.id,
            idempotencyKey: crypto.randomUUID(),
          }),
    cancelTender: (tenderId: string) =>
      current === null
        ? Promise.resolve(null)
        : run(CheckoutCancelSaleTenderDocument as SaleMutation<'cancelSaleTender'>, 'cancelSaleTender', {
            saleId: current.id,
            tenderId,
          }),
    park: async () => {
      if (current === null) return null;
      const parked = await run(CheckoutParkSaleDocument as SaleMutation<'parkSale'>, 'parkSale', {
        saleId: current.id,
      });
      if (parked !== null) show(null);
      return parked;
    },
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
