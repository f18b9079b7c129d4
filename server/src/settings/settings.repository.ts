import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BookingSettingsEntity } from './booking-settings.entity.js';
import { InstituteEntity } from './institute.entity.js';

/** The settings' reads and writes: every query on `institute` and `booking_settings` (one row each, id 1). */
@Injectable()
export class SettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  institute(): Promise<InstituteEntity | null> {
    return this.db.getRepository(InstituteEntity).findOneBy({ id: 1 });
  }

  /** The institute, locked until the caller's transaction ends; null before it is configured. */
  lockedInstitute(m: EntityManager): Promise<InstituteEntity | null> {
    return m.findOne(InstituteEntity, { where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
  }

  saveInstitute(m: EntityManager, institute: InstituteEntity): Promise<InstituteEntity> {
    return m.save(InstituteEntity, institute);
  }

  bookingSettings(): Promise<BookingSettingsEntity> {
    return this.db.getRepository(BookingSettingsEntity).findOneByOrFail({ id: 1 });
  }

  async updateBookingSettings(changes: Partial<BookingSettingsEntity>): Promise<void> {
    await this.db.getRepository(BookingSettingsEntity).update({ id: 1 }, changes);
  }
}
