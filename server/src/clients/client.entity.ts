import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A client of the institute. Guests who book online become clients, matched by e-mail (unique when
 * present, so two concurrent bookings by the same new person cannot create two records) or by phone
 * and name (a phone is often shared within a family, so it is not unique).
 */
@Entity({ name: 'client' })
@Index('uq_client_email', ['email'], { unique: true, where: 'email IS NOT NULL' })
@Index('ix_client_phone', ['phone'], { where: 'phone IS NOT NULL' })
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
