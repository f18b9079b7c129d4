import type { ExecutionResult } from '@urql/core';

export const instituteResult: ExecutionResult = {
  data: {
    settings: {
      __typename: 'Settings',
      institute: {
        __typename: 'Institute',
        name: 'Sérénaia Beauté',
        legalName: 'Sérénaia Beauté SARL',
        addressLine1: '18 rue des Martyrs',
        addressLine2: null,
        postalCode: '75009',
        city: 'Paris',
        phone: '01 42 80 12 34',
        email: 'bonjour@serenaia.test',
        siret: '91234567500017',
        vatNumber: 'FR65912345675',
        timeZone: 'Europe/Paris',
      },
    },
  },
};

export function meResult(role: 'ADMIN' | 'STAFF' | 'ACCOUNTANT' = 'ADMIN'): ExecutionResult {
  return {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        email: 'admin@serenaia.test',
        role,
        firstName: 'Sophie',
        lastName: 'Marchand',
      },
    },
  };
}

/** The accounting pages (ADMIN and ACCOUNTANT; only an admin changes the chart of accounts). */
const ACCOUNTING_OPERATIONS = [
  'accountingEntries',
  'validateEntries',
  'lockPeriod',
  'periodLocks',
  'trialBalance',
  'generalLedger',
  'fecExport',
  'accountingSettings',
];

/** Part of what `myPermissions` answers each role (the server's access rules decide it). */
const STAFF_OPERATIONS = [
  'me',
  'myPermissions',
  'settings',
  'agenda',
  'clients',
  'payments',
  'giftCards',
  'giftCardById',
  'giftCardCounts',
  'giftCard',
  'products',
  'notifications',
  'readers',
  'services',
  'serviceCategories',
  'reorderSuggestions',
  'purchaseOrders',
  'receivePurchaseOrder',
  'suppliers',
  'recordPayment',
  'dismissPossibleDuplicate',
  'currentInventoryCount',
  'recordCountedQuantity',
  'loyaltyProgram',
  'loyaltyAccount',
];
const ADMIN_OPERATIONS = [
  ...STAFF_OPERATIONS,
  'extendGiftCard',
  'cancelGiftCard',
  'upsertService',
  'upsertServiceCategory',
  'setServiceConsumption',
  'updatePaymentSettings',
  'pairReader',
  'renameReader',
  'removeReader',
  'paymentSettings',
  'notificationSettings',
  'updateNotificationSettings',
  'upsertPractitioner',
  'upsertCabin',
  'setWorkingHours',
  'createClosures',
  'updateBookingSettings',
  'staffAccounts',
  'resendStaffInvitation',
  'createPurchaseOrder',
  'sendPurchaseOrder',
  'cancelPurchaseOrder',
  'importProducts',
  'upsertProduct',
  'exportClientsCsv',
  'mergeClients',
  'startInventoryCount',
  'closeInventoryCount',
  // Staff get it too once an admin allows staff refunds (a condition beyond the role).
  'refundPayment',
  'upsertSupplier',
  'updateSaleSettings',
  'updateLoyaltyProgram',
  ...ACCOUNTING_OPERATIONS,
  'updateAccountingSettings',
];

/** The accountant reads the till's closures, tickets and journal, and nothing of the front desk's. */
const ACCOUNTANT_OPERATIONS = [
  'me',
  'myPermissions',
  'settings',
  'services',
  'serviceCategories',
  'tills',
  'closures',
  'sales',
  'sale',
  'saleSettings',
  'journalPublicKey',
  'verifyJournal',
  'exportJournalArchive',
  ...ACCOUNTING_OPERATIONS,
];

/** `myPermissions` for `role`; `staffCanRefund` adds `refundPayment` for staff, as the setting does. */
export function permissionsResult(
  role: 'ADMIN' | 'STAFF' | 'ACCOUNTANT' = 'ADMIN',
  { staffCanRefund = false }: { staffCanRefund?: boolean } = {},
): ExecutionResult {
  if (role === 'ADMIN') return { data: { myPermissions: ADMIN_OPERATIONS } };
  if (role === 'ACCOUNTANT') return { data: { myPermissions: ACCOUNTANT_OPERATIONS } };
  return {
    data: { myPermissions: staffCanRefund ? [...STAFF_OPERATIONS, 'refundPayment'] : STAFF_OPERATIONS },
  };
}
