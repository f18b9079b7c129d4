/** SumUp's reader webhook body (ReaderCheckoutStatusChange), checked for shape only. Pure. */

export interface ReaderCallback {
  eventId: string;
  eventType: string;
  clientTransactionId: string;
  merchantCode: string | null;
  /** What the callback claims: never acted on, the checkout is fetched from SumUp's API. */
  claimedStatus: string;
}

const isText = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** The callback's fields, or null when the body is not a ReaderCheckoutStatusChange. */
export function parseReaderCallback(body: unknown): ReaderCallback | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  const payload = b.payload;
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const p = payload as Record<string, unknown>;
  if (!isText(b.id) || !isText(b.event_type) || !isText(p.client_transaction_id) || !isText(p.status, 50)) {
    return null;
  }
  if (p.merchant_code !== undefined && !isText(p.merchant_code, 50)) return null;
  return {
    eventId: b.id,
    eventType: b.event_type,
    clientTransactionId: p.client_transaction_id,
    merchantCode: typeof p.merchant_code === 'string' ? p.merchant_code : null,
    claimedStatus: p.status,
  };
}
