import { Extensions1764086400000 } from './1764086400000-extensions.js';
import { InitialSchema1795624942775 } from './1795624942775-initial-schema.js';
import { BookingBackbone1795628478902 } from './1795628478902-booking-backbone.js';
import { ClientPhoneNotUnique1795632784241 } from './1795632784241-client-phone-not-unique.js';
import { BookingCreator1795632845020 } from './1795632845020-booking-creator.js';
import { PaymentLedger1795633500214 } from './1795633500214-payment-ledger.js';
import { Notifications1795637230781 } from './1795637230781-notifications.js';
import { TerminalCheckout1795637254591 } from './1795637254591-terminal-checkout.js';
import { BookingContact1796406171213 } from './1796406171213-booking-contact.js';
import { NotificationCaptured1796408884672 } from './1796408884672-notification-captured.js';
import { AvailabilityVersion1796447161344 } from './1796447161344-availability-version.js';
import { ClientFile1796462380792 } from './1796462380792-client-file.js';
import { Inventory1796462391745 } from './1796462391745-inventory.js';
import { PractitionerProfile1796520823292 } from './1796520823292-practitioner-profile.js';
import { UserSessions1796521524769 } from './1796521524769-user-sessions.js';
import { PosSales1796533242678 } from './1796533242678-pos-sales.js';
import { PosJournal1796531098153 } from './1796531098153-pos-journal.js';
import { PosJournalPayloadCheck1796533436645 } from './1796533436645-pos-journal-payload-check.js';
import { AccountantRole1796578213486 } from './1796578213486-accountant-role.js';
import { TillSignIn1796578213487 } from './1796578213487-till-sign-in.js';
import { SaleReceiptNotification1796590673344 } from './1796590673344-sale-receipt-notification.js';
import { GiftCards1796590998646 } from './1796590998646-gift-cards.js';
import { Accounting1796590525811 } from './1796590525811-accounting.js';
import { Loyalty1796591987932 } from './1796591987932-loyalty.js';
import { GiftCardMails1796601588228 } from './1796601588228-gift-card-mails.js';
import { GiftCardDelivery1796601041354 } from './1796601041354-gift-card-delivery.js';
import { GiftCardOrders1796601762033 } from './1796601762033-gift-card-orders.js';
import { ClientSearchWords1796640000000 } from './1796640000000-client-search-words.js';
import { GiftCardMovementSale1796640000001 } from './1796640000001-gift-card-movement-sale.js';
import { Banking1796611597002 } from './1796611597002-banking.js';
import { GiftCardPublicPayments1796700000000 } from './1796700000000-gift-card-public-payments.js';
import { LoyaltyBonusMessages1797000000000 } from './1797000000000-loyalty-bonus-messages.js';
import { GiftCardOnlineSale1796612458301 } from './1796612458301-gift-card-online-sale.js';
import { LoyaltyMessages1796620000000 } from './1796620000000-loyalty-messages.js';
import { LoyaltyCardToken1796620100000 } from './1796620100000-loyalty-card-token.js';
import { ClientSearchPatterns1797200000000 } from './1797200000000-client-search-patterns.js';

/** Every migration in order. `npm run migration:generate <Name>` prints the line to add here. */
export const MIGRATIONS = [
  Extensions1764086400000,
  InitialSchema1795624942775,
  BookingBackbone1795628478902,
  ClientPhoneNotUnique1795632784241,
  BookingCreator1795632845020,
  PaymentLedger1795633500214,
  Notifications1795637230781,
  TerminalCheckout1795637254591,
  BookingContact1796406171213,
  NotificationCaptured1796408884672,
  AvailabilityVersion1796447161344,
  ClientFile1796462380792,
  Inventory1796462391745,
  PractitionerProfile1796520823292,
  UserSessions1796521524769,
  PosJournal1796531098153,
  PosSales1796533242678,
  PosJournalPayloadCheck1796533436645,
  AccountantRole1796578213486,
  TillSignIn1796578213487,
  Accounting1796590525811,
  SaleReceiptNotification1796590673344,
  GiftCards1796590998646,
  Loyalty1796591987932,
  GiftCardDelivery1796601041354,
  GiftCardMails1796601588228,
  GiftCardOrders1796601762033,
  Banking1796611597002,
  GiftCardOnlineSale1796612458301,
  LoyaltyMessages1796620000000,
  LoyaltyCardToken1796620100000,
  ClientSearchWords1796640000000,
  GiftCardMovementSale1796640000001,
  GiftCardPublicPayments1796700000000,
  LoyaltyBonusMessages1797000000000,
  ClientSearchPatterns1797200000000,
];
