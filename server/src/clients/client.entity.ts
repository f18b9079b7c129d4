import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A client of the institute. Guests who book online become clients, matched by e-mail (unique when
 * present, so two concurrent bookings by the same new person cannot create two records) or by phone
 * and name (a phone is often shared within a family, so it is not unique).
 */
@Entity({ name: 'client' })
@Index('uq_client_email', ['email'], { unique: true, where: 'email IS NOT NULL' })
@Index('ix_client_phone', ['phone'], { where: 'phone IS NOT NULL' })
@Index('ix_client_name_order', ['lastName', 'firstName', 'id'])
// Trigram indexes created by the ClientFile migration (operator classes TypeORM cannot describe).
@Index('ix_client_search_trgm', { synchronize: false })
@Index('ix_client_phone_trgm', { synchronize: false })
@Index('ix_client_tags', { synchronize: false })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  /** E.164, e.g. +33612345678. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Marketing (newsletters, offers) needs consent; service messages below are sent unless refused. */
  @Column({ type: 'boolean', default: false })
  marketingConsent: boolean;

  /** The client refused service e-mails (confirmations, reminders). */
  @Column({ type: 'boolean', default: false })
  serviceEmailOptOut: boolean;

  /** The client refused service SMS (confirmations, reminders). */
  @Column({ type: 'boolean', default: false })
  serviceSmsOptOut: boolean;

  /** Calendar date (YYYY-MM-DD); the year may be unknown, stored then as 1904 (a leap year). */
  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  @Column({ type: 'text', nullable: true })
  addressLine1: string | null;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  /** A practitioner id; the foreign key names its target rather than importing the catalogue. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('PractitionerEntity', { onDelete: 'SET NULL' })
  preferredPractitionerId: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Archived clients leave the list (and search) but keep their history. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /**
   * Lower-case, unaccented "first last email", kept by a trigger (`client_search_text`) for the
   * trigram search; never written by the application.
   */
  @Column({ type: 'text', default: '', insert: false, update: false, select: false })
  searchText: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
