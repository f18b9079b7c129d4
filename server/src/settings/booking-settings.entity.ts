import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The institute's booking policy: one row (id = 1). */
@Entity({ name: 'booking_settings' })
@Check('ck_booking_settings_single_row', 'id = 1')
@Check('ck_booking_settings_granularity', 'slot_granularity_minutes BETWEEN 5 AND 120')
@Check(
  'ck_booking_settings_values',
  'min_lead_time_minutes >= 0 AND booking_horizon_days BETWEEN 1 AND 730 AND pending_hold_minutes BETWEEN 1 AND 1440 AND cancellation_deadline_hours >= 0',
)
export class BookingSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'smallint', default: 15 })
  slotGranularityMinutes: number;

  /** How long before a slot it can still be booked online. */
  @Column({ type: 'integer', default: 120 })
  minLeadTimeMinutes: number;

  /** How far ahead clients can book online. */
  @Column({ type: 'integer', default: 90 })
  bookingHorizonDays: number;

  /** How long a pending online booking (awaiting its deposit) keeps its slot. */
  @Column({ type: 'integer', default: 20 })
  pendingHoldMinutes: number;

  /** Clients can cancel or move a booking online until this many hours before it starts. */
  @Column({ type: 'integer', default: 24 })
  cancellationDeadlineHours: number;

  @Column({ type: 'boolean', default: true })
  closedOnPublicHolidays: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
