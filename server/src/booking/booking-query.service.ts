import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import { PaymentService } from '../payment/index.js';
import { BookingRepository } from './booking.repository.js';
import type { BookingView } from './dto/booking.mappers.js';
import type { BookingsFilter } from './dto/booking.inputs.js';

/** Bookings as their views show them: client, items and payments, a fixed number of queries for any number. */
@Injectable()
export class BookingQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: BookingRepository,
    private readonly payments: PaymentService,
  ) {}

  async search(filter: BookingsFilter): Promise<{ items: BookingView[]; total: number }> {
    const { ids, total } = await this.repo.search(this.db.manager, filter);
    const views = new Map((await this.views(ids)).map((v) => [v.id, v]));
    return { items: ids.map((id) => views.get(id)).filter((v): v is BookingView => v !== undefined), total };
  }

  async views(ids: string[]): Promise<BookingView[]> {
    const bookings = await this.repo.views(this.db.manager, ids);
    const payments = await this.payments.forBookings(bookings.map((b) => b.id));
    return bookings.map((b) => Object.assign(b, { payments: payments.filter((p) => p.bookingId === b.id) }));
  }

  async view(id: string): Promise<BookingView> {
    const [booking] = await this.views([id]);
    if (booking === undefined) throw new NotFoundError('Rendez-vous introuvable.');
    return booking;
  }
}
