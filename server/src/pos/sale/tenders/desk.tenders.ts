import { Injectable } from '@nestjs/common';
import type { TenderKind, TenderRequest } from './tender-kind.js';

const reference = (r: TenderRequest): string | null => r.reference?.trim() || null;

/** Cash: the client hands over any amount; what exceeds what is left is given back as change. */
@Injectable()
export class CashTender implements TenderKind {
  readonly kind = 'CASH';
  readonly givesChange = true;
  readonly settles = 'NOW' as const;
  check(): Promise<{ reference: string | null }> {
    return Promise.resolve({ reference: null });
  }
  refund(): Promise<{ paymentId: string | null; reference: string | null }> {
    return Promise.resolve({ paymentId: null, reference: null });
  }
}

/** A card paid on another terminal than the paired SumUp reader: recorded as typed. */
@Injectable()
export class OtherCardTender implements TenderKind {
  readonly kind = 'CARD_OTHER';
  readonly givesChange = false;
  readonly settles = 'NOW' as const;
  check(_m: unknown, c: { request: TenderRequest }): Promise<{ reference: string | null }> {
    return Promise.resolve({ reference: reference(c.request) });
  }
  /** The refund is made on that terminal; the credit note records it. */
  refund(r: { original: unknown }): Promise<{ paymentId: string | null; reference: string | null }> {
    void r;
    return Promise.resolve({ paymentId: null, reference: null });
  }
}

@Injectable()
export class ChequeTender implements TenderKind {
  readonly kind = 'CHEQUE';
  readonly givesChange = false;
  readonly settles = 'NOW' as const;
  check(_m: unknown, c: { request: TenderRequest }): Promise<{ reference: string | null }> {
    return Promise.resolve({ reference: reference(c.request) });
  }
}

@Injectable()
export class TransferTender implements TenderKind {
  readonly kind = 'TRANSFER';
  readonly givesChange = false;
  readonly settles = 'NOW' as const;
  check(_m: unknown, c: { request: TenderRequest }): Promise<{ reference: string | null }> {
    return Promise.resolve({ reference: reference(c.request) });
  }
  refund(): Promise<{ paymentId: string | null; reference: string | null }> {
    return Promise.resolve({ paymentId: null, reference: null });
  }
}
