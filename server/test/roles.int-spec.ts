import { DOMAIN_MODULES } from '../src/app.module.js';
import { findResolvers, rootOperations } from '../src/graphql/resolver-inventory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, subscribe, wsClient } from '@serenaia/test-support';
import { startTestApp, waitForSubscribers, type TestApp } from './support/app.js';

const ID = '00000000-0000-4000-8000-000000000000';
const NOW = '2030-01-07T09:00:00.000Z';
const LATER = '2030-01-07T10:00:00.000Z';

/**
 * Levels: PUBLIC (anyone), AUTHENTICATED (any signed-in role), STAFF (STAFF and ADMIN), ADMIN,
 * TILL_READ (STAFF, ADMIN and ACCOUNTANT: the till's records and the payment ledger), AUDIT (ADMIN and ACCOUNTANT: verification
 * and archives). An ACCOUNTANT satisfies nothing but the levels naming it.
 */
type Level = 'PUBLIC' | 'AUTHENTICATED' | 'STAFF' | 'ADMIN' | 'TILL_READ' | 'AUDIT';
type Caller = 'ANONYMOUS' | 'CLIENT' | 'STAFF' | 'ACCOUNTANT' | 'ADMIN';
const SIGNED_IN = ['CLIENT', 'STAFF', 'ACCOUNTANT', 'ADMIN'] as const;

/**
 * Who may call what. Every root operation of the schema must be listed (checked below), so a new
 * operation cannot ship without its role being tested.
 */
const MATRIX: Record<
  string,
  {
    level: Level;
    document: string;
    variables?: Record<string, unknown>;
  }
