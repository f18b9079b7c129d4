import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/index.js';

export const DEPOSIT_KINDS = ['NONE', 'PERCENT', 'FIXED'] as const;
export type DepositKind = (typeof DEPOSIT_KINDS)[number];

@Entity({ name: 'service_category' })
export class ServiceCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Agenda colour of the category's bookings (#rrggbb). */
  @Column({ type: 'text', default: '#8e5b6e' })
  color: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

@Entity({ name: 'cabin_type' })
export class CabinTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;
}

@Entity({ name: 'cabin' })
export class CabinEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'uuid' })
  cabinTypeId: string;

  @ManyToOne(() => CabinTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cabin_type_id' })
  cabinType?: CabinTypeEntity;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

@Entity({ name: 'service' })
@Check('ck_service_duration', 'duration_minutes > 0 AND duration_minutes <= 720')
@Check('ck_service_price', 'price_cents >= 0')
@Check('ck_service_vat', 'vat_rate_bp >= 0 AND vat_rate_bp <= 10000')
@Check('ck_service_buffers', 'buffer_before_minutes >= 0 AND buffer_after_minutes >= 0')
@Check(
  'ck_service_deposit',
  "(deposit_kind = 'NONE' AND deposit_value = 0) OR (deposit_kind = 'PERCENT' AND deposit_value BETWEEN 1 AND 10000) OR (deposit_kind = 'FIXED' AND deposit_value > 0)",
)
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => ServiceCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: ServiceCategoryEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'integer' })
  priceCents: number;

  /** VAT rate in basis points (2000 = 20 %). */
  @Column({ type: 'integer', default: 2000 })
  vatRateBp: number;

  @Column({ type: 'integer', default: 0 })
  bufferBeforeMinutes: number;

  @Column({ type: 'integer', default: 0 })
  bufferAfterMinutes: number;

  @Column({ type: 'enum', enum: DEPOSIT_KINDS, enumName: 'deposit_kind', default: 'NONE' })
  depositKind: DepositKind;

  /** Basis points of the price for PERCENT, cents for FIXED, 0 for NONE. */
  @Column({ type: 'integer', default: 0 })
  depositValue: number;

  @Column({ type: 'uuid', nullable: true })
  cabinTypeId: string | null;

  @ManyToOne(() => CabinTypeEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'cabin_type_id' })
  cabinType?: CabinTypeEntity | null;

  @Column({ type: 'boolean', default: true })
  onlineBookable: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'practitioner' })
@Check('ck_practitioner_bio', 'char_length(bio) <= 600')
@Check('ck_practitioner_photo_url', "photo_url LIKE 'https://%'")
export class PractitionerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The staff account of this practitioner, if they sign in. */
  @Column({ type: 'uuid', nullable: true, unique: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', default: '#8e5b6e' })
  color: string;

  /** A few lines for the public site's booking flow. */
  @Column({ type: 'text', nullable: true })
  bio: string | null;

  /** An https address of a portrait, shown on the public site. */
  @Column({ type: 'text', nullable: true })
  photoUrl: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @ManyToMany(() => ServiceEntity)
  @JoinTable({
    name: 'practitioner_service',
    joinColumn: { name: 'practitioner_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'service_id', referencedColumnName: 'id' },
  })
  services?: ServiceEntity[];
}
