/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AvailableSlotsInput = {
  /** Earliest slot start. */
  from: string;
  /** Null: any practitioner ("Sans préférence"). */
  practitionerId?: string | number | null | undefined;
  /** Services booked back to back, in this order (1 to 5). */
  serviceIds: Array<string | number>;
  /** Slots start before this instant (at most 32 days after `from`). */
  to: string;
};

export type BookingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'NO_SHOW'
  | 'PENDING';

export type CancelBookingByTokenInput = {
  reason?: string | null | undefined;
  token: string;
};

export type CapturePayPalDepositInput = {
  /** The PayPal order the buyer approved (from createDepositPayment). */
  orderId: string;
  /** The booking’s manage token. */
  token: string;
};

export type CapturePayPalGiftCardOrderInput = {
  orderId: string | number;
  /** The PayPal order the buyer approved. */
  paypalOrderId: string;
  /** The token given by purchaseGiftCard. */
  token: string;
};

export type CompleteSimulatedPaymentInput = {
  /** true: the simulated card is accepted; false: declined. */
  approve: boolean;
  paymentId: string | number;
};

export type ContactInput = {
  email: string;
  firstName: string;
  lastName: string;
  /** French or international number; stored as E.164. */
  phone: string;
};

export type CreateBookingInput = {
  /** Online: who books. Staff: a new or matched client. */
  client?: ContactInput | null | undefined;
  /** Staff only: an existing client. */
  clientId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** Null: any practitioner. */
  practitionerId?: string | number | null | undefined;
  /** Services back to back, in order. */
  serviceIds: Array<string | number>;
  start: string;
};

export type CreateDepositPaymentInput = {
  /** CARD_ONLINE (the default when cards are taken) or PAYPAL. */
  method?: PaymentMethod | null | undefined;
  /** The booking’s manage token (from the confirmation or the e-mail). */
  token: string;
};

/** AMOUNT or a named SERVICE. */
export type GiftCardKind =
  | 'AMOUNT'
  | 'SERVICE';

/** CARD_ONLINE, PAYPAL or BANK_TRANSFER. */
export type GiftCardOrderMethod =
  | 'BANK_TRANSFER'
  | 'CARD_ONLINE'
  | 'PAYPAL';

/** PENDING_PAYMENT, PAID (card issued), EXPIRED (not paid in time), CANCELLED. */
export type GiftCardOrderStatus =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'PAID'
  | 'PENDING_PAYMENT';

/** BRONZE, SILVER (Argent), GOLD (Or). */
export type LoyaltyTierCode =
  | 'BRONZE'
  | 'GOLD'
  | 'SILVER';

