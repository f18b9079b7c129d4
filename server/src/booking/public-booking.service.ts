import { Injectable } from '@nestjs/common';
import { ConflictError } from '../common/errors.js';
import { SettingsService } from '../settings/index.js';
import { BookingQueryService } from './booking-query.service.js';
import { BookingService } from './booking.service.js';
import { clientChangeDecision, formatDeadlineFr, type ChangeDecision } from './domain/change-policy.js';
import { itemDeposit, netPaidCents, type BookingView } from './dto/booking.mappers.js';
import type { CancelBookingByTokenInput, RescheduleBookingByTokenInput } from './dto/booking.inputs.js';
import type { PublicBookingType } from './dto/booking.types.js';
import { ManageTokenService } from './manage-token.service.js';
import { RescheduleBookingService } from './reschedule-booking.service.js';

/**
 * The booking behind a client's manage link: what its holder may see (no other client data, no
 * internal notes) and the changes they may make, until the deadline of the change policy.
 */
@Injectable()
export class PublicBookingService {
  constructor(
    private readonly tokens: ManageTokenService,
    private readonly queries: BookingQueryService,
    private readonly bookings: BookingService,
    private readonly moves: RescheduleBookingService,
    private readonly settings: SettingsService,
  ) {}

  async byToken(token: string, now = Date.now()): Promise<PublicBookingType> {
    return this.publicView(await this.tokens.bookingId(token, 'token', now), now);
  }

  async cancel(input: CancelBookingByTokenInput, now = Date.now()): Promise<PublicBookingType> {
    const id = await this.tokens.bookingId(input.token, 'input.token', now);
    await this.assertClientMayChange(id, now);
    await this.bookings.cancel(id, input.reason ?? null, 'CLIENT', now);
    return this.publicView(id, now);
  }

  async reschedule(input: RescheduleBookingByTokenInput, now = Date.now()): Promise<PublicBookingType> {
    const id = await this.tokens.bookingId(input.token, 'input.token', now);
    await this.assertClientMayChange(id, now);
    await this.moves.reschedule(id, input.start, null, { userId: null, staff: false }, now);
    return this.publicView(id, now);
  }

  private async decision(b: BookingView, now: number): Promise<ChangeDecision> {
    const settings = await this.settings.bookingSettings();
    return clientChangeDecision(
      b.status,
      b.startsAt.getTime(),
      now,
      settings.cancellationDeadlineHours,
      formatDeadlineFr,
    );
  }

  private async assertClientMayChange(id: string, now: number): Promise<void> {
    const decision = await this.decision(await this.queries.view(id), now);
    // Too late, or no longer open: the booking's state refuses it, not the input.
    if (!decision.allowed) throw new ConflictError(decision.reason as string);
  }

  private async publicView(id: string, now: number): Promise<PublicBookingType> {
    const b = await this.queries.view(id);
    const decision = await this.decision(b, now);
    const items = b.items ?? [];
    return {
      reference: b.reference,
      status: b.status,
      start: b.startsAt,
      end: b.endsAt,
      serviceIds: items.map((i) => i.serviceId),
      practitionerId: items[0]?.practitionerId ?? '',
      items: items.map((i) => ({
        serviceName: i.serviceName,
        durationMinutes: i.durationMinutes,
        practitionerName: i.practitioner?.displayName ?? '',
        start: i.startsAt,
        end: i.endsAt,
        priceCents: i.priceCents,
      })),
      totalCents: items.reduce((sum, i) => sum + i.priceCents, 0),
      depositCents: items.reduce((sum, i) => sum + itemDeposit(i), 0),
      depositPaidCents: netPaidCents(b.payments, 'DEPOSIT'),
      clientFirstName: b.client?.firstName ?? '',
      changeDeadline: new Date(decision.deadline),
      canChange: decision.allowed,
      changeRefusal: decision.reason,
      holdExpiresAt: b.holdExpiresAt,
      clientId: b.clientId,
    };
  }
}
