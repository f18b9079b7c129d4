import { Injectable } from '@nestjs/common';
import type { PaymentProvider } from '../providers/payment-provider.js';

/** Cash and bank transfers recorded at the desk (`PaymentLedgerService.recordManual`). */
@Injectable()
export class ManualPaymentProvider implements PaymentProvider {
  readonly name = 'MANUAL' as const;

  isAvailable(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** Handed back at the desk: nothing to call, no reference. */
  refund(): Promise<string | null> {
    return Promise.resolve(null);
  }
}