export type PayDepositWithGiftCardInput = {
  /** The gift card code as typed (case, spaces and dashes ignored). */
  code: string;
  /** The booking’s manage token. */
  token: string;
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD_ONLINE'
  | 'CARD_TERMINAL'
  | 'CASH'
  | 'GIFT_CARD'
  | 'PAYPAL';

/** SIMULATED: the demo provider (never in production). */
export type PaymentProvider =
  | 'GIFT_CARD'
  | 'MANUAL'
  | 'PAYPAL'
  | 'SIMULATED'
  | 'STRIPE'
  | 'SUMUP';

export type PaymentStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING'
  | 'REFUNDED'
  | 'SUCCEEDED';

export type PurchaseGiftCardInput = {
  /** An amount card: its value in cents (a preset or a free amount within the shop’s bounds). */
  amountCents?: number | null | undefined;
  buyerEmail: string;
  buyerName: string;
  buyerPhone?: string | null | undefined;
  /** The Paris day to send the card on (YYYY-MM-DD, 09:00); omitted, today or past: at once. */
  deliverOn?: string | null | undefined;
  /** One key per submission of the form (a UUID): sent again (a double click, a retry), it finds the same order and its payment instead of ordering twice. */
  idempotencyKey?: string | null | undefined;
  message?: string | null | undefined;
  method: GiftCardOrderMethod;
  /** Where the card is sent; omit with sendToBuyer. */
  recipientEmail?: string | null | undefined;
  recipientName: string;
  /** « M’envoyer la carte »: the buyer receives it. */
  sendToBuyer?: boolean | null | undefined;
  /** A service card: the catalogue service it offers. */
  serviceId?: string | number | null | undefined;
};

export type RescheduleBookingByTokenInput = {
  start: string;
  token: string;
};

export type BookingCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingCatalogQuery = { serviceCategories: Array<{ id: string, name: string, description: string | null, color: string, services: Array<{ id: string, name: string, description: string | null, durationMinutes: number, priceCents: number, depositCents: number }> }> };

export type CreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type CreateBookingMutation = { createBooking: { manageToken: string | null, booking: { reference: string, status: BookingStatus, start: string, end: string, totalCents: number, depositCents: number, holdExpiresAt: string | null, items: Array<{ serviceId: string, serviceName: string, practitionerName: string, durationMinutes: number, priceCents: number, start: string, end: string }> } } };

export type BookingPractitionersQueryVariables = Exact<{
  serviceIds: Array<string | number> | string | number;
}>;


export type BookingPractitionersQuery = { practitioners: Array<{ id: string, displayName: string, color: string, bio: string | null, photoUrl: string | null }> };

export type CapturePayPalGiftCardOrderMutationVariables = Exact<{
  input: CapturePayPalGiftCardOrderInput;
}>;


export type CapturePayPalGiftCardOrderMutation = { capturePayPalGiftCardOrder: { id: string, status: PaymentStatus, failureReason: string | null } };

export type GiftCardBalanceQueryVariables = Exact<{
  code: string;
}>;


export type GiftCardBalanceQuery = { giftCardBalance: { balanceCents: number, expiresAt: string } };

export type GiftCardOrderFieldsFragment = { id: string, reference: string, status: GiftCardOrderStatus, kind: GiftCardKind, serviceName: string | null, faceValueCents: number, priceCents: number, method: GiftCardOrderMethod, recipientName: string, sendToBuyer: boolean, deliverOn: string | null, expiresAt: string, paidAt: string | null, transfer: { iban: string, bic: string | null, holder: string, reference: string, amountCents: number } | null };

export type GiftCardOrderQueryVariables = Exact<{
  id: string | number;
  token: string;
}>;


export type GiftCardOrderQuery = { giftCardOrder: { id: string, reference: string, status: GiftCardOrderStatus, kind: GiftCardKind, serviceName: string | null, faceValueCents: number, priceCents: number, method: GiftCardOrderMethod, recipientName: string, sendToBuyer: boolean, deliverOn: string | null, expiresAt: string, paidAt: string | null, transfer: { iban: string, bic: string | null, holder: string, reference: string, amountCents: number } | null } };

export type GiftCardShopQueryVariables = Exact<{ [key: string]: never; }>;


export type GiftCardShopQuery = { giftCardShop: { presetAmountsCents: Array<number>, minFreeAmountCents: number, maxFreeAmountCents: number, methods: Array<GiftCardOrderMethod>, transferOrderHours: number, onlineSaleEnabled: boolean }, services: Array<{ id: string, name: string, priceCents: number, durationMinutes: number }> };

export type PurchaseGiftCardMutationVariables = Exact<{
  input: PurchaseGiftCardInput;
}>;


export type PurchaseGiftCardMutation = { purchaseGiftCard: { token: string, paymentId: string | null, provider: PaymentProvider | null, stripeClientSecret: string | null, stripePublishableKey: string | null, paypalOrderId: string | null, paypalClientId: string | null, order: { id: string, reference: string, status: GiftCardOrderStatus, kind: GiftCardKind, serviceName: string | null, faceValueCents: number, priceCents: number, method: GiftCardOrderMethod, recipientName: string, sendToBuyer: boolean, deliverOn: string | null, expiresAt: string, paidAt: string | null, transfer: { iban: string, bic: string | null, holder: string, reference: string, amountCents: number } | null } } };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { settings: { institute: { name: string, legalName: string, addressLine1: string, addressLine2: string | null, postalCode: string, city: string, phone: string | null, email: string | null, siret: string, vatNumber: string | null } }, serviceCategories: Array<{ id: string, name: string, description: string | null, color: string, services: Array<{ id: string, name: string, durationMinutes: number, priceCents: number }> }> };

export type CancelBookingByTokenMutationVariables = Exact<{
  input: CancelBookingByTokenInput;
}>;


export type CancelBookingByTokenMutation = { cancelBookingByToken: { reference: string, status: BookingStatus, start: string, end: string, canChange: boolean, changeDeadline: string, changeRefusal: string | null, clientFirstName: string, depositCents: number, depositPaidCents: number, holdExpiresAt: string | null, practitionerId: string, serviceIds: Array<string>, totalCents: number, items: Array<{ serviceName: string, practitionerName: string, start: string, end: string, priceCents: number }> } };

export type LoyaltyCardPanelFragment = { balance: number, tier: LoyaltyTierCode, tierName: string, cardToken: string, qrSvg: string, availableRewards: Array<{ name: string, points: number }>, nextReward: { name: string, points: number } | null };

export type BookingByTokenQueryVariables = Exact<{
  token: string;
}>;


export type BookingByTokenQuery = { bookingByToken: { reference: string, status: BookingStatus, start: string, end: string, canChange: boolean, changeDeadline: string, changeRefusal: string | null, clientFirstName: string, depositCents: number, depositPaidCents: number, holdExpiresAt: string | null, practitionerId: string, serviceIds: Array<string>, totalCents: number, loyalty: { balance: number, tier: LoyaltyTierCode, tierName: string, cardToken: string, qrSvg: string, availableRewards: Array<{ name: string, points: number }>, nextReward: { name: string, points: number } | null } | null, items: Array<{ serviceName: string, practitionerName: string, start: string, end: string, priceCents: number }> } };

export type ManagedBookingFragment = { reference: string, status: BookingStatus, start: string, end: string, canChange: boolean, changeDeadline: string, changeRefusal: string | null, clientFirstName: string, depositCents: number, depositPaidCents: number, holdExpiresAt: string | null, practitionerId: string, serviceIds: Array<string>, totalCents: number, items: Array<{ serviceName: string, practitionerName: string, start: string, end: string, priceCents: number }> };

export type RescheduleBookingByTokenMutationVariables = Exact<{
  input: RescheduleBookingByTokenInput;
}>;


export type RescheduleBookingByTokenMutation = { rescheduleBookingByToken: { reference: string, status: BookingStatus, start: string, end: string, canChange: boolean, changeDeadline: string, changeRefusal: string | null, clientFirstName: string, depositCents: number, depositPaidCents: number, holdExpiresAt: string | null, practitionerId: string, serviceIds: Array<string>, totalCents: number, items: Array<{ serviceName: string, practitionerName: string, start: string, end: string, priceCents: number }> } };

export type AvailableSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type AvailableSlotsQuery = { availableSlots: Array<{ start: string, end: string, practitionerId: string, practitionerName: string }> };

export type CompleteSimulatedPaymentMutationVariables = Exact<{
  input: CompleteSimulatedPaymentInput;
}>;


export type CompleteSimulatedPaymentMutation = { completeSimulatedPayment: { id: string, status: PaymentStatus, failureReason: string | null } };

export type CapturePayPalDepositMutationVariables = Exact<{
  input: CapturePayPalDepositInput;
}>;


export type CapturePayPalDepositMutation = { capturePayPalDeposit: { id: string, status: PaymentStatus, failureReason: string | null } };

export type CreateDepositPaymentMutationVariables = Exact<{
  input: CreateDepositPaymentInput;
}>;


export type CreateDepositPaymentMutation = { createDepositPayment: { paymentId: string, provider: PaymentProvider, amountCents: number, giftCardCents: number, availableMethods: Array<PaymentMethod>, stripeClientSecret: string | null, stripePublishableKey: string | null, paypalOrderId: string | null, paypalClientId: string | null, holdExpiresAt: string | null } };

export type DepositStatusQueryVariables = Exact<{
  token: string;
}>;


export type DepositStatusQuery = { bookingByToken: { reference: string, status: BookingStatus, holdExpiresAt: string | null, depositPaidCents: number } };

export type PayDepositWithGiftCardMutationVariables = Exact<{
  input: PayDepositWithGiftCardInput;
}>;


export type PayDepositWithGiftCardMutation = { payDepositWithGiftCard: { paymentId: string, coveredCents: number, cardBalanceCents: number, depositCents: number, remainingCents: number } };

export type SiteSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteSettingsQuery = { settings: { institute: { name: string, legalName: string, addressLine1: string, addressLine2: string | null, postalCode: string, city: string, phone: string | null, email: string | null, siret: string, vatNumber: string | null }, booking: { bookingHorizonDays: number, cancellationDeadlineHours: number, pendingHoldMinutes: number } } };

export const GiftCardOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCardOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"sendToBuyer"}},{"kind":"Field","name":{"kind":"Name","value":"deliverOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"bic"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<GiftCardOrderFieldsFragment, unknown>;
export const LoyaltyCardPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyCardPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicLoyaltyCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"availableRewards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardToken"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]} as unknown as DocumentNode<LoyaltyCardPanelFragment, unknown>;
export const ManagedBookingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"changeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"clientFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"depositCents"}},{"kind":"Field","name":{"kind":"Name","value":"depositPaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}}]}}]}}]} as unknown as DocumentNode<ManagedBookingFragment, unknown>;
export const BookingCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"depositCents"}}]}}]}}]}}]} as unknown as DocumentNode<BookingCatalogQuery, BookingCatalogQueryVariables>;
export const CreateBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageToken"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"depositCents"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateBookingMutation, CreateBookingMutationVariables>;
export const BookingPractitionersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingPractitioners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitioners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}}]}}]}}]} as unknown as DocumentNode<BookingPractitionersQuery, BookingPractitionersQueryVariables>;
export const CapturePayPalGiftCardOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CapturePayPalGiftCardOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapturePayPalGiftCardOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capturePayPalGiftCardOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]}}]} as unknown as DocumentNode<CapturePayPalGiftCardOrderMutation, CapturePayPalGiftCardOrderMutationVariables>;
export const GiftCardBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftCardBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<GiftCardBalanceQuery, GiftCardBalanceQueryVariables>;
export const GiftCardOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftCardOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCardOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCardOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"sendToBuyer"}},{"kind":"Field","name":{"kind":"Name","value":"deliverOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"bic"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<GiftCardOrderQuery, GiftCardOrderQueryVariables>;
export const GiftCardShopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftCardShop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardShop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presetAmountsCents"}},{"kind":"Field","name":{"kind":"Name","value":"minFreeAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxFreeAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"transferOrderHours"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSaleEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]} as unknown as DocumentNode<GiftCardShopQuery, GiftCardShopQueryVariables>;
export const PurchaseGiftCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseGiftCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseGiftCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseGiftCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"stripeClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"stripePublishableKey"}},{"kind":"Field","name":{"kind":"Name","value":"paypalOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"paypalClientId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCardOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCardOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"sendToBuyer"}},{"kind":"Field","name":{"kind":"Name","value":"deliverOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"bic"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<PurchaseGiftCardMutation, PurchaseGiftCardMutationVariables>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}}]}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const CancelBookingByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBookingByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingByTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBookingByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedBooking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"changeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"clientFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"depositCents"}},{"kind":"Field","name":{"kind":"Name","value":"depositPaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}}]}}]}}]} as unknown as DocumentNode<CancelBookingByTokenMutation, CancelBookingByTokenMutationVariables>;
export const BookingByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedBooking"}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyCardPanel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"changeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"clientFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"depositCents"}},{"kind":"Field","name":{"kind":"Name","value":"depositPaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyCardPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicLoyaltyCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"availableRewards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardToken"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]} as unknown as DocumentNode<BookingByTokenQuery, BookingByTokenQueryVariables>;
export const RescheduleBookingByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleBookingByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBookingByTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBookingByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedBooking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"changeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"changeRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"clientFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"depositCents"}},{"kind":"Field","name":{"kind":"Name","value":"depositPaidCents"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIds"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}}]}}]}}]} as unknown as DocumentNode<RescheduleBookingByTokenMutation, RescheduleBookingByTokenMutationVariables>;
export const AvailableSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerId"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const CompleteSimulatedPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSimulatedPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSimulatedPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSimulatedPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]}}]} as unknown as DocumentNode<CompleteSimulatedPaymentMutation, CompleteSimulatedPaymentMutationVariables>;
export const CapturePayPalDepositDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CapturePayPalDeposit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapturePayPalDepositInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capturePayPalDeposit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]}}]} as unknown as DocumentNode<CapturePayPalDepositMutation, CapturePayPalDepositMutationVariables>;
export const CreateDepositPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepositPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepositPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepositPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"giftCardCents"}},{"kind":"Field","name":{"kind":"Name","value":"availableMethods"}},{"kind":"Field","name":{"kind":"Name","value":"stripeClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"stripePublishableKey"}},{"kind":"Field","name":{"kind":"Name","value":"paypalOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"paypalClientId"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateDepositPaymentMutation, CreateDepositPaymentMutationVariables>;
export const DepositStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepositStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"depositPaidCents"}}]}}]}}]} as unknown as DocumentNode<DepositStatusQuery, DepositStatusQueryVariables>;
export const PayDepositWithGiftCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayDepositWithGiftCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayDepositWithGiftCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payDepositWithGiftCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCents"}},{"kind":"Field","name":{"kind":"Name","value":"cardBalanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"depositCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}}]}}]}}]} as unknown as DocumentNode<PayDepositWithGiftCardMutation, PayDepositWithGiftCardMutationVariables>;
export const SiteSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingHorizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadlineHours"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHoldMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<SiteSettingsQuery, SiteSettingsQueryVariables>;