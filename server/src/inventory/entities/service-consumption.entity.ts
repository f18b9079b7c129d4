import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../../catalog/index.js';
import { ProductEntity } from './product.entity.js';

/** What a service uses in the cabin, per booking item (e.g. 5 ml of a serum). */
@Entity({ name: 'service_consumption' })
@Check('ck_service_consumption_quantity', 'quantity > 0')
export class ServiceConsumptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  serviceId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  @Column({ type: 'integer' })
  quantity: number;
}
