import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { groupSumUpPayouts, type GroupedPayout, type SumUpPayoutRecord } from '../payouts/sumup-payouts.js';
import { APIError, SumUp } from './sumup-sdk.js';

export interface SumUpCredentials {
  apiKey: string;
  merchantCode: string;
}

export interface SumUpReader {
  id: string;
  name: string;
  /** unknown | processing | paired | expired */
  status: string;
  serial: string | null;
  model: string | null;
}

export interface SumUpReaderStatus {
  status: 'ONLINE' | 'OFFLINE';
  /** IDLE, WAITING_FOR_CARD, WAITING_FOR_PIN… (absent on old firmware) */
  state: string | null;
  batteryLevel: number | null;
}

export interface SumUpReaderCheckout {
  checkoutId: string;
  clientTransactionId: string;
  status: 'pending' | 'successful' | 'failed' | 'cancelled';
  failureReason: string | null;
  amountMinor: number;
  currency: string;
}

/** Why SumUp refused, reduced to what the application decides on. */
export type SumUpFailureKind =
  'READER_BUSY' | 'READER_OFFLINE' | 'NOT_FOUND' | 'UNAUTHORIZED' | 'INVALID' | 'UNAVAILABLE';

/**
 * A SumUp refusal or outage. Carries the HTTP status and SumUp's own words, never the request (so
 * never the API key), and is safe to log.
 */
export class SumUpGatewayError extends Error {
  constructor(
    readonly kind: SumUpFailureKind,
    readonly status: number | null,
    detail: string,
  ) {
    super(detail);
    this.name = 'SumUpGatewayError';
  }
}

const text = (...values: unknown[]): string => {
  const found = values.find((v) => typeof v === 'string' && v !== '');
  return typeof found === 'string' ? found : 'no detail';
};

/** What a SumUp error body says, whichever of its three error shapes it uses. */
function describe(body: unknown): { type: string | null; detail: string } {
  if (typeof body === 'string') return { type: null, detail: body.slice(0, 300) };
  if (body === null || typeof body !== 'object') return { type: null, detail: 'no detail' };
  const b = body as Record<string, unknown>;
  if (b.errors && typeof b.errors === 'object') {
    const e = b.errors as Record<string, unknown>;
    if (typeof e.type === 'string') return { type: e.type, detail: text(e.detail, e.type) };
    return { type: 'VALIDATION', detail: JSON.stringify(e).slice(0, 300) };
  }
  if (typeof b.error_code === 'string') {
    return { type: b.error_code, detail: text(b.message, b.error_message, b.error_code) };
  }
  if (typeof b.detail === 'string' || typeof b.title === 'string') {
    return { type: null, detail: text(b.detail, b.title) };
  }
  return { type: null, detail: JSON.stringify(b).slice(0, 300) };
}

