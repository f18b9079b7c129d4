/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BookingCatalog {\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      description\n      durationMinutes\n      priceCents\n      depositCents\n    }\n  }\n}": typeof types.BookingCatalogDocument,
    "mutation CreateBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    manageToken\n    booking {\n      reference\n      status\n      start\n      end\n      totalCents\n      depositCents\n      holdExpiresAt\n      items {\n        serviceId\n        serviceName\n        practitionerName\n        durationMinutes\n        priceCents\n        start\n        end\n      }\n    }\n  }\n}": typeof types.CreateBookingDocument,
    "query BookingPractitioners($serviceIds: [ID!]!) {\n  practitioners(serviceIds: $serviceIds) {\n    id\n    displayName\n    color\n    bio\n    photoUrl\n  }\n}": typeof types.BookingPractitionersDocument,
    "mutation CapturePayPalGiftCardOrder($input: CapturePayPalGiftCardOrderInput!) {\n  capturePayPalGiftCardOrder(input: $input) {\n    id\n    status\n    failureReason\n  }\n}": typeof types.CapturePayPalGiftCardOrderDocument,
    "query GiftCardBalance($code: String!) {\n  giftCardBalance(code: $code) {\n    balanceCents\n    expiresAt\n  }\n}": typeof types.GiftCardBalanceDocument,
    "fragment GiftCardOrderFields on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  faceValueCents\n  priceCents\n  method\n  recipientName\n  sendToBuyer\n  deliverOn\n  expiresAt\n  paidAt\n  transfer {\n    iban\n    bic\n    holder\n    reference\n    amountCents\n  }\n}\n\nquery GiftCardOrder($id: ID!, $token: String!) {\n  giftCardOrder(id: $id, token: $token) {\n    ...GiftCardOrderFields\n  }\n}": typeof types.GiftCardOrderFieldsFragmentDoc,
    "query GiftCardShop {\n  giftCardShop {\n    presetAmountsCents\n    minFreeAmountCents\n    maxFreeAmountCents\n    methods\n    transferOrderHours\n    onlineSaleEnabled\n  }\n  services {\n    id\n    name\n    priceCents\n    durationMinutes\n  }\n}": typeof types.GiftCardShopDocument,
    "mutation PurchaseGiftCard($input: PurchaseGiftCardInput!) {\n  purchaseGiftCard(input: $input) {\n    token\n    paymentId\n    provider\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    order {\n      ...GiftCardOrderFields\n    }\n  }\n}": typeof types.PurchaseGiftCardDocument,
    "query HomePage {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n  }\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n    }\n  }\n}": typeof types.HomePageDocument,
    "mutation CancelBookingByToken($input: CancelBookingByTokenInput!) {\n  cancelBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}": typeof types.CancelBookingByTokenDocument,
    "fragment LoyaltyCardPanel on PublicLoyaltyCard {\n  balance\n  tier\n  tierName\n  availableRewards {\n    name\n    points\n  }\n  nextReward {\n    name\n    points\n  }\n  cardToken\n  qrSvg\n}": typeof types.LoyaltyCardPanelFragmentDoc,
    "query BookingByToken($token: String!) {\n  bookingByToken(token: $token) {\n    ...ManagedBooking\n    loyalty {\n      ...LoyaltyCardPanel\n    }\n  }\n}": typeof types.BookingByTokenDocument,
    "fragment ManagedBooking on PublicBooking {\n  reference\n  status\n  start\n  end\n  canChange\n  changeDeadline\n  changeRefusal\n  clientFirstName\n  depositCents\n  depositPaidCents\n  holdExpiresAt\n  practitionerId\n  serviceIds\n  totalCents\n  items {\n    serviceName\n    practitionerName\n    start\n    end\n    priceCents\n  }\n}": typeof types.ManagedBookingFragmentDoc,
    "mutation RescheduleBookingByToken($input: RescheduleBookingByTokenInput!) {\n  rescheduleBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}": typeof types.RescheduleBookingByTokenDocument,
    "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) {\n    start\n    end\n    practitionerId\n    practitionerName\n  }\n}": typeof types.AvailableSlotsDocument,
    "mutation CompleteSimulatedPayment($input: CompleteSimulatedPaymentInput!) {\n  completeSimulatedPayment(input: $input) {\n    id\n    status\n    failureReason\n  }\n}": typeof types.CompleteSimulatedPaymentDocument,
    "mutation CapturePayPalDeposit($input: CapturePayPalDepositInput!) {\n  capturePayPalDeposit(input: $input) {\n    id\n    status\n    failureReason\n  }\n}": typeof types.CapturePayPalDepositDocument,
    "mutation CreateDepositPayment($input: CreateDepositPaymentInput!) {\n  createDepositPayment(input: $input) {\n    paymentId\n    provider\n    amountCents\n    giftCardCents\n    availableMethods\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    holdExpiresAt\n  }\n}": typeof types.CreateDepositPaymentDocument,
    "query DepositStatus($token: String!) {\n  bookingByToken(token: $token) {\n    reference\n    status\n    holdExpiresAt\n    depositPaidCents\n  }\n}": typeof types.DepositStatusDocument,
    "mutation PayDepositWithGiftCard($input: PayDepositWithGiftCardInput!) {\n  payDepositWithGiftCard(input: $input) {\n    paymentId\n    coveredCents\n    cardBalanceCents\n    depositCents\n    remainingCents\n  }\n}": typeof types.PayDepositWithGiftCardDocument,
    "query SiteSettings {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n    booking {\n      bookingHorizonDays\n      cancellationDeadlineHours\n      pendingHoldMinutes\n    }\n  }\n}": typeof types.SiteSettingsDocument,
};
const documents: Documents = {
    "query BookingCatalog {\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      description\n      durationMinutes\n      priceCents\n      depositCents\n    }\n  }\n}": types.BookingCatalogDocument,
    "mutation CreateBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    manageToken\n    booking {\n      reference\n      status\n      start\n      end\n      totalCents\n      depositCents\n      holdExpiresAt\n      items {\n        serviceId\n        serviceName\n        practitionerName\n        durationMinutes\n        priceCents\n        start\n        end\n      }\n    }\n  }\n}": types.CreateBookingDocument,
    "query BookingPractitioners($serviceIds: [ID!]!) {\n  practitioners(serviceIds: $serviceIds) {\n    id\n    displayName\n    color\n    bio\n    photoUrl\n  }\n}": types.BookingPractitionersDocument,
    "mutation CapturePayPalGiftCardOrder($input: CapturePayPalGiftCardOrderInput!) {\n  capturePayPalGiftCardOrder(input: $input) {\n    id\n    status\n    failureReason\n  }\n}": types.CapturePayPalGiftCardOrderDocument,
    "query GiftCardBalance($code: String!) {\n  giftCardBalance(code: $code) {\n    balanceCents\n    expiresAt\n  }\n}": types.GiftCardBalanceDocument,
    "fragment GiftCardOrderFields on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  faceValueCents\n  priceCents\n  method\n  recipientName\n  sendToBuyer\n  deliverOn\n  expiresAt\n  paidAt\n  transfer {\n    iban\n    bic\n    holder\n    reference\n    amountCents\n  }\n}\n\nquery GiftCardOrder($id: ID!, $token: String!) {\n  giftCardOrder(id: $id, token: $token) {\n    ...GiftCardOrderFields\n  }\n}": types.GiftCardOrderFieldsFragmentDoc,
    "query GiftCardShop {\n  giftCardShop {\n    presetAmountsCents\n    minFreeAmountCents\n    maxFreeAmountCents\n    methods\n    transferOrderHours\n    onlineSaleEnabled\n  }\n  services {\n    id\n    name\n    priceCents\n    durationMinutes\n  }\n}": types.GiftCardShopDocument,
    "mutation PurchaseGiftCard($input: PurchaseGiftCardInput!) {\n  purchaseGiftCard(input: $input) {\n    token\n    paymentId\n    provider\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    order {\n      ...GiftCardOrderFields\n    }\n  }\n}": types.PurchaseGiftCardDocument,
    "query HomePage {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n  }\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n    }\n  }\n}": types.HomePageDocument,
    "mutation CancelBookingByToken($input: CancelBookingByTokenInput!) {\n  cancelBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}": types.CancelBookingByTokenDocument,
    "fragment LoyaltyCardPanel on PublicLoyaltyCard {\n  balance\n  tier\n  tierName\n  availableRewards {\n    name\n    points\n  }\n  nextReward {\n    name\n    points\n  }\n  cardToken\n  qrSvg\n}": types.LoyaltyCardPanelFragmentDoc,
    "query BookingByToken($token: String!) {\n  bookingByToken(token: $token) {\n    ...ManagedBooking\n    loyalty {\n      ...LoyaltyCardPanel\n    }\n  }\n}": types.BookingByTokenDocument,
    "fragment ManagedBooking on PublicBooking {\n  reference\n  status\n  start\n  end\n  canChange\n  changeDeadline\n  changeRefusal\n  clientFirstName\n  depositCents\n  depositPaidCents\n  holdExpiresAt\n  practitionerId\n  serviceIds\n  totalCents\n  items {\n    serviceName\n    practitionerName\n    start\n    end\n    priceCents\n  }\n}": types.ManagedBookingFragmentDoc,
    "mutation RescheduleBookingByToken($input: RescheduleBookingByTokenInput!) {\n  rescheduleBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}": types.RescheduleBookingByTokenDocument,
    "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) {\n    start\n    end\n    practitionerId\n    practitionerName\n  }\n}": types.AvailableSlotsDocument,
    "mutation CompleteSimulatedPayment($input: CompleteSimulatedPaymentInput!) {\n  completeSimulatedPayment(input: $input) {\n    id\n    status\n    failureReason\n  }\n}": types.CompleteSimulatedPaymentDocument,
    "mutation CapturePayPalDeposit($input: CapturePayPalDepositInput!) {\n  capturePayPalDeposit(input: $input) {\n    id\n    status\n    failureReason\n  }\n}": types.CapturePayPalDepositDocument,
    "mutation CreateDepositPayment($input: CreateDepositPaymentInput!) {\n  createDepositPayment(input: $input) {\n    paymentId\n    provider\n    amountCents\n    giftCardCents\n    availableMethods\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    holdExpiresAt\n  }\n}": types.CreateDepositPaymentDocument,
    "query DepositStatus($token: String!) {\n  bookingByToken(token: $token) {\n    reference\n    status\n    holdExpiresAt\n    depositPaidCents\n  }\n}": types.DepositStatusDocument,
    "mutation PayDepositWithGiftCard($input: PayDepositWithGiftCardInput!) {\n  payDepositWithGiftCard(input: $input) {\n    paymentId\n    coveredCents\n    cardBalanceCents\n    depositCents\n    remainingCents\n  }\n}": types.PayDepositWithGiftCardDocument,
    "query SiteSettings {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n    booking {\n      bookingHorizonDays\n      cancellationDeadlineHours\n      pendingHoldMinutes\n    }\n  }\n}": types.SiteSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingCatalog {\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      description\n      durationMinutes\n      priceCents\n      depositCents\n    }\n  }\n}"): (typeof documents)["query BookingCatalog {\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      description\n      durationMinutes\n      priceCents\n      depositCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    manageToken\n    booking {\n      reference\n      status\n      start\n      end\n      totalCents\n      depositCents\n      holdExpiresAt\n      items {\n        serviceId\n        serviceName\n        practitionerName\n        durationMinutes\n        priceCents\n        start\n        end\n      }\n    }\n  }\n}"): (typeof documents)["mutation CreateBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    manageToken\n    booking {\n      reference\n      status\n      start\n      end\n      totalCents\n      depositCents\n      holdExpiresAt\n      items {\n        serviceId\n        serviceName\n        practitionerName\n        durationMinutes\n        priceCents\n        start\n        end\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingPractitioners($serviceIds: [ID!]!) {\n  practitioners(serviceIds: $serviceIds) {\n    id\n    displayName\n    color\n    bio\n    photoUrl\n  }\n}"): (typeof documents)["query BookingPractitioners($serviceIds: [ID!]!) {\n  practitioners(serviceIds: $serviceIds) {\n    id\n    displayName\n    color\n    bio\n    photoUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CapturePayPalGiftCardOrder($input: CapturePayPalGiftCardOrderInput!) {\n  capturePayPalGiftCardOrder(input: $input) {\n    id\n    status\n    failureReason\n  }\n}"): (typeof documents)["mutation CapturePayPalGiftCardOrder($input: CapturePayPalGiftCardOrderInput!) {\n  capturePayPalGiftCardOrder(input: $input) {\n    id\n    status\n    failureReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftCardBalance($code: String!) {\n  giftCardBalance(code: $code) {\n    balanceCents\n    expiresAt\n  }\n}"): (typeof documents)["query GiftCardBalance($code: String!) {\n  giftCardBalance(code: $code) {\n    balanceCents\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GiftCardOrderFields on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  faceValueCents\n  priceCents\n  method\n  recipientName\n  sendToBuyer\n  deliverOn\n  expiresAt\n  paidAt\n  transfer {\n    iban\n    bic\n    holder\n    reference\n    amountCents\n  }\n}\n\nquery GiftCardOrder($id: ID!, $token: String!) {\n  giftCardOrder(id: $id, token: $token) {\n    ...GiftCardOrderFields\n  }\n}"): (typeof documents)["fragment GiftCardOrderFields on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  faceValueCents\n  priceCents\n  method\n  recipientName\n  sendToBuyer\n  deliverOn\n  expiresAt\n  paidAt\n  transfer {\n    iban\n    bic\n    holder\n    reference\n    amountCents\n  }\n}\n\nquery GiftCardOrder($id: ID!, $token: String!) {\n  giftCardOrder(id: $id, token: $token) {\n    ...GiftCardOrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftCardShop {\n  giftCardShop {\n    presetAmountsCents\n    minFreeAmountCents\n    maxFreeAmountCents\n    methods\n    transferOrderHours\n    onlineSaleEnabled\n  }\n  services {\n    id\n    name\n    priceCents\n    durationMinutes\n  }\n}"): (typeof documents)["query GiftCardShop {\n  giftCardShop {\n    presetAmountsCents\n    minFreeAmountCents\n    maxFreeAmountCents\n    methods\n    transferOrderHours\n    onlineSaleEnabled\n  }\n  services {\n    id\n    name\n    priceCents\n    durationMinutes\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchaseGiftCard($input: PurchaseGiftCardInput!) {\n  purchaseGiftCard(input: $input) {\n    token\n    paymentId\n    provider\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    order {\n      ...GiftCardOrderFields\n    }\n  }\n}"): (typeof documents)["mutation PurchaseGiftCard($input: PurchaseGiftCardInput!) {\n  purchaseGiftCard(input: $input) {\n    token\n    paymentId\n    provider\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    order {\n      ...GiftCardOrderFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomePage {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n  }\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n    }\n  }\n}"): (typeof documents)["query HomePage {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n  }\n  serviceCategories {\n    id\n    name\n    description\n    color\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelBookingByToken($input: CancelBookingByTokenInput!) {\n  cancelBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}"): (typeof documents)["mutation CancelBookingByToken($input: CancelBookingByTokenInput!) {\n  cancelBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LoyaltyCardPanel on PublicLoyaltyCard {\n  balance\n  tier\n  tierName\n  availableRewards {\n    name\n    points\n  }\n  nextReward {\n    name\n    points\n  }\n  cardToken\n  qrSvg\n}"): (typeof documents)["fragment LoyaltyCardPanel on PublicLoyaltyCard {\n  balance\n  tier\n  tierName\n  availableRewards {\n    name\n    points\n  }\n  nextReward {\n    name\n    points\n  }\n  cardToken\n  qrSvg\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingByToken($token: String!) {\n  bookingByToken(token: $token) {\n    ...ManagedBooking\n    loyalty {\n      ...LoyaltyCardPanel\n    }\n  }\n}"): (typeof documents)["query BookingByToken($token: String!) {\n  bookingByToken(token: $token) {\n    ...ManagedBooking\n    loyalty {\n      ...LoyaltyCardPanel\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ManagedBooking on PublicBooking {\n  reference\n  status\n  start\n  end\n  canChange\n  changeDeadline\n  changeRefusal\n  clientFirstName\n  depositCents\n  depositPaidCents\n  holdExpiresAt\n  practitionerId\n  serviceIds\n  totalCents\n  items {\n    serviceName\n    practitionerName\n    start\n    end\n    priceCents\n  }\n}"): (typeof documents)["fragment ManagedBooking on PublicBooking {\n  reference\n  status\n  start\n  end\n  canChange\n  changeDeadline\n  changeRefusal\n  clientFirstName\n  depositCents\n  depositPaidCents\n  holdExpiresAt\n  practitionerId\n  serviceIds\n  totalCents\n  items {\n    serviceName\n    practitionerName\n    start\n    end\n    priceCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleBookingByToken($input: RescheduleBookingByTokenInput!) {\n  rescheduleBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}"): (typeof documents)["mutation RescheduleBookingByToken($input: RescheduleBookingByTokenInput!) {\n  rescheduleBookingByToken(input: $input) {\n    ...ManagedBooking\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) {\n    start\n    end\n    practitionerId\n    practitionerName\n  }\n}"): (typeof documents)["query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) {\n    start\n    end\n    practitionerId\n    practitionerName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteSimulatedPayment($input: CompleteSimulatedPaymentInput!) {\n  completeSimulatedPayment(input: $input) {\n    id\n    status\n    failureReason\n  }\n}"): (typeof documents)["mutation CompleteSimulatedPayment($input: CompleteSimulatedPaymentInput!) {\n  completeSimulatedPayment(input: $input) {\n    id\n    status\n    failureReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CapturePayPalDeposit($input: CapturePayPalDepositInput!) {\n  capturePayPalDeposit(input: $input) {\n    id\n    status\n    failureReason\n  }\n}"): (typeof documents)["mutation CapturePayPalDeposit($input: CapturePayPalDepositInput!) {\n  capturePayPalDeposit(input: $input) {\n    id\n    status\n    failureReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDepositPayment($input: CreateDepositPaymentInput!) {\n  createDepositPayment(input: $input) {\n    paymentId\n    provider\n    amountCents\n    giftCardCents\n    availableMethods\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    holdExpiresAt\n  }\n}"): (typeof documents)["mutation CreateDepositPayment($input: CreateDepositPaymentInput!) {\n  createDepositPayment(input: $input) {\n    paymentId\n    provider\n    amountCents\n    giftCardCents\n    availableMethods\n    stripeClientSecret\n    stripePublishableKey\n    paypalOrderId\n    paypalClientId\n    holdExpiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepositStatus($token: String!) {\n  bookingByToken(token: $token) {\n    reference\n    status\n    holdExpiresAt\n    depositPaidCents\n  }\n}"): (typeof documents)["query DepositStatus($token: String!) {\n  bookingByToken(token: $token) {\n    reference\n    status\n    holdExpiresAt\n    depositPaidCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayDepositWithGiftCard($input: PayDepositWithGiftCardInput!) {\n  payDepositWithGiftCard(input: $input) {\n    paymentId\n    coveredCents\n    cardBalanceCents\n    depositCents\n    remainingCents\n  }\n}"): (typeof documents)["mutation PayDepositWithGiftCard($input: PayDepositWithGiftCardInput!) {\n  payDepositWithGiftCard(input: $input) {\n    paymentId\n    coveredCents\n    cardBalanceCents\n    depositCents\n    remainingCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiteSettings {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n    booking {\n      bookingHorizonDays\n      cancellationDeadlineHours\n      pendingHoldMinutes\n    }\n  }\n}"): (typeof documents)["query SiteSettings {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n    }\n    booking {\n      bookingHorizonDays\n      cancellationDeadlineHours\n      pendingHoldMinutes\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;