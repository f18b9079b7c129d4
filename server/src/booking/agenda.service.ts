import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AvailabilityService, BlockedSlotsService, type BlockedSlotEntity } from '../availability/index.js';
import { CatalogService, type PractitionerWithServices } from '../catalog/index.js';
import {
  INSTITUTE_TIME_ZONE,
  addDays,
  datesBetween,
  dayInterval,
  intersectIntervals,
  isoWeekday,
  type Interval,
} from '../common/time.js';
import { SettingsService } from '../settings/index.js';
import { BookingRepository, type AgendaMonthRow } from './booking.repository.js';
import { BookingQueryService } from './booking-query.service.js';
import type { BookingView } from './dto/booking.mappers.js';

export interface AgendaDay {
  day: string;
  practitioners: PractitionerWithServices[];
  bookings: BookingView[];
  blocks: BlockedSlotEntity[];
  workingTime: { practitionerId: string; interval: Interval }[];
}

export interface AgendaMonth {
  month: string;
  practitioners: PractitionerWithServices[];
  days: { day: string; bookings: AgendaMonthRow[] }[];
}

/** The first and last day a month calendar shows: Monday of the month's first week, Sunday of its last. */
export function monthGridDays(month: string): { first: string; last: string } {
  const firstOfMonth = `${month}-01`;
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const next = new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 10);
  const lastOfMonth = addDays(next, -1);
  return {
    first: addDays(firstOfMonth, 1 - isoWeekday(firstOfMonth)),
    last: addDays(lastOfMonth, 7 - isoWeekday(lastOfMonth)),
  };
}

/** A day of the staff agenda: who works, bookings (with payments), blocks: a fixed number of queries. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly availability: AvailabilityService,
    private readonly blocks: BlockedSlotsService,
    private readonly settings: SettingsService,
    private readonly repo: BookingRepository,
    private readonly bookings: BookingQueryService,
  ) {}

  async day(day: string, practitionerIds: string[] | null): Promise<AgendaDay> {
    const interval = dayInterval(day, INSTITUTE_TIME_ZONE);
    const all = await this.catalog.practitioners({ staff: true, includeInactive: practitionerIds !== null });
    const practitioners =
      practitionerIds === null ? all : all.filter((p) => practitionerIds.includes(p.practitioner.id));
    const ids = practitioners.map((p) => p.practitioner.id);
    const settings = await this.settings.bookingSettings();
    const [bookingIds, blocks, working] = await Promise.all([
      this.repo.idsOverlapping(this.db.manager, interval, ids),
      this.blocks.between(new Date(interval.start), new Date(interval.end)),
      this.availability.workingTime(ids, interval, settings.closedOnPublicHolidays),
    ]);
    const bookings = await this.bookings.views(bookingIds);
    const workingTime = ids.flatMap((id) =>
      intersectIntervals(working.get(id) ?? [], [interval]).map((w) => ({ practitionerId: id, interval: w })),
    );
    return {
      day,
      practitioners,
      bookings,
      blocks: blocks.filter((b) => b.practitionerId === null || ids.includes(b.practitionerId)),
      workingTime,
    };
  }

  /** The month view: who works here, and each day's bookings summed up (one statement for them all). */
  async month(month: string, practitionerIds: string[] | null): Promise<AgendaMonth> {
    const { first, last } = monthGridDays(month);
    const interval = {
      start: dayInterval(first, INSTITUTE_TIME_ZONE).start,
      end: dayInterval(last, INSTITUTE_TIME_ZONE).end,
    };
    const all = await this.catalog.practitioners({ staff: true, includeInactive: practitionerIds !== null });
    const practitioners =
      practitionerIds === null ? all : all.filter((p) => practitionerIds.includes(p.practitioner.id));
    const rows = await this.repo.monthSummaries(
      this.db.manager,
      interval,
      INSTITUTE_TIME_ZONE,
      practitionerIds,
    );
    return {
      month,
      practitioners,
      days: datesBetween(first, last).map((day) => ({ day, bookings: rows.filter((r) => r.day === day) })),
    };
  }
}
