import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The institute's identity: one row (id = 1). */
@Entity({ name: 'institute' })
@Check('ck_institute_single_row', 'id = 1')
export class InstituteEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  legalName: string;

  @Column({ type: 'text' })
  addressLine1: string;

  @Column({ type: 'text', nullable: true })
  addressLine2: string | null;

  @Column({ type: 'text' })
  postalCode: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'char', length: 2, default: 'FR' })
  country: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'char', length: 14 })
  siret: string;

  @Column({ type: 'text', nullable: true })
  vatNumber: string | null;

  @Column({ type: 'text', default: 'Europe/Paris' })
  timeZone: string;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  @Column({ type: 'text', default: '#8e5b6e' })
  brandColor: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
