import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../../common/errors.js';
import { checkedPrice, checkedVatRate } from './line-input.js';
import type { LineDraft, LineRequest, SaleLineKind } from './sale-line-kind.js';

/** A line typed at the till: label, price including VAT, VAT rate. */
@Injectable()
export class FreeLineKind implements SaleLineKind {
  readonly kind = 'FREE';
  readonly priceEditable = true;

  draft(_m: unknown, r: LineRequest): Promise<LineDraft> {
    const label = r.label?.trim() ?? '';
    if (label === '') throw new BadUserInputError('Indiquez le libellé de la ligne.', 'input.label');
    return Promise.resolve({
      label,
      quantity: r.quantity,
      unitPriceCents: checkedPrice(r.unitPriceCents),
      vatRateBp: checkedVatRate(r.vatRateBp),
      practitionerId: r.practitionerId ?? null,
      productId: null,
      bookingItemId: null,
      data: null,
    });
  }
}