> = {
  // Public (login and refreshToken with inputs that fail validation: a wrong password would be
  // UNAUTHENTICATED, which is not about access)
  settings: { level: 'PUBLIC', document: '{ settings { institute { name } } }' },
  serviceCategories: { level: 'PUBLIC', document: '{ serviceCategories { id } }' },
  services: { level: 'PUBLIC', document: '{ services { id } }' },
  practitioners: { level: 'PUBLIC', document: '{ practitioners { id } }' },
  availableSlots: {
    level: 'PUBLIC',
    document:
      'query { availableSlots(input: {serviceIds: [], from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z"}) { start } }',
  },
  createBooking: {
    level: 'PUBLIC',
    document: `mutation { createBooking(input: {serviceIds: ["${ID}"], start: "${NOW}"}) { manageToken } }`,
  },
  bookingByToken: {
    level: 'PUBLIC',
    document: `{ bookingByToken(token: "${'a'.repeat(43)}") { reference } }`,
  },
  cancelBookingByToken: {
    level: 'PUBLIC',
    document: `mutation { cancelBookingByToken(input: {token: "${'a'.repeat(43)}"}) { status } }`,
  },
  rescheduleBookingByToken: {
    level: 'PUBLIC',
    document: `mutation { rescheduleBookingByToken(input: {token: "${'a'.repeat(43)}", start: "${NOW}"}) { status } }`,
  },
  login: {
    level: 'PUBLIC',
    document: 'mutation { login(input: {email: "not-an-email", password: "p"}) { accessToken } }',
  },
  refreshToken: {
    level: 'PUBLIC',
    document: 'mutation { refreshToken(input: {refreshToken: ""}) { accessToken } }',
  },
  logout: { level: 'PUBLIC', document: 'mutation { logout(input: {refreshToken: "x"}) }' },
  requestPasswordReset: {
    level: 'PUBLIC',
    document: 'mutation { requestPasswordReset(input: {email: "not-an-email"}) }',
  },
  setPasswordWithLink: {
    level: 'PUBLIC',
    document: 'mutation { setPasswordWithLink(input: {token: "x", newPassword: "short"}) }',
  },
  createDepositPayment: {
    level: 'PUBLIC',
    document: `mutation { createDepositPayment(input: {token: "${'a'.repeat(43)}"}) { paymentId } }`,
  },
  capturePayPalDeposit: {
    level: 'PUBLIC',
    document: `mutation { capturePayPalDeposit(input: {token: "${'a'.repeat(43)}", orderId: "5O190127TN364715T"}) { id } }`,
  },
  payDepositWithGiftCard: {
    level: 'PUBLIC',
    document: `mutation { payDepositWithGiftCard(input: {token: "${'a'.repeat(43)}", code: "ABCD-EFGH-JKLM-NPQR"}) { paymentId } }`,
  },
  completeSimulatedPayment: {
    level: 'PUBLIC',
    document: `mutation { completeSimulatedPayment(input: {paymentId: "${ID}", approve: true}) { id } }`,
  },
  // Any signed-in user
  me: { level: 'AUTHENTICATED', document: '{ me { id } }' },
  myPermissions: { level: 'AUTHENTICATED', document: '{ myPermissions }' },
  mySessions: { level: 'AUTHENTICATED', document: '{ mySessions { id } }' },
  endSession: { level: 'AUTHENTICATED', document: `mutation { endSession(id: "${ID}") }` },
  changeMyPassword: {
    level: 'AUTHENTICATED',
    document: 'mutation { changeMyPassword(input: {currentPassword: "x", newPassword: "short"}) }',
  },
  // Staff
  cabins: { level: 'STAFF', document: '{ cabins { id } }' },
  cabinTypes: { level: 'STAFF', document: '{ cabinTypes { id } }' },
  clients: { level: 'STAFF', document: '{ clients { total } }' },
  client: { level: 'STAFF', document: `{ client(id: "${ID}") { id } }` },
  upsertClient: {
    level: 'STAFF',
    document: 'mutation { upsertClient(input: {firstName: "A", lastName: "B"}) { id } }',
  },
  clientFile: { level: 'STAFF', document: `{ clientFile(id: "${ID}") { hasBeautyFile } }` },
  clientBeautyAlert: { level: 'STAFF', document: `{ clientBeautyAlert(clientId: "${ID}") }` },
  clientBeautyFile: { level: 'STAFF', document: `{ clientBeautyFile(clientId: "${ID}") { skinType } }` },
  updateClientBeautyFile: {
    level: 'STAFF',
    document: `mutation { updateClientBeautyFile(input: {clientId: "${ID}", skinType: "Mixte"}) { skinType } }`,
  },
  addClientNote: {
    level: 'STAFF',
    document: `mutation { addClientNote(input: {clientId: "${ID}", body: "Note"}) { id } }`,
  },
  pinClientNote: {
    level: 'STAFF',
    document: `mutation { pinClientNote(input: {noteId: "${ID}", pinned: true}) { id } }`,
  },
  archiveClient: {
    level: 'STAFF',
    document: `mutation { archiveClient(input: {clientId: "${ID}", archived: true}) { id } }`,
  },
  savedClientFilters: { level: 'STAFF', document: '{ savedClientFilters { id } }' },
  saveClientFilter: {
    level: 'STAFF',
    document: 'mutation { saveClientFilter(input: {name: "VIP", filter: {tags: ["VIP"]}}) { id } }',
  },
  deleteSavedClientFilter: { level: 'STAFF', document: `mutation { deleteSavedClientFilter(id: "${ID}") }` },
  possibleDuplicateClients: { level: 'STAFF', document: '{ possibleDuplicateClients { key } }' },
  dismissPossibleDuplicate: {
    level: 'STAFF',
    document: `mutation { dismissPossibleDuplicate(key: "booking:${ID}") }`,
  },
  exportClientsCsv: { level: 'ADMIN', document: '{ exportClientsCsv { count } }' },
  clientHealthAccessLog: { level: 'ADMIN', document: `{ clientHealthAccessLog(clientId: "${ID}") { at } }` },
  mergeClients: {
    level: 'ADMIN',
    document: `mutation { mergeClients(input: {survivorId: "${ID}", mergedId: "${ID}"}) { movedBookings } }`,
  },
  workingHours: { level: 'STAFF', document: `{ workingHours(practitionerId: "${ID}") { weekday } }` },
  availabilityExceptions: {
    level: 'STAFF',
    document: '{ availabilityExceptions(from: "2030-01-01", to: "2030-01-31") { id } }',
  },
  blockSlot: {
    level: 'STAFF',
    document: `mutation { blockSlot(input: {practitionerId: "${ID}", start: "${NOW}", end: "${LATER}"}) { id } }`,
  },
  unblockSlot: { level: 'STAFF', document: `mutation { unblockSlot(id: "${ID}") { id } }` },
  confirmBooking: { level: 'STAFF', document: `mutation { confirmBooking(id: "${ID}") { id } }` },
  cancelBooking: { level: 'STAFF', document: `mutation { cancelBooking(input: {id: "${ID}"}) { id } }` },
  rescheduleBooking: {
    level: 'STAFF',
    document: `mutation { rescheduleBooking(input: {id: "${ID}", start: "${NOW}"}) { id } }`,
  },
  markNoShow: { level: 'STAFF', document: `mutation { markNoShow(id: "${ID}") { id } }` },
  completeBooking: { level: 'STAFF', document: `mutation { completeBooking(id: "${ID}") { id } }` },
  booking: { level: 'STAFF', document: `{ booking(id: "${ID}") { id } }` },
  bookings: { level: 'STAFF', document: '{ bookings { total } }' },
  agenda: { level: 'STAFF', document: '{ agenda(day: "2030-01-07") { day } }' },
  agendaMonth: { level: 'STAFF', document: '{ agendaMonth(month: "2030-01") { month } }' },
  agendaChanged: { level: 'STAFF', document: 'subscription { agendaChanged(day: "2030-01-07") { kind } }' },
  instituteUpdated: { level: 'STAFF', document: 'subscription { instituteUpdated { name } }' },
  payments: { level: 'TILL_READ', document: '{ payments { total } }' },
  readers: { level: 'STAFF', document: '{ readers { id } }' },
  startTerminalCheckout: {
    level: 'STAFF',
    document: `mutation { startTerminalCheckout(input: {readerId: "${ID}", amountCents: 100}) { id } }`,
  },
  cancelTerminalCheckout: {
    level: 'STAFF',
    document: `mutation { cancelTerminalCheckout(id: "${ID}") { id } }`,
  },
  terminalCheckout: { level: 'STAFF', document: `{ terminalCheckout(id: "${ID}") { id } }` },
  simulateTerminalOutcome: {
    level: 'STAFF',
    document: `mutation { simulateTerminalOutcome(input: {checkoutId: "${ID}", outcome: APPROVED}) { id } }`,
  },
  terminalCheckoutUpdated: {
    level: 'STAFF',
    document: `subscription { terminalCheckoutUpdated(id: "${ID}") { status } }`,
  },
  // Staff may refund only when an admin allows it (off by default): tested in payments.int-spec.
  refundPayment: {
    level: 'ADMIN',
    document: `mutation { refundPayment(input: {id: "${ID}", reason: "x"}) { id } }`,
  },
  recordPayment: {
    level: 'STAFF',
    document: `mutation { recordPayment(input: {kind: BALANCE, method: CASH, amountCents: 100}) { id } }`,
  },
  // Admin
  updateInstitute: { level: 'ADMIN', document: 'mutation { updateInstitute(input: {name: "X"}) { name } }' },
  updateBookingSettings: {
    level: 'ADMIN',
    document: 'mutation { updateBookingSettings(input: {pendingHoldMinutes: 30}) { pendingHoldMinutes } }',
  },
  upsertServiceCategory: {
    level: 'ADMIN',
    document: 'mutation { upsertServiceCategory(input: {name: "Cat"}) { id } }',
  },
  upsertService: {
    level: 'ADMIN',
    document: `mutation { upsertService(input: {categoryId: "${ID}", name: "Soin", durationMinutes: 30, priceCents: 100}) { id } }`,
  },
  deleteServiceCategory: { level: 'ADMIN', document: `mutation { deleteServiceCategory(id: "${ID}") }` },
  reorderServiceCategories: {
    level: 'ADMIN',
    document: `mutation { reorderServiceCategories(ids: ["${ID}"]) { id } }`,
  },
  reorderServices: {
    level: 'ADMIN',
    document: `mutation { reorderServices(input: {categoryId: "${ID}", serviceIds: []}) { id } }`,
  },
  upsertPractitioner: {
    level: 'ADMIN',
    document: 'mutation { upsertPractitioner(input: {displayName: "Zoé"}) { id } }',
  },
  upsertCabinType: { level: 'ADMIN', document: 'mutation { upsertCabinType(input: {name: "Type"}) { id } }' },
  upsertCabin: {
    level: 'ADMIN',
    document: `mutation { upsertCabin(input: {name: "C", cabinTypeId: "${ID}"}) { id } }`,
  },
  deleteCabinType: { level: 'ADMIN', document: `mutation { deleteCabinType(id: "${ID}") { id } }` },
  setWorkingHours: {
    level: 'ADMIN',
    document: `mutation { setWorkingHours(input: {practitionerId: "${ID}", rules: []}) { weekday } }`,
  },
  upsertAvailabilityException: {
    level: 'ADMIN',
    document: 'mutation { upsertAvailabilityException(input: {date: "2030-01-07", kind: CLOSED}) { id } }',
  },
  paymentSettings: { level: 'ADMIN', document: '{ paymentSettings { staffCanRefund } }' },
  updatePaymentSettings: {
    level: 'ADMIN',
    document: 'mutation { updatePaymentSettings(input: {staffCanRefund: false}) { staffCanRefund } }',
  },
  pairReader: {
    level: 'ADMIN',
    document: 'mutation { pairReader(input: {pairingCode: "ABCD1234", name: "Accueil"}) { id } }',
  },
  renameReader: {
    level: 'ADMIN',
    document: `mutation { renameReader(input: {id: "${ID}", name: "Accueil"}) { id } }`,
  },
  removeReader: { level: 'ADMIN', document: `mutation { removeReader(id: "${ID}") }` },
  createClosures: {
    level: 'ADMIN',
    document: 'mutation { createClosures(input: {from: "2030-01-07", to: "2030-01-08"}) { id } }',
  },
  deleteAvailabilityException: {
    level: 'ADMIN',
    document: `mutation { deleteAvailabilityException(id: "${ID}") }`,
  },
  notifications: { level: 'STAFF', document: '{ notifications { total } }' },
  resendNotification: {
    level: 'STAFF',
    document: `mutation { resendNotification(id: "${ID}") { id } }`,
  },
  notificationSettings: { level: 'ADMIN', document: '{ notificationSettings { smsSender } }' },
  updateNotificationSettings: {
    level: 'ADMIN',
    document: 'mutation { updateNotificationSettings(input: {}) { smsSender } }',
  },
  previewNotification: {
    level: 'ADMIN',
    document: `{ previewNotification(template: BOOKING_CONFIRMED, bookingId: "${ID}") { subject } }`,
  },
  sendTestNotification: {
    level: 'ADMIN',
    document: `mutation { sendTestNotification(input: {template: BOOKING_CONFIRMED, channel: EMAIL, bookingId: "${ID}", to: "a@b.fr"}) { id } }`,
  },
  // Stock (inventory): STAFF reads and records movements; ADMIN edits the catalogue, counts and imports.
  products: { level: 'STAFF', document: '{ products { total } }' },
  product: { level: 'STAFF', document: `{ product(id: "${ID}") { id } }` },
  productCategories: { level: 'STAFF', document: '{ productCategories }' },
  suppliers: { level: 'STAFF', document: '{ suppliers { id } }' },
  serviceConsumption: { level: 'STAFF', document: `{ serviceConsumption(serviceId: "${ID}") { quantity } }` },
  inventorySettings: { level: 'STAFF', document: '{ inventorySettings { allowNegativeStock } }' },
  stockMovements: { level: 'STAFF', document: '{ stockMovements { total } }' },
  stockValuation: { level: 'STAFF', document: `{ stockValuation(at: "${NOW}") { totalValueCents } }` },
  stockExport: { level: 'STAFF', document: '{ stockExport(format: CSV) { fileName } }' },
  reorderSuggestions: { level: 'STAFF', document: '{ reorderSuggestions { suggestedQuantity } }' },
  purchaseOrders: { level: 'STAFF', document: '{ purchaseOrders { id } }' },
  currentInventoryCount: { level: 'STAFF', document: '{ currentInventoryCount { id } }' },
  recordStockMovement: {
    level: 'STAFF',
    document: `mutation { recordStockMovement(input: {productId: "${ID}", kind: LOSS, quantity: 1}) { id } }`,
  },
  receivePurchaseOrder: {
    level: 'STAFF',
    document: `mutation { receivePurchaseOrder(input: {purchaseOrderId: "${ID}", lines: [{productId: "${ID}", quantity: 1}]}) { id } }`,
  },
  recordCountedQuantity: {
    level: 'STAFF',
    document: `mutation { recordCountedQuantity(input: {countId: "${ID}", productId: "${ID}", countedQuantity: 1}) { countedQuantity } }`,
  },
  stockChanged: { level: 'STAFF', document: 'subscription { stockChanged { products { id } } }' },
  // Loyalty (flows and refusals in loyalty.int-spec.ts)
  loyaltyProgram: { level: 'STAFF', document: '{ loyaltyProgram { enabled } }' },
  updateLoyaltyProgram: {
    level: 'ADMIN',
    document:
      'mutation { updateLoyaltyProgram(input: {enabled: true, servicePointsPerEuro: -1, productPointsPerEuro: 1, rounding: DOWN, expiryMonths: 12, birthdayBonusPoints: 0, referralBonusPoints: 0, tiers: [], rewards: []}) { enabled } }',
  },
  loyaltyAccount: { level: 'STAFF', document: `{ loyaltyAccount(clientId: "${ID}") { balance } }` },
  adjustPoints: {
    level: 'ADMIN',
    document: `mutation { adjustPoints(input: {clientId: "${ID}", points: 0, reason: "x"}) { balance } }`,
  },
  redeemReward: {
    level: 'STAFF',
    document: `mutation { redeemReward(input: {saleId: "${ID}", rewardCode: "BON-10", clientConsent: false}) { id } }`,
  },
  referralCode: { level: 'STAFF', document: `{ referralCode(clientId: "${ID}") { code } }` },
  loyaltyCardClient: {
    level: 'STAFF',
    document: `{ loyaltyCardClient(token: "${'0'.repeat(32)}") { clientId } }`,
  },
  recordReferral: {
    level: 'STAFF',
    document: `mutation { recordReferral(input: {clientId: "${ID}", code: "X"}) { balance } }`,
  },
  // Point of sale, sales (ADMIN-only discounts and credit notes above a setting: pos-sales.int-spec.ts)
  sale: { level: 'TILL_READ', document: `{ sale(id: "${ID}") { id } }` },
  sales: { level: 'TILL_READ', document: '{ sales { total } }' },
  saleSettings: { level: 'TILL_READ', document: '{ saleSettings { staffMaxDiscountBp } }' },
  setSaleClient: {
    level: 'STAFF',
    document: `mutation { setSaleClient(input: {saleId: "${ID}", clientId: null}) { id } }`,
  },
  saleReceipt: { level: 'TILL_READ', document: `{ saleReceipt(saleId: "${ID}") { issuedAt } }` },
  saleReceiptPdfLink: {
    level: 'TILL_READ',
    document: `{ saleReceiptPdfLink(saleId: "${ID}") { url } }`,
  },
  reprintSaleReceipt: {
    level: 'STAFF',
    document: `mutation { reprintSaleReceipt(input: {saleId: "${ID}"}) { issuedAt } }`,
  },
  sendSaleReceipt: {
    level: 'STAFF',
    document: `mutation { sendSaleReceipt(input: {saleId: "${ID}"}) { email } }`,
  },
  updateSaleSettings: {
    level: 'ADMIN',
    document:
      'mutation { updateSaleSettings(input: {staffMaxDiscountBp: -1, staffMaxCreditNoteCents: 0}) { staffMaxDiscountBp } }',
  },
  cancelSaleTender: {
    level: 'STAFF',
    document: `mutation { cancelSaleTender(input: {saleId: "${ID}", tenderId: "${ID}"}) { id } }`,
  },
  openSale: { level: 'STAFF', document: `mutation { openSale(input: {tillId: "${ID}"}) { id } }` },
  addSaleLine: {
    level: 'STAFF',
    document: `mutation { addSaleLine(input: {saleId: "${ID}", kind: "FREE", quantity: 0}) { id } }`,
  },
  updateSaleLine: {
    level: 'STAFF',
    document: `mutation { updateSaleLine(input: {lineId: "${ID}", quantity: 1}) { id } }`,
  },
  removeSaleLine: {
    level: 'STAFF',
    document: `mutation { removeSaleLine(input: {lineId: "${ID}"}) { id } }`,
  },
  applyDiscount: {
    level: 'STAFF',
    document: `mutation { applyDiscount(input: {saleId: "${ID}", kind: PERCENT, value: 1000, reason: "Fidélité"}) { id } }`,
  },
  paySale: {
    level: 'STAFF',
    document: `mutation { paySale(input: {saleId: "${ID}", kind: "CASH", amountCents: 100, idempotencyKey: "roles-key-1"}) { id } }`,
  },
  parkSale: { level: 'STAFF', document: `mutation { parkSale(input: {saleId: "${ID}"}) { id } }` },
  issueCreditNote: {
    level: 'STAFF',
    document: `mutation { issueCreditNote(input: {saleId: "${ID}", lines: [{lineId: "${ID}", quantity: 1}], refunds: [{kind: "CASH", amountCents: 100}], reason: "Erreur", idempotencyKey: "roles-key-2"}) { id } }`,
  },
  saleUpdated: { level: 'STAFF', document: `subscription { saleUpdated(id: "${ID}") { id } }` },
  upsertProduct: {
    level: 'ADMIN',
    document:
      'mutation { upsertProduct(input: {kind: RETAIL, name: "Rôles", priceCents: -1, vatRateBp: 2000}) { id } }',
  },
  upsertSupplier: { level: 'ADMIN', document: 'mutation { upsertSupplier(input: {name: ""}) { id } }' },
  importProducts: {
    level: 'ADMIN',
    document: 'mutation { importProducts(file: "x", dryRun: true) { applied } }',
  },
  setServiceConsumption: {
    level: 'ADMIN',
    document: `mutation { setServiceConsumption(input: {serviceId: "${ID}", items: []}) { quantity } }`,
  },
  updateInventorySettings: {
    level: 'ADMIN',
    document:
      'mutation { updateInventorySettings(input: {allowNegativeStock: false}) { allowNegativeStock } }',
  },
  createPurchaseOrder: {
    level: 'ADMIN',
    document: `mutation { createPurchaseOrder(input: {supplierId: "${ID}", lines: [{productId: "${ID}", quantity: 1}]}) { id } }`,
  },
  sendPurchaseOrder: { level: 'ADMIN', document: `mutation { sendPurchaseOrder(id: "${ID}") { id } }` },
  cancelPurchaseOrder: { level: 'ADMIN', document: `mutation { cancelPurchaseOrder(id: "${ID}") { id } }` },
  startInventoryCount: { level: 'ADMIN', document: 'mutation { startInventoryCount(input: {}) { id } }' },
  closeInventoryCount: { level: 'ADMIN', document: `mutation { closeInventoryCount(id: "${ID}") { id } }` },
  tills: { level: 'TILL_READ', document: '{ tills { id } }' },
  cashSession: { level: 'STAFF', document: `{ cashSession(tillId: "${ID}") { id } }` },
  openCashSession: {
    level: 'STAFF',
    document: `mutation { openCashSession(input: {tillId: "${ID}", counts: []}) { id } }`,
  },
  recordCashMovement: {
    level: 'STAFF',
    document: `mutation { recordCashMovement(input: {tillId: "${ID}", direction: OUT, amountCents: 1, reason: "x"}) { id } }`,
  },
  closeCashSession: {
    level: 'STAFF',
    document: `mutation { closeCashSession(input: {tillId: "${ID}", counts: []}) { id } }`,
  },
  closePeriod: {
    level: 'STAFF',
    document: `mutation { closePeriod(input: {tillId: "${ID}", period: DAY, date: "2030-01-06"}) { id } }`,
  },
  closures: { level: 'TILL_READ', document: `{ closures(filter: {tillId: "${ID}"}) { id } }` },
  journalPublicKey: { level: 'TILL_READ', document: '{ journalPublicKey }' },
  verifyJournal: { level: 'AUDIT', document: `mutation { verifyJournal(input: {tillId: "${ID}"}) { ok } }` },
  exportJournalArchive: {
    level: 'AUDIT',
    document: `mutation { exportJournalArchive(input: {tillId: "${ID}"}) { sha256 } }`,
  },
  accountingSettings: { level: 'AUDIT', document: '{ accountingSettings { fecEncoding } }' },
  updateAccountingSettings: {
    level: 'ADMIN',
    document: 'mutation { updateAccountingSettings(input: {}) { fecEncoding } }',
  },
  accountingEntries: { level: 'AUDIT', document: '{ accountingEntries { total } }' },
  validateEntries: {
    level: 'AUDIT',
    document: 'mutation { validateEntries(input: {through: "2030-01-06"}) { validatedCount } }',
  },
  lockPeriod: {
    level: 'AUDIT',
    document: 'mutation { lockPeriod(input: {year: 2030, month: 1}) { month } }',
  },
  periodLocks: { level: 'AUDIT', document: '{ periodLocks { month } }' },
  trialBalance: {
    level: 'AUDIT',
    document: '{ trialBalance(period: {from: "2030-01-01", to: "2030-01-31"}) { accountNumber } }',
  },
  generalLedger: {
    level: 'AUDIT',
    document:
      '{ generalLedger(input: {accountNumber: "706", from: "2030-01-01", to: "2030-01-31"}) { closingBalanceCents } }',
  },
  fecExport: {
    level: 'AUDIT',
    document: 'mutation { fecExport(input: {from: "2030-01-01", to: "2030-01-31"}) { fileName } }',
  },
  accountingEntriesCsv: {
    level: 'AUDIT',
    document: 'mutation { accountingEntriesCsv(input: {from: "2030-01-01", to: "2030-01-31"}) { url } }',
  },
  vatReport: {
    level: 'AUDIT',
    document: '{ vatReport(period: {year: 2030, month: 1}) { from } }',
  },
  recordPayout: {
    level: 'AUDIT',
    document:
      'mutation { recordPayout(input: {provider: STRIPE, paidOn: "2030-01-06", grossCents: 3000, feeCents: 70, netCents: 1}) { id } }',
  },
  syncProviderPayouts: {
    level: 'AUDIT',
    document: 'mutation { syncProviderPayouts(input: {provider: PAYPAL}) { fetched } }',
  },
  payouts: { level: 'AUDIT', document: '{ payouts { id } }' },
  recordCashBanking: {
    level: 'TILL_READ',
    document: `mutation { recordCashBanking(input: {tillId: "${ID}", amountCents: 0, depositedOn: "2030-01-06"}) { id } }`,
  },
  recordCashBankingCredit: {
    level: 'TILL_READ',
    document: `mutation { recordCashBankingCredit(input: {id: "${ID}", creditedOn: "2030-01-06"}) { id } }`,
  },
  cashBankings: { level: 'TILL_READ', document: '{ cashBankings { id } }' },
  recordOpeningEntry: {
    level: 'AUDIT',
    document: 'mutation { recordOpeningEntry(input: {fiscalYear: 2030, lines: []}) { id } }',
  },
  staffAccounts: { level: 'ADMIN', document: '{ staffAccounts { id } }' },
  inviteAccountant: {
    level: 'ADMIN',
    document: 'mutation { inviteAccountant(input: {email: "not-an-email", name: "A B"}) { id } }',
  },
  inviteStaff: {
    level: 'ADMIN',
    document:
      'mutation { inviteStaff(input: {email: "not-an-email", firstName: "A", lastName: "B", role: STAFF}) { id } }',
  },
  changeStaffRole: {
    level: 'ADMIN',
    document: `mutation { changeStaffRole(input: {userId: "${ID}", role: STAFF}) { id } }`,
  },
  resendStaffInvitation: {
    level: 'ADMIN',
    document: `mutation { resendStaffInvitation(input: {userId: "${ID}"}) { id } }`,
  },
  setStaffActive: {
    level: 'ADMIN',
    document: `mutation { setStaffActive(input: {userId: "${ID}", active: true}) { id } }`,
  },
  linkStaffPractitioner: {
    level: 'ADMIN',
    document: `mutation { linkStaffPractitioner(input: {userId: "${ID}", practitionerId: null}) { id } }`,
  },
  giftCardBalance: {
    level: 'PUBLIC',
    document: '{ giftCardBalance(code: "ABCD-EFGH-JKLM-NPQR") { balanceCents } }',
  },
  giftCard: { level: 'STAFF', document: '{ giftCard(code: "ABCD-EFGH-JKLM-NPQR") { id } }' },
  giftCards: { level: 'STAFF', document: '{ giftCards { total } }' },
  giftCardById: { level: 'STAFF', document: `{ giftCardById(id: "${ID}") { id } }` },
  giftCardCounts: { level: 'STAFF', document: '{ giftCardCounts { total } }' },
  soldGiftCards: { level: 'STAFF', document: `{ soldGiftCards(saleId: "${ID}") { code } }` },
  redeemGiftCard: {
    level: 'STAFF',
    document:
      'mutation { redeemGiftCard(input: {code: "ABCD-EFGH-JKLM-NPQR", amountCents: 100}) { balanceCents } }',
  },
  extendGiftCard: {
    level: 'ADMIN',
    document: `mutation { extendGiftCard(input: {id: "${ID}", lastValidDate: "2031-01-01", reason: "Rôles"}) { id } }`,
  },
  cancelGiftCard: {
    level: 'ADMIN',
    document: `mutation { cancelGiftCard(input: {id: "${ID}", reason: "Rôles"}) { id } }`,
  },
  resendGiftCard: {
    level: 'STAFF',
    document: `mutation { resendGiftCard(input: {id: "${ID}"}) { sentTo } }`,
  },
  giftCardPdfLink: { level: 'STAFF', document: `{ giftCardPdfLink(id: "${ID}") { url } }` },
  giftCardShop: { level: 'PUBLIC', document: '{ giftCardShop { presetAmountsCents } }' },
  purchaseGiftCard: {
    level: 'PUBLIC',
    document:
      'mutation { purchaseGiftCard(input: {amountCents: 1, buyerName: "Rôles", buyerEmail: "roles@example.fr", ' +
      'recipientName: "Rôles", sendToBuyer: true, method: BANK_TRANSFER}) { token } }',
  },
  giftCardOrder: {
    level: 'PUBLIC',
    document: `{ giftCardOrder(id: "${ID}", token: "${'a'.repeat(43)}") { status } }`,
  },
  capturePayPalGiftCardOrder: {
    level: 'PUBLIC',
    document: `mutation { capturePayPalGiftCardOrder(input: {orderId: "${ID}", token: "${'a'.repeat(43)}", paypalOrderId: "ORDER-1"}) { id } }`,
  },
  markGiftCardTransferReceived: {
    level: 'STAFF',
    document: `mutation { markGiftCardTransferReceived(input: {orderId: "${ID}"}) { status } }`,
  },
  pendingGiftCardTransfers: { level: 'STAFF', document: '{ pendingGiftCardTransfers { reference } }' },
  giftCardShopSettings: { level: 'ADMIN', document: '{ giftCardShopSettings { validityMonths } }' },
  // A refused validity: the settings stay as they are, whoever is let through.
  updateGiftCardShop: {
    level: 'ADMIN',
    document:
      'mutation { updateGiftCardShop(input: {onlineSaleEnabled: true, presetAmountsCents: [5000], ' +
      'minFreeAmountCents: 2000, maxFreeAmountCents: 50000, validityMonths: 0, transferOrderHours: 168}) ' +
      '{ validityMonths } }',
  },
};

