import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/index.js';
import { CabinEntity, PractitionerEntity, ServiceEntity } from '../catalog/index.js';
import { ClientEntity } from '../clients/index.js';

export const BOOKING_STATUSES = ['PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_SOURCES = ['ONLINE', 'STAFF'] as const;
export type BookingSource = (typeof BOOKING_SOURCES)[number];
export const CANCELLED_BY = ['CLIENT', 'STAFF', 'SYSTEM'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];
/**
 * How a booking found its client: created for it, the same e-mail, the same phone and name (the
 * typed e-mail may differ: a possible duplicate for staff), or picked by staff.
 */
export const CLIENT_MATCHES = ['NEW_CLIENT', 'EMAIL', 'PHONE_AND_NAME', 'CHOSEN_BY_STAFF'] as const;
export type ClientMatch = (typeof CLIENT_MATCHES)[number];

@Entity({ name: 'booking' })
@Check('ck_booking_range', 'starts_at < ends_at')
@Index('ix_booking_period', ['startsAt', 'endsAt'])
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short code shown to clients and staff (e.g. "K7P2QX"). */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Index()
  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ type: 'enum', enum: BOOKING_STATUSES, enumName: 'booking_status' })
  status: BookingStatus;

  @Column({ type: 'enum', enum: BOOKING_SOURCES, enumName: 'booking_source' })
  source: BookingSource;

  /** Start of the first item and end of the last (without buffers). */
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** A PENDING online booking keeps its slot until then; the expiry job cancels it afterwards. */
  @Column({ type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null;

  /**
   * The e-mail address and phone (E.164) the booker typed, kept as typed: the booking's messages go
   * there (the client's stored ones are the fallback). Null when staff picked an existing client,
   * and for bookings made before they were kept.
   */
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  /** Null for bookings made before it was recorded. */
  @Column({ type: 'enum', enum: CLIENT_MATCHES, enumName: 'booking_client_match', nullable: true })
  clientMatch: ClientMatch | null;

  /** The client's message when booking. */
  @Column({ type: 'text', nullable: true })
  clientNote: string | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'enum', enum: CANCELLED_BY, enumName: 'booking_cancelled_by', nullable: true })
  cancelledBy: CancelledBy | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** SHA-256 of the client's manage token; the token itself is only ever sent to the client. */
  @Index({ unique: true, where: 'manage_token_hash IS NOT NULL' })
  @Column({ type: 'bytea', nullable: true })
  manageTokenHash: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  manageTokenExpiresAt: Date | null;

  /** Bumped at each reschedule (calendar invitations carry it as SEQUENCE). */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** The staff member who made the booking (null for online bookings). */
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => BookingItemEntity, (item) => item.booking)
  items?: BookingItemEntity[];
}

/** One service of a booking, with what it cost and took when booked (the catalogue may change). */
@Entity({ name: 'booking_item' })
@Check('ck_booking_item_range', 'starts_at < ends_at')
@Index('ix_booking_item_practitioner_period', ['practitionerId', 'startsAt'])
export class BookingItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => BookingEntity, (booking) => booking.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'uuid' })
  serviceId: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity;

  @Column({ type: 'uuid', nullable: true })
  cabinId: string | null;

  @ManyToOne(() => CabinEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'cabin_id' })
  cabin?: CabinEntity | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  serviceName: string;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'integer' })
  priceCents: number;

  @Column({ type: 'integer' })
  vatRateBp: number;

  @Column({ type: 'integer' })
  bufferBeforeMinutes: number;

  @Column({ type: 'integer' })
  bufferAfterMinutes: number;
}
