import {
  AccountingEntryEntity,
  AccountingEntryLineEntity,
  AccountingPeriodLockEntity,
  AccountingSettingsEntity,
} from '../accounting/accounting.entities.js';
import { AccountingCashBankingEntity, AccountingPayoutEntity } from '../accounting/banking.entities.js';
import { PasswordLinkEntity } from '../auth/password-link.entity.js';
import { RefreshTokenEntity } from '../auth/refresh-token.entity.js';
import { UserSessionEntity } from '../auth/user-session.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import {
  AvailabilityExceptionEntity,
  BlockedSlotEntity,
  ReservationEntity,
  WorkingHoursEntity,
} from '../availability/availability.entities.js';
import { BookingEntity, BookingItemEntity } from '../booking/booking.entities.js';
import {
  CabinEntity,
  CabinTypeEntity,
  PractitionerEntity,
  ServiceCategoryEntity,
  ServiceEntity,
} from '../catalog/catalog.entities.js';
import {
  ClientBeautyFileEntity,
  ClientDuplicateDismissalEntity,
  ClientHealthAccessEntity,
  ClientMergeEntity,
  ClientNoteEntity,
  ClientSavedFilterEntity,
} from '../clients/client-file.entities.js';
import { ClientEntity } from '../clients/client.entity.js';
import {
  InventoryCountEntity,
  InventoryCountLineEntity,
} from '../inventory/entities/inventory-count.entities.js';
import { InventorySettingsEntity } from '../inventory/entities/inventory-settings.entity.js';
import { ProductEntity } from '../inventory/entities/product.entity.js';
import {
  PurchaseOrderEntity,
  PurchaseOrderLineEntity,
} from '../inventory/entities/purchase-order.entities.js';
import { ServiceConsumptionEntity } from '../inventory/entities/service-consumption.entity.js';
import { StockMovementEntity } from '../inventory/entities/stock-movement.entity.js';
import { SupplierEntity } from '../inventory/entities/supplier.entity.js';
import {
  GiftCardEntity,
  GiftCardMovementEntity,
  GiftCardSettingsEntity,
} from '../gift-card/gift-card.entities.js';
import { GiftCardOrderEntity } from '../gift-card/gift-card-order.entity.js';
import {
  LoyaltyAccountEntity,
  LoyaltyMovementEntity,
  LoyaltyProgramEntity,
  LoyaltyRedemptionEntity,
} from '../loyalty/loyalty.entities.js';
import { NotificationEntity, NotificationSettingsEntity } from '../notification/notification.entities.js';
import { OutboxEntity } from '../outbox/outbox.entity.js';
import {
  PaymentEntity,
  PaymentSettingsEntity,
  ProviderEventEntity,
  RefundEntity,
} from '../payment/payment.entities.js';
import { TerminalCheckoutEntity, TerminalReaderEntity } from '../payment/terminal/terminal.entities.js';
import {
  CashMovementEntity,
  CashSessionEntity,
  PosChainHeadEntity,
  PosJournalEntity,
  PosSigningKeyEntity,
  TillEntity,
} from '../pos/pos.entities.js';
import {
  SaleEntity,
  SaleLineEntity,
  SaleSettingsEntity,
  SaleTenderEntity,
} from '../pos/sale/sale.entities.js';
import { BookingSettingsEntity } from '../settings/booking-settings.entity.js';
import { InstituteEntity } from '../settings/institute.entity.js';

/** Every TypeORM entity, listed explicitly (no globs: the same list works in ESM, Jest and dist). */
export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  UserSessionEntity,
  PasswordLinkEntity,
  OutboxEntity,
  InstituteEntity,
  BookingSettingsEntity,
  ServiceCategoryEntity,
  CabinTypeEntity,
  CabinEntity,
  ServiceEntity,
  PractitionerEntity,
  ClientEntity,
  ClientNoteEntity,
  ClientBeautyFileEntity,
  ClientHealthAccessEntity,
  ClientSavedFilterEntity,
  ClientMergeEntity,
  ClientDuplicateDismissalEntity,
  WorkingHoursEntity,
  AvailabilityExceptionEntity,
  BlockedSlotEntity,
  ReservationEntity,
  BookingEntity,
  BookingItemEntity,
  PaymentEntity,
  RefundEntity,
  ProviderEventEntity,
  PaymentSettingsEntity,
  TerminalReaderEntity,
  TerminalCheckoutEntity,
  NotificationEntity,
  NotificationSettingsEntity,
  SupplierEntity,
  ProductEntity,
  StockMovementEntity,
  ServiceConsumptionEntity,
  InventorySettingsEntity,
  PurchaseOrderEntity,
  PurchaseOrderLineEntity,
  InventoryCountEntity,
  InventoryCountLineEntity,
  TillEntity,
  PosChainHeadEntity,
  PosJournalEntity,
  CashSessionEntity,
  CashMovementEntity,
  PosSigningKeyEntity,
  SaleEntity,
  SaleLineEntity,
  SaleTenderEntity,
  SaleSettingsEntity,
  GiftCardEntity,
  GiftCardMovementEntity,
  GiftCardSettingsEntity,
  GiftCardOrderEntity,
  AccountingSettingsEntity,
  AccountingEntryEntity,
  AccountingEntryLineEntity,
  AccountingPeriodLockEntity,
  AccountingPayoutEntity,
  AccountingCashBankingEntity,
  LoyaltyProgramEntity,
  LoyaltyAccountEntity,
  LoyaltyMovementEntity,
  LoyaltyRedemptionEntity,
];
