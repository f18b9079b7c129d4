import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../common/errors.js';
import { SaleRepository } from '../sale.repository.js';
import type { LineDraft, LineRequest, SaleLineKind } from './sale-line-kind.js';

/**
 * A service: an item of a booking (its name, price, VAT and practitioner as booked) or, for a walk-in,
 * a service of the catalogue (`referenceId`) with the practitioner who performed it.
 */
@Injectable()
export class ServiceLineKind implements SaleLineKind {
  readonly kind = 'SERVICE';
  readonly priceEditable = true;

  constructor(private readonly repo: SaleRepository) {}

  async draft(m: EntityManager, r: LineRequest): Promise<LineDraft> {
    if (r.bookingItemId) {
      const item = await this.repo.bookingItem(m, r.bookingItemId);
      if (item === null) throw new NotFoundError('Prestation du rendez-vous introuvable.');
      return {
        label: item.serviceName,
        quantity: r.quantity,
        unitPriceCents: item.priceCents,
        vatRateBp: item.vatRateBp,
        practitionerId: r.practitionerId ?? item.practitionerId,
        productId: null,
        bookingItemId: item.id,
        data: { serviceId: item.serviceId },
      };
    }
    if (!r.referenceId) {
      throw new BadUserInputError(
        'Choisissez la prestation (ou la prestation du rendez-vous).',
        'input.referenceId',
      );
    }
    const service = await this.repo.service(m, r.referenceId);
    if (service === null) throw new NotFoundError('Prestation introuvable.');
    return {
      label: service.name,
      quantity: r.quantity,
      unitPriceCents: service.priceCents,
      vatRateBp: service.vatRateBp,
      practitionerId: r.practitionerId ?? null,
      productId: null,
      bookingItemId: null,
      data: { serviceId: service.id },
    };
  }
}