const REFUSED: Record<Level, Caller[]> = {
  PUBLIC: [],
  AUTHENTICATED: ['ANONYMOUS'],
  STAFF: ['ANONYMOUS', 'CLIENT', 'ACCOUNTANT'],
  ADMIN: ['ANONYMOUS', 'CLIENT', 'STAFF', 'ACCOUNTANT'],
  TILL_READ: ['ANONYMOUS', 'CLIENT'],
  AUDIT: ['ANONYMOUS', 'CLIENT', 'STAFF'],
};

describe('role matrix', () => {
  let t: TestApp;
  const tokens: Record<string, string | undefined> = { ANONYMOUS: undefined };

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of SIGNED_IN) {
      tokens[role] = (await loginAs(t.url, await createUser(t.dataSource, role))).accessToken;
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists every root operation of the application', () => {
    const operations = findResolvers(DOMAIN_MODULES)
      .flatMap((r) => rootOperations(r))
      .map((op) => op.name)
      .sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  it.each(SIGNED_IN)('myPermissions tells %s exactly the operations the matrix lets it run', async (role) => {
    const res = await gql<{ myPermissions: string[] }>(
      t.url,
      '{ myPermissions }',
      {},
      { token: tokens[role] },
    );
    // refundPayment's access rule lets STAFF through the guard, but its condition (staff refunds are
    // off by default) refuses them, and myPermissions says so.
    const expected = Object.entries(MATRIX)
      .filter(([, { level }]) => !REFUSED[level].includes(role))
      .map(([name]) => name)
      .sort();
    expect(res.data?.myPermissions).toEqual(expected);
  });

  it('myPermissions: STAFF does not get ADMIN-only operations, ADMIN does', async () => {
    const as = async (role: string) =>
      (await gql<{ myPermissions: string[] }>(t.url, '{ myPermissions }', {}, { token: tokens[role] })).data
        ?.myPermissions ?? [];
    const [staff, admin] = [await as('STAFF'), await as('ADMIN')];
    for (const adminOnly of [
      'upsertService',
      'updatePaymentSettings',
      'pairReader',
      'notificationSettings',
      'verifyJournal',
      'exportJournalArchive',
    ]) {
      expect(staff).not.toContain(adminOnly);
      expect(admin).toContain(adminOnly);
    }
    expect(staff).toEqual(expect.arrayContaining(['agenda', 'clients', 'services', 'myPermissions']));
  });

  it('myPermissions: ACCOUNTANT reads the till and audits its journal, and neither sells nor sees clients', async () => {
    const res = await gql<{ myPermissions: string[] }>(
      t.url,
      '{ myPermissions }',
      {},
      { token: tokens.ACCOUNTANT },
    );
    const accountant = res.data?.myPermissions ?? [];
    expect(accountant).toEqual(
      expect.arrayContaining([
        'tills',
        'closures',
        'sales',
        'sale',
        'journalPublicKey',
        'verifyJournal',
        'exportJournalArchive',
        'saleSettings',
        'saleReceipt',
        'payments',
      ]),
    );
    for (const refused of [
      'openSale',
      'addSaleLine',
      'paySale',
      'cancelSaleTender',
      'issueCreditNote',
      'setSaleClient',
      'reprintSaleReceipt',
      'sendSaleReceipt',
      'cashSession',
      'openCashSession',
      'recordCashMovement',
      'closeCashSession',
      'closePeriod',
      'clients',
      'client',
      'agenda',
      'bookings',
      'paymentSettings',
      'updateSaleSettings',
      'staffAccounts',
    ]) {
      expect(accountant).not.toContain(refused);
    }
  });

  async function call(name: string, role: string) {
    const { document, variables } = MATRIX[name];
    if (document.startsWith('subscription')) {
      const client = wsClient(t.url, tokens[role]);
      try {
        const sub = subscribe(client, document, variables);
        return await sub.next().then(
          () => undefined,
          (errors: { extensions?: { code?: string } }[]) => errors[0]?.extensions?.code,
        );
      } finally {
        await client.dispose();
      }
    }
    const res = await gql(t.url, document, variables, { token: tokens[role] });
    return res.errors?.[0]?.extensions?.code;
  }

  const refusals = Object.entries(MATRIX).flatMap(([name, { level }]) =>
    REFUSED[level].map((role) => [name, level, role] as const),
  );

  it.each(refusals)('%s (%s) refuses %s', async (name, _level, role) => {
    expect(await call(name, role)).toBe(role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });

  const allowed = Object.entries(MATRIX).flatMap(([name, { level }]) =>
    (['ANONYMOUS', ...SIGNED_IN] as const)
      .filter((role) => !REFUSED[level].includes(role))
      .map((role) => [name, role] as const),
  );

  it.each(allowed)('%s lets %s past the access check', async (name, role) => {
    const { document } = MATRIX[name];
    if (document.startsWith('subscription')) {
      // Past the guard, a subscription is live: its Redis channel gets a subscriber.
      const client = wsClient(t.url, tokens[role]);
      try {
        subscribe(client, document);
        const triggers: Record<string, string> = {
          agendaChanged: 'agendaChanged:2030-01-07',
          terminalCheckoutUpdated: `terminalCheckoutUpdated:${ID}`,
          saleUpdated: `saleUpdated:${ID}`,
        };
        const trigger = triggers[name] ?? name;
        await waitForSubscribers(t.config, trigger);
      } finally {
        await client.dispose();
      }
      return;
    }
    // Past the guard, the call may still fail on its input (unknown ids…), never on access.
    const code = await call(name, role);
    expect(code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : 'past the guard').toBe(
      'past the guard',
    );
  });
});
