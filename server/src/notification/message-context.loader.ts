import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingService, isPossibleDuplicate } from '../booking/index.js';
import { ClientEntity } from '../clients/index.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { letterheadOf } from '../settings/index.js';
import { MessageSourceRepository } from './message-source.repository.js';
import type { MessageContext } from './render/messages.js';

const OPEN = new Set(['PENDING', 'CONFIRMED']);

/** Reads what a message says from the database, at the time it is rendered. */
@Injectable()
export class MessageContextLoader {
  constructor(
    private readonly sources: MessageSourceRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly bookings: BookingService,
  ) {}

  async load(bookingId: string, paymentId: string | null, manager?: EntityManager): Promise<MessageContext> {
    const booking = await this.sources.bookingToRender(bookingId, manager);
    if (booking === null) throw new Error(`Booking ${bookingId} not found`);
    const client = booking.client as ClientEntity;
    const institute = await this.sources.institute(manager);
    const payment = paymentId === null ? null : await this.sources.payment(paymentId, manager);
    const items = [...(booking.items ?? [])].sort((a, b) => a.position - b.position);
    const base = this.config.publicUrl.replace(/\/+$/, '');
    const linkValid = OPEN.has(booking.status) && (booking.manageTokenExpiresAt?.getTime() ?? 0) > Date.now();
    return {
      institute: letterheadOf(institute),
      booking: {
        id: booking.id,
        reference: booking.reference,
        start: booking.startsAt.getTime(),
        end: booking.endsAt.getTime(),
        sequence: booking.sequence,
        source: booking.source,
        clientNote: booking.clientNote,
        possibleDuplicate: isPossibleDuplicate(booking, client.email),
        items: items.map((i) => ({
          serviceName: i.serviceName,
          practitionerName: i.practitioner?.displayName ?? '',
          start: i.startsAt.getTime(),
          durationMinutes: i.durationMinutes,
        })),
        totalCents: items.reduce((sum, i) => sum + i.priceCents, 0),
      },
      // Who booked, as they typed it: the address the messages go to and the institute replies to.
      client: {
        firstName: client.firstName,
        lastName: client.lastName,
        email: booking.contactEmail ?? client.email,
        phone: booking.contactPhone ?? client.phone,
      },
      // The manage token is derived from the booking id (HMAC), never stored: computed here, at send time.
      manageUrl: linkValid ? `${base}/rendez-vous/${this.bookings.manageTokenFor(booking.id)}` : null,
      crmUrl: `${base}/crm/`,
      payment:
        payment === null ? null : { amountCents: payment.amountCents, refundedCents: payment.refundedCents },
    };
  }
}
