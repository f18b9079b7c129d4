import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CabinEntity, PractitionerEntity } from '../catalog/index.js';

/** A practitioner's weekly opening range, in minutes of the local day (Europe/Paris). */
@Entity({ name: 'working_hours' })
@Check('ck_working_hours_weekday', 'weekday BETWEEN 1 AND 7')
@Check('ck_working_hours_range', 'start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute')
export class WorkingHoursEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ type: 'smallint' })
  startMinute: number;

  @Column({ type: 'smallint' })
  endMinute: number;
}

export const EXCEPTION_KINDS = ['CLOSED', 'OPEN'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** A dated change to the weekly rules: closed (all day or a range) or extra hours. */
@Entity({ name: 'availability_exception' })
@Check(
  'ck_availability_exception_range',
  '(start_minute IS NULL AND end_minute IS NULL) OR (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)',
)
@Check('ck_availability_exception_open_range', "kind <> 'OPEN' OR start_minute IS NOT NULL")
export class AvailabilityExceptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null: the whole institute (every practitioner). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  practitionerId: string | null;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity | null;

  @Index()
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'enum', enum: EXCEPTION_KINDS, enumName: 'availability_exception_kind' })
  kind: ExceptionKind;

  @Column({ type: 'smallint', nullable: true })
  startMinute: number | null;

  @Column({ type: 'smallint', nullable: true })
  endMinute: number | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}

/** Time taken out of the agenda by staff (a practitioner, a cabin, or both). */
@Entity({ name: 'blocked_slot' })
@Check('ck_blocked_slot_target', 'practitioner_id IS NOT NULL OR cabin_id IS NOT NULL')
@Check('ck_blocked_slot_range', 'starts_at < ends_at')
export class BlockedSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  practitionerId: string | null;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity | null;

  @Column({ type: 'uuid', nullable: true })
  cabinId: string | null;

  @ManyToOne(() => CabinEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'cabin_id' })
  cabin?: CabinEntity | null;

  @Index()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Who is busy when: one row per active booking item (its occupied period, buffers included) and
 * per blocked slot. The two exclusion constraints make it impossible for a practitioner or a cabin
 * to be reserved twice at once, whatever the concurrency. Rows exist only while the booking item
 * or block is active (they are deleted on cancellation), so the constraints only see active time.
 */
@Entity({ name: 'reservation' })
@Exclusion(
  'ex_reservation_practitioner',
  'USING gist (practitioner_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (practitioner_id IS NOT NULL)',
)
@Exclusion(
  'ex_reservation_cabin',
  'USING gist (cabin_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (cabin_id IS NOT NULL)',
)
@Check('ck_reservation_source', 'num_nonnulls(booking_item_id, blocked_slot_id) = 1')
@Check('ck_reservation_target', 'practitioner_id IS NOT NULL OR cabin_id IS NOT NULL')
@Check('ck_reservation_range', 'starts_at < ends_at')
@Index('ix_reservation_period', ['startsAt', 'endsAt'])
export class ReservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  practitionerId: string | null;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity | null;

  @Column({ type: 'uuid', nullable: true })
  cabinId: string | null;

  @ManyToOne(() => CabinEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'cabin_id' })
  cabin?: CabinEntity | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Index({ unique: true, where: 'booking_item_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  bookingItemId: string | null;

  // By name: the booking module owns booking items and depends on this one, not the reverse.
  @ManyToOne('BookingItemEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'booking_item_id' })
  bookingItem?: unknown;

  @Index({ unique: true, where: 'blocked_slot_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  blockedSlotId: string | null;

  @ManyToOne(() => BlockedSlotEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'blocked_slot_id' })
  blockedSlot?: BlockedSlotEntity | null;
}