export function toGatewayError(error: unknown): SumUpGatewayError {
  if (error instanceof SumUpGatewayError) return error;
  if (error instanceof APIError) {
    const { type, detail } = describe(error.error);
    const kind: SumUpFailureKind =
      type === 'READER_BUSY'
        ? 'READER_BUSY'
        : type === 'READER_OFFLINE'
          ? 'READER_OFFLINE'
          : error.status === 401 || error.status === 403
            ? 'UNAUTHORIZED'
            : error.status === 404
              ? 'NOT_FOUND'
              : error.status >= 500 || error.status === 429 || error.status === 408
                ? 'UNAVAILABLE'
                : 'INVALID';
    return new SumUpGatewayError(kind, error.status, detail);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SumUpGatewayError('UNAVAILABLE', null, message.slice(0, 300));
}

interface RawReader {
  id: string;
  name: string;
  status: string;
  device?: { identifier?: string; model?: string };
}

/**
 * SumUp's Readers (Solo card terminals) and Transactions APIs through the official `@sumup/sdk`; the
 * API host comes from SUMUP_API_URL (tests: the local fake). Every failure becomes a
 * `SumUpGatewayError`.
 */
@Injectable()
export class SumUpGateway {
  private readonly clients = new Map<string, SumUp>();

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  private client(apiKey: string): SumUp {
    let client = this.clients.get(apiKey);
    if (client === undefined) {
      client = new SumUp({ apiKey, host: this.config.sumupApiUrl.replace(/\/$/, ''), timeout: 15_000 });
      this.clients.set(apiKey, client);
    }
    return client;
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  pairReader(c: SumUpCredentials, pairingCode: string, name: string): Promise<SumUpReader> {
    return this.call(async () =>
      toReader(
        (await this.client(c.apiKey).readers.create(c.merchantCode, {
          pairing_code: pairingCode,
          name,
        })) as RawReader,
      ),
    );
  }

  listReaders(c: SumUpCredentials): Promise<SumUpReader[]> {
    return this.call(async () => {
      const listed: { items: RawReader[] } = await this.client(c.apiKey).readers.list(c.merchantCode);
      const { items } = listed;
      return items.map(toReader);
    });
  }

  renameReader(c: SumUpCredentials, readerId: string, name: string): Promise<SumUpReader> {
    return this.call(async () =>
      toReader((await this.client(c.apiKey).readers.update(c.merchantCode, readerId, { name })) as RawReader),
    );
  }

  deleteReader(c: SumUpCredentials, readerId: string): Promise<void> {
    return this.call(() => this.client(c.apiKey).readers.delete(c.merchantCode, readerId));
  }

  readerStatus(c: SumUpCredentials, readerId: string): Promise<SumUpReaderStatus> {
    return this.call(async () => {
      const { data } = (await this.client(c.apiKey).readers.getStatus(c.merchantCode, readerId)) as {
        data: { status: 'ONLINE' | 'OFFLINE'; state?: string; battery_level?: number };
      };
      return { status: data.status, state: data.state ?? null, batteryLevel: data.battery_level ?? null };
    });
  }

  createCheckout(
    c: SumUpCredentials,
    readerId: string,
    input: { amountCents: number; currency: string; description: string | null; returnUrl: string },
  ): Promise<{ checkoutId: string; clientTransactionId: string }> {
    return this.call(async () => {
      const { data } = (await this.client(c.apiKey).readers.createCheckout(c.merchantCode, readerId, {
        total_amount: { currency: input.currency, minor_unit: 2, value: input.amountCents },
        ...(input.description ? { description: input.description } : {}),
        return_url: input.returnUrl,
      })) as { data: { checkout_id?: string; client_transaction_id: string } };
      if (typeof data.checkout_id !== 'string') {
        // Without it the checkout cannot be fetched again: stop it rather than lose track of it.
        await this.client(c.apiKey)
          .readers.terminateCheckout(c.merchantCode, readerId)
          .catch(() => undefined);
        throw new SumUpGatewayError('UNAVAILABLE', null, 'SumUp answered without a checkout id');
      }
      return { checkoutId: data.checkout_id, clientTransactionId: data.client_transaction_id };
    });
  }

  getCheckout(c: SumUpCredentials, readerId: string, checkoutId: string): Promise<SumUpReaderCheckout> {
    return this.call(async () => {
      const { data } = (await this.client(c.apiKey).readers.getCheckout(
        c.merchantCode,
        readerId,
        checkoutId,
      )) as {
        data: {
          checkout_id: string;
          client_transaction_id: string;
          status: SumUpReaderCheckout['status'];
          payment_failure_reason?: string | null;
          total_amount: { value: number; currency: string };
        };
      };
      return {
        checkoutId: data.checkout_id,
        clientTransactionId: data.client_transaction_id,
        status: data.status,
        failureReason: data.payment_failure_reason ?? null,
        amountMinor: data.total_amount.value,
        currency: data.total_amount.currency,
      };
    });
  }

  /** Stops what the reader is doing for a checkout. SumUp gives no confirmation: re-fetch after. */
  terminate(c: SumUpCredentials, readerId: string): Promise<void> {
    return this.call(() => this.client(c.apiKey).readers.terminateCheckout(c.merchantCode, readerId));
  }

  /**
   * Refunds (part of) the transaction a reader checkout produced. SumUp refunds by transaction id,
   * which the reader checkout does not carry: it is looked up by client transaction id first.
   */
  refund(
    c: SumUpCredentials,
    clientTransactionId: string,
    amountCents: number,
  ): Promise<{ transactionId: string }> {
    return this.call(async () => {
      const client = this.client(c.apiKey);
      const transaction = (await client.transactions.get(c.merchantCode, {
        client_transaction_id: clientTransactionId,
      })) as { id?: string };
      if (typeof transaction.id !== 'string') {
        throw new SumUpGatewayError('NOT_FOUND', null, 'SumUp did not give the transaction id');
      }
      // SumUp takes the amount in major units (EUR 5.00 → 5).
      await client.transactions.refund(c.merchantCode, transaction.id, { amount: amountCents / 100 });
      return { transactionId: transaction.id };
    });
  }

  /** The merchant's payouts dated `from`..`to` (payout records grouped per payout, amounts in cents). */
  paidPayouts(c: SumUpCredentials, from: string, to: string): Promise<GroupedPayout[]> {
    return this.call(async () => {
      const records = (await this.client(c.apiKey).payouts.list(c.merchantCode, {
        start_date: from,
        end_date: to,
        format: 'json',
        order: 'asc',
      })) as SumUpPayoutRecord[];
      return groupSumUpPayouts(records);
    });
  }
}

function toReader(r: RawReader): SumUpReader {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    serial: r.device?.identifier ?? null,
    model: r.device?.model ?? null,
  };
}
