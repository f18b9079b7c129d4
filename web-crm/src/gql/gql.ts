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
    "query AccountingEntries($filter: AccountingEntriesFilterInput, $page: PageInput) {\n  accountingEntries(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      journalCode\n      journalLabel\n      entryNum\n      entryDate\n      pieceRef\n      pieceDate\n      label\n      sourceKind\n      sourceId\n      validDate\n      validatedAt\n      debitCents\n      creditCents\n      lines {\n        position\n        accountNumber\n        accountLabel\n        label\n        debitCents\n        creditCents\n      }\n    }\n  }\n}": typeof types.AccountingEntriesDocument,
    "fragment AccountingSettingsFields on AccountingSettings {\n  accounts {\n    key\n    number\n    label\n  }\n  journals {\n    key\n    code\n    label\n  }\n  fiscalYearStartMonth\n  fecEncoding\n  depositTreatment\n  depositVatRateBp\n}\n\nquery AccountingSettings {\n  accountingSettings {\n    ...AccountingSettingsFields\n  }\n}": typeof types.AccountingSettingsFieldsFragmentDoc,
    "query Banking {\n  payouts {\n    id\n    provider\n    providerPayoutId\n    paidOn\n    grossCents\n    feeCents\n    netCents\n  }\n  cashBankings {\n    id\n    tillName\n    amountCents\n    depositedOn\n    creditedOn\n    slipRef\n  }\n  tills {\n    id\n    name\n  }\n}\n\nmutation RecordPayout($input: RecordPayoutInput!) {\n  recordPayout(input: $input) {\n    id\n    provider\n    netCents\n  }\n}\n\nmutation RecordCashBanking($input: RecordCashBankingInput!) {\n  recordCashBanking(input: $input) {\n    id\n    amountCents\n  }\n}\n\nmutation RecordCashBankingCredit($input: RecordCashBankingCreditInput!) {\n  recordCashBankingCredit(input: $input) {\n    id\n    creditedOn\n  }\n}\n\nmutation SyncProviderPayouts($input: SyncProviderPayoutsInput!) {\n  syncProviderPayouts(input: $input) {\n    provider\n    from\n    to\n    fetched\n    alreadyRecorded\n    recorded {\n      id\n      netCents\n    }\n    failures {\n      providerPayoutId\n      message\n    }\n  }\n}": typeof types.BankingDocument,
    "mutation FecExport($input: FecExportInput!) {\n  fecExport(input: $input) {\n    url\n    fileName\n    expiresAt\n    report {\n      ok\n      lineCount\n      entryCount\n      debitCents\n      creditCents\n      findingCount\n      findings {\n        line\n        code\n        message\n      }\n    }\n  }\n}": typeof types.FecExportDocument,
    "query GeneralLedger($input: GeneralLedgerInput!) {\n  generalLedger(input: $input) {\n    accountNumber\n    openingBalanceCents\n    closingBalanceCents\n    lines {\n      entryId\n      journalCode\n      entryNum\n      entryDate\n      pieceRef\n      label\n      debitCents\n      creditCents\n      balanceCents\n    }\n  }\n}": typeof types.GeneralLedgerDocument,
    "mutation LockPeriod($input: LockPeriodInput!) {\n  lockPeriod(input: $input) {\n    month\n    lockedAt\n  }\n}": typeof types.LockPeriodDocument,
    "mutation RecordOpeningEntry($input: RecordOpeningEntryInput!) {\n  recordOpeningEntry(input: $input) {\n    id\n    entryDate\n    debitCents\n  }\n}": typeof types.RecordOpeningEntryDocument,
    "query PeriodLocks {\n  periodLocks {\n    month\n    lockedAt\n  }\n}": typeof types.PeriodLocksDocument,
    "query TrialBalance($period: TrialBalanceInput!) {\n  trialBalance(period: $period) {\n    accountNumber\n    accountLabel\n    debitCents\n    creditCents\n    balanceCents\n  }\n}": typeof types.TrialBalanceDocument,
    "mutation UpdateAccountingSettings($input: UpdateAccountingSettingsInput!) {\n  updateAccountingSettings(input: $input) {\n    ...AccountingSettingsFields\n  }\n}": typeof types.UpdateAccountingSettingsDocument,
    "mutation ValidateEntries($input: ValidateEntriesInput!) {\n  validateEntries(input: $input) {\n    validatedCount\n  }\n}": typeof types.ValidateEntriesDocument,
    "query VatReport($period: VatReportPeriodInput!) {\n  vatReport(period: $period) {\n    from\n    to\n    outsideScopeCents\n    rates {\n      rateBp\n      baseCents\n      vatCents\n    }\n    sources {\n      source\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca3 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca12 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    b2cDailySummary {\n      date\n      transactionCount\n      lines {\n        category\n        rateBp\n        baseCents\n        vatCents\n      }\n    }\n  }\n}": typeof types.VatReportDocument,
    "mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input)\n}": typeof types.ChangeMyPasswordDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": typeof types.RequestPasswordResetDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    userAgent\n    ip\n    current\n  }\n}\n\nmutation EndSession($id: ID!) {\n  endSession(id: $id)\n}": typeof types.MySessionsDocument,
    "mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n  setPasswordWithLink(input: $input)\n}": typeof types.SetPasswordWithLinkDocument,
    "fragment StaffAccountFields on StaffAccount {\n  id\n  email\n  firstName\n  lastName\n  role\n  active\n  invitationPending\n  lastLoginAt\n  practitionerId\n  practitionerName\n}\n\nquery StaffAccounts {\n  staffAccounts {\n    ...StaffAccountFields\n  }\n  practitioners {\n    id\n    displayName\n  }\n}\n\nmutation InviteStaff($input: InviteStaffInput!) {\n  inviteStaff(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n  changeStaffRole(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation SetStaffActive($input: SetStaffActiveInput!) {\n  setStaffActive(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation LinkStaffPractitioner($input: LinkStaffPractitionerInput!) {\n  linkStaffPractitioner(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ResendStaffInvitation($input: ResendStaffInvitationInput!) {\n  resendStaffInvitation(input: $input) {\n    ...StaffAccountFields\n  }\n}": typeof types.StaffAccountFieldsFragmentDoc,
    "mutation BlockSlot($input: BlockSlotInput!) {\n  blockSlot(input: $input) {\n    ...AgendaBlockFields\n  }\n}": typeof types.BlockSlotDocument,
    "query SearchClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    total\n    items {\n      id\n      firstName\n      lastName\n      phone\n      email\n    }\n  }\n}": typeof types.SearchClientsDocument,
    "mutation CreateStaffBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    booking {\n      ...AgendaBookingFields\n    }\n  }\n}": typeof types.CreateStaffBookingDocument,
    "query BookableServices {\n  serviceCategories {\n    id\n    name\n    color\n    position\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n      position\n    }\n  }\n}": typeof types.BookableServicesDocument,
    "subscription AgendaChanged($day: LocalDate!) {\n  agendaChanged(day: $day) {\n    day\n    kind\n    booking {\n      ...AgendaBookingFields\n    }\n    block {\n      ...AgendaBlockFields\n    }\n  }\n}": typeof types.AgendaChangedDocument,
    "query BookingLink($id: ID!) {\n  booking(id: $id) {\n    id\n    start\n  }\n}": typeof types.BookingLinkDocument,
    "fragment AgendaBookingFields on Booking {\n  id\n  reference\n  status\n  source\n  start\n  end\n  totalCents\n  depositCents\n  clientNote\n  holdExpiresAt\n  cancelReason\n  cancelledBy\n  cancelledAt\n  createdAt\n  client {\n    id\n    firstName\n    lastName\n    phone\n    email\n  }\n  contactEmail\n  possibleDuplicate\n  items {\n    id\n    serviceId\n    serviceName\n    color\n    practitionerId\n    practitionerName\n    cabinId\n    cabinName\n    start\n    end\n    durationMinutes\n    priceCents\n  }\n}\n\nfragment AgendaBlockFields on BlockedSlot {\n  id\n  practitionerId\n  cabinId\n  start\n  end\n  reason\n}": typeof types.AgendaBookingFieldsFragmentDoc,
    "query AgendaDay($day: LocalDate!) {\n  agenda(day: $day) {\n    day\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    workingTime {\n      practitionerId\n      start\n      end\n    }\n    bookings {\n      ...AgendaBookingFields\n    }\n    blocks {\n      ...AgendaBlockFields\n    }\n  }\n}": typeof types.AgendaDayDocument,
    "query AgendaMonth($month: String!) {\n  agendaMonth(month: $month) {\n    month\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    days {\n      day\n      bookings {\n        id\n        start\n        status\n        clientName\n        practitionerIds\n        color\n      }\n    }\n  }\n}": typeof types.AgendaMonthDocument,
    "query AgendaSettings {\n  settings {\n    booking {\n      slotGranularityMinutes\n    }\n  }\n  cabins {\n    id\n    name\n  }\n}": typeof types.AgendaSettingsDocument,
    "mutation RescheduleBooking($input: RescheduleBookingInput!) {\n  rescheduleBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}": typeof types.RescheduleBookingDocument,
    "query ClientBeautyAlert($clientId: ID!) {\n  clientBeautyAlert(clientId: $clientId)\n}": typeof types.ClientBeautyAlertDocument,
    "mutation CancelBooking($input: CancelBookingInput!) {\n  cancelBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}": typeof types.CancelBookingDocument,
    "mutation CompleteBooking($id: ID!) {\n  completeBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}": typeof types.CompleteBookingDocument,
    "mutation ConfirmBooking($id: ID!) {\n  confirmBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}": typeof types.ConfirmBookingDocument,
    "mutation MarkNoShow($id: ID!) {\n  markNoShow(id: $id) {\n    ...AgendaBookingFields\n  }\n}": typeof types.MarkNoShowDocument,
    "mutation UnblockSlot($id: ID!) {\n  unblockSlot(id: $id) {\n    ...AgendaBlockFields\n  }\n}": typeof types.UnblockSlotDocument,
    "query AvailabilityExceptions($from: LocalDate!, $to: LocalDate!) {\n  availabilityExceptions(from: $from, to: $to) {\n    ...AvailabilityExceptionFields\n  }\n}": typeof types.AvailabilityExceptionsDocument,
    "query AvailabilityPractitioners {\n  practitioners {\n    id\n    displayName\n    color\n  }\n}": typeof types.AvailabilityPractitionersDocument,
    "query BookingPolicy {\n  settings {\n    booking {\n      ...BookingSettingsFields\n    }\n  }\n}": typeof types.BookingPolicyDocument,
    "mutation CreateClosures($input: CreateClosuresInput!) {\n  createClosures(input: $input) {\n    ...AvailabilityExceptionFields\n  }\n}": typeof types.CreateClosuresDocument,
    "mutation DeleteAvailabilityException($id: ID!) {\n  deleteAvailabilityException(id: $id)\n}": typeof types.DeleteAvailabilityExceptionDocument,
    "mutation SetWorkingHours($input: SetWorkingHoursInput!) {\n  setWorkingHours(input: $input) {\n    weekday\n    start\n    end\n  }\n}": typeof types.SetWorkingHoursDocument,
    "mutation UpdateBookingPolicy($input: UpdateBookingSettingsInput!) {\n  updateBookingSettings(input: $input) {\n    ...BookingSettingsFields\n  }\n}": typeof types.UpdateBookingPolicyDocument,
    "query WorkingHours($practitionerId: ID!) {\n  workingHours(practitionerId: $practitionerId) {\n    weekday\n    start\n    end\n  }\n}": typeof types.WorkingHoursDocument,
    "fragment AvailabilityExceptionFields on AvailabilityException {\n  id\n  practitionerId\n  date\n  kind\n  start\n  end\n  reason\n}": typeof types.AvailabilityExceptionFieldsFragmentDoc,
    "fragment BookingSettingsFields on BookingSettings {\n  slotGranularityMinutes\n  minLeadTimeMinutes\n  bookingHorizonDays\n  pendingHoldMinutes\n  cancellationDeadlineHours\n  closedOnPublicHolidays\n}": typeof types.BookingSettingsFieldsFragmentDoc,
    "mutation CheckoutAddSaleLine($input: AddSaleLineInput!) {\n  addSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutAddSaleLineDocument,
    "mutation CheckoutApplyDiscount($input: ApplyDiscountInput!) {\n  applyDiscount(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutApplyDiscountDocument,
    "mutation CheckoutCancelSaleTender($input: CancelSaleTenderInput!) {\n  cancelSaleTender(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutCancelSaleTenderDocument,
    "query CheckoutCatalog {\n  serviceCategories {\n    id\n    name\n    services {\n      id\n      name\n      priceCents\n      durationMinutes\n    }\n  }\n  products(page: {limit: 100, offset: 0}) {\n    items {\n      id\n      name\n      brand\n      category\n      barcode\n      kind\n      priceCents\n      quantity\n    }\n  }\n  practitioners {\n    id\n    displayName\n  }\n}": typeof types.CheckoutCatalogDocument,
    "query CheckoutClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n  }\n}": typeof types.CheckoutClientDocument,
    "query CheckoutClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    items {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n}": typeof types.CheckoutClientsDocument,
    "query CheckoutDueBookings($filter: BookingsFilter, $paid: SalesFilterInput) {\n  bookings(filter: $filter) {\n    items {\n      id\n      start\n      status\n      totalCents\n      paidCents\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n        practitionerName\n      }\n    }\n  }\n  sales(filter: $paid, page: {limit: 200, offset: 0}) {\n    items {\n      id\n      bookingId\n    }\n  }\n}": typeof types.CheckoutDueBookingsDocument,
    "query CheckoutLoyalty($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tierName\n    availableRewards {\n      code\n      name\n      points\n      kind\n      amountCents\n    }\n  }\n}": typeof types.CheckoutLoyaltyDocument,
    "query CheckoutLoyaltyCardClient($token: String!) {\n  loyaltyCardClient(token: $token) {\n    clientId\n    firstName\n    lastName\n  }\n}": typeof types.CheckoutLoyaltyCardClientDocument,
    "mutation CheckoutOpenSale($input: OpenSaleInput!) {\n  openSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutOpenSaleDocument,
    "mutation CheckoutParkSale($input: ParkSaleInput!) {\n  parkSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutParkSaleDocument,
    "query CheckoutParkedSales($filter: SalesFilterInput) {\n  sales(filter: $filter, page: {limit: 20, offset: 0}) {\n    total\n    items {\n      id\n      createdAt\n      totalInclCents\n      clientId\n      lines {\n        id\n        label\n      }\n    }\n  }\n}": typeof types.CheckoutParkedSalesDocument,
    "mutation CheckoutPaySale($input: PaySaleInput!) {\n  paySale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutPaySaleDocument,
    "query CheckoutProductByBarcode($search: String!) {\n  products(filter: {search: $search}, page: {limit: 5, offset: 0}) {\n    items {\n      id\n      name\n      barcode\n    }\n  }\n}": typeof types.CheckoutProductByBarcodeDocument,
    "mutation CheckoutRedeemReward($input: RedeemRewardInput!) {\n  redeemReward(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutRedeemRewardDocument,
    "mutation CheckoutRemoveSaleLine($input: RemoveSaleLineInput!) {\n  removeSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutRemoveSaleLineDocument,
    "query CheckoutSale($id: ID!) {\n  sale(id: $id) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutSaleDocument,
    "subscription CheckoutSaleUpdated($id: ID!) {\n  saleUpdated(id: $id) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutSaleUpdatedDocument,
    "mutation CheckoutSetSaleClient($input: SetSaleClientInput!) {\n  setSaleClient(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutSetSaleClientDocument,
    "subscription CheckoutTerminalUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}": typeof types.CheckoutTerminalUpdatedDocument,
    "mutation CheckoutUpdateSaleLine($input: UpdateSaleLineInput!) {\n  updateSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": typeof types.CheckoutUpdateSaleLineDocument,
    "query TillReaders {\n  readers {\n    id\n    name\n    status\n    busy\n    state\n    provider\n  }\n}": typeof types.TillReadersDocument,
    "mutation TillSimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}": typeof types.TillSimulateTerminalOutcomeDocument,
    "fragment CheckoutSaleFields on Sale {\n  id\n  tillId\n  status\n  number\n  bookingId\n  clientId\n  totalInclCents\n  discountCents\n  paidCents\n  pendingCents\n  leftToPayCents\n  changeCents\n  depositAvailableCents\n  ticketDiscount {\n    kind\n    value\n    reason\n  }\n  lines {\n    id\n    kind\n    label\n    quantity\n    unitPriceCents\n    vatRateBp\n    discountCents\n    totalInclCents\n    practitionerId\n    productId\n    bookingItemId\n    discount {\n      kind\n      value\n      reason\n    }\n  }\n  tenders {\n    id\n    kind\n    status\n    amountCents\n    changeCents\n    terminalCheckoutId\n    failureReason\n  }\n}": typeof types.CheckoutSaleFieldsFragmentDoc,
    "mutation AddClientNote($input: ClientNoteInput!) {\n  addClientNote(input: $input) {\n    id\n    body\n    pinned\n    authorName\n    createdAt\n  }\n}": typeof types.AddClientNoteDocument,
    "mutation ArchiveClient($input: ArchiveClientInput!) {\n  archiveClient(input: $input) {\n    ...ClientFields\n  }\n}": typeof types.ArchiveClientDocument,
    "query BeautyFile($clientId: ID!) {\n  clientBeautyFile(clientId: $clientId) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}": typeof types.BeautyFileDocument,
    "query ClientFile($id: ID!) {\n  clientFile(id: $id) {\n    client {\n      ...ClientFields\n    }\n    preferredPractitionerName\n    hasBeautyFile\n    stats {\n      visits\n      totalSpentCents\n      averageBasketCents\n      lastVisitAt\n      favouriteServices\n      noShows\n      noShowRate\n    }\n    notes {\n      id\n      body\n      pinned\n      authorName\n      createdAt\n    }\n    bookings {\n      id\n      reference\n      status\n      startsAt\n      services\n      practitioners\n      priceCents\n    }\n    payments {\n      id\n      bookingReference\n      kind\n      method\n      status\n      amountCents\n      refundedCents\n      createdAt\n    }\n    messages {\n      id\n      channel\n      template\n      recipient\n      status\n      createdAt\n    }\n  }\n}": typeof types.ClientFileDocument,
    "query ClientList($filter: ClientsFilter) {\n  clients(filter: $filter) {\n    total\n    totalIsLowerBound\n    nextCursor\n    rows {\n      client {\n        ...ClientFields\n      }\n      lastVisitAt\n      visits\n      totalSpentCents\n    }\n  }\n}": typeof types.ClientListDocument,
    "query ClientPractitioners {\n  practitioners {\n    id\n    displayName\n  }\n}": typeof types.ClientPractitionersDocument,
    "mutation DeleteSavedClientFilter($id: ID!) {\n  deleteSavedClientFilter(id: $id)\n}": typeof types.DeleteSavedClientFilterDocument,
    "mutation DismissDuplicate($key: String!) {\n  dismissPossibleDuplicate(key: $key)\n}": typeof types.DismissDuplicateDocument,
    "query ExportClients($filter: ClientsFilter) {\n  exportClientsCsv(filter: $filter) {\n    csv\n    count\n  }\n}": typeof types.ExportClientsDocument,
    "query LoyaltyAccount($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tier\n    tierName\n    spend12mCents\n    referralCode\n    referredBy\n    availableRewards {\n      code\n      name\n      points\n    }\n    movements {\n      id\n      kind\n      points\n      reason\n      remaining\n      expiresAt\n      occurredAt\n    }\n  }\n}": typeof types.LoyaltyAccountDocument,
    "mutation MergeClients($input: MergeClientsInput!) {\n  mergeClients(input: $input) {\n    client {\n      ...ClientFields\n    }\n    movedBookings\n    movedNotes\n    movedMessages\n  }\n}": typeof types.MergeClientsDocument,
    "mutation PinClientNote($input: PinClientNoteInput!) {\n  pinClientNote(input: $input) {\n    id\n    pinned\n  }\n}": typeof types.PinClientNoteDocument,
    "query PossibleDuplicates {\n  possibleDuplicateClients {\n    key\n    client {\n      ...ClientFields\n    }\n    other {\n      ...ClientFields\n    }\n    bookingReference\n    typedEmail\n    since\n  }\n}": typeof types.PossibleDuplicatesDocument,
    "mutation SaveClientFilter($input: SaveClientFilterInput!) {\n  saveClientFilter(input: $input) {\n    id\n    name\n    filterJson\n  }\n}": typeof types.SaveClientFilterDocument,
    "query SavedClientFilters {\n  savedClientFilters {\n    id\n    name\n    filterJson\n  }\n}": typeof types.SavedClientFiltersDocument,
    "mutation UpdateBeautyFile($input: ClientBeautyFileInput!) {\n  updateClientBeautyFile(input: $input) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}": typeof types.UpdateBeautyFileDocument,
    "mutation UpsertClient($input: UpsertClientInput!) {\n  upsertClient(input: $input) {\n    ...ClientFields\n  }\n}": typeof types.UpsertClientDocument,
    "fragment ClientFields on Client {\n  id\n  firstName\n  lastName\n  email\n  phone\n  birthday\n  addressLine1\n  postalCode\n  city\n  preferredPractitionerId\n  tags\n  marketingConsent\n  serviceEmailOptOut\n  serviceSmsOptOut\n  archivedAt\n  createdAt\n}": typeof types.ClientFieldsFragmentDoc,
    "fragment GiftCardShopSettingsFields on GiftCardShopSettings {\n  onlineSaleEnabled\n  presetAmountsCents\n  minFreeAmountCents\n  maxFreeAmountCents\n  validityMonths\n  transferOrderHours\n  forcedCategory\n  transferIban\n  transferBic\n  transferHolder\n}\n\nquery GiftCardShopSettings {\n  giftCardShopSettings {\n    ...GiftCardShopSettingsFields\n  }\n}\n\nmutation UpdateGiftCardShop($input: UpdateGiftCardShopInput!) {\n  updateGiftCardShop(input: $input) {\n    ...GiftCardShopSettingsFields\n  }\n}": typeof types.GiftCardShopSettingsFieldsFragmentDoc,
    "mutation CancelGiftCard($input: CancelGiftCardInput!) {\n  cancelGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}": typeof types.CancelGiftCardDocument,
    "mutation ExtendGiftCard($input: ExtendGiftCardInput!) {\n  extendGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}": typeof types.ExtendGiftCardDocument,
    "query GiftCardByCode($code: String!) {\n  giftCard(code: $code) {\n    id\n  }\n}": typeof types.GiftCardByCodeDocument,
    "query GiftCardCounts {\n  giftCardCounts {\n    pendingPayment\n    active\n    partlyUsed\n    used\n    expired\n    cancelled\n    total\n  }\n}": typeof types.GiftCardCountsDocument,
    "query GiftCardDetail($id: ID!) {\n  giftCardById(id: $id) {\n    ...GiftCardFull\n  }\n}": typeof types.GiftCardDetailDocument,
    "query GiftCardPdfLink($id: ID!) {\n  giftCardPdfLink(id: $id) {\n    url\n    expiresAt\n  }\n}": typeof types.GiftCardPdfLinkDocument,
    "query GiftCards($filter: GiftCardsFilterInput, $page: PageInput) {\n  giftCards(filter: $filter, page: $page) {\n    total\n    items {\n      ...GiftCardRow\n    }\n  }\n}": typeof types.GiftCardsDocument,
    "fragment PendingTransferRow on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  priceCents\n  faceValueCents\n  buyerName\n  buyerEmail\n  recipientName\n  createdAt\n  expiresAt\n  giftCardId\n}\n\nquery PendingGiftCardTransfers {\n  pendingGiftCardTransfers {\n    ...PendingTransferRow\n  }\n}\n\nmutation MarkGiftCardTransferReceived($input: MarkGiftCardTransferReceivedInput!) {\n  markGiftCardTransferReceived(input: $input) {\n    ...PendingTransferRow\n  }\n}": typeof types.PendingTransferRowFragmentDoc,
    "mutation ResendGiftCard($input: ResendGiftCardInput!) {\n  resendGiftCard(input: $input) {\n    sentTo\n    giftCard {\n      ...GiftCardFull\n    }\n  }\n}": typeof types.ResendGiftCardDocument,
    "fragment GiftCardRow on GiftCard {\n  id\n  last4\n  kind\n  serviceName\n  faceValueCents\n  balanceCents\n  status\n  expiresAt\n  buyerName\n  recipientName\n  createdAt\n}\n\nfragment GiftCardFull on GiftCard {\n  ...GiftCardRow\n  pricePaidCents\n  deliveryEmail\n  category\n  vatRateBp\n  issuedAt\n  message\n  saleId\n  saleNumber\n  movements {\n    id\n    kind\n    amountCents\n    balanceAfterCents\n    saleId\n    reference\n    reason\n    expiresAt\n    occurredAt\n  }\n}": typeof types.GiftCardRowFragmentDoc,
    "fragment LoyaltyProgramFields on LoyaltyProgram {\n  enabled\n  servicePointsPerEuro\n  productPointsPerEuro\n  rounding\n  expiryMonths\n  birthdayBonusPoints\n  referralBonusPoints\n  tiers {\n    code\n    name\n    minSpendCents\n    serviceDiscountBp\n  }\n  rewards {\n    code\n    name\n    points\n    kind\n    amountCents\n    serviceId\n  }\n}\n\nquery LoyaltyProgram {\n  loyaltyProgram {\n    ...LoyaltyProgramFields\n  }\n}": typeof types.LoyaltyProgramFieldsFragmentDoc,
    "mutation UpdateLoyaltyProgram($input: UpdateLoyaltyProgramInput!) {\n  updateLoyaltyProgram(input: $input) {\n    ...LoyaltyProgramFields\n  }\n}": typeof types.UpdateLoyaltyProgramDocument,
    "query PreviewBookings($filter: BookingsFilter) {\n  bookings(filter: $filter) {\n    items {\n      id\n      reference\n      start\n      status\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n      }\n    }\n  }\n}\n\nquery PreviewNotification($template: NotificationTemplate!, $bookingId: ID!, $channel: NotificationChannel!) {\n  previewNotification(\n    template: $template\n    bookingId: $bookingId\n    channel: $channel\n  ) {\n    channel\n    subject\n    html\n    text\n    segments\n    encoding\n  }\n}\n\nmutation SendTestNotification($input: SendTestNotificationInput!) {\n  sendTestNotification(input: $input) {\n    ...NotificationFields\n  }\n}": typeof types.PreviewBookingsDocument,
    "fragment NotificationSettingsFields on NotificationSettings {\n  smsSender\n  emailDelivery\n  smsDelivery\n  templates {\n    template\n    email\n    sms\n    smsAvailable\n  }\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}": typeof types.NotificationSettingsFieldsFragmentDoc,
    "query BookingNotifications($bookingId: ID!) {\n  notifications(filter: {bookingId: $bookingId}, page: {limit: 50}) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}": typeof types.BookingNotificationsDocument,
    "query Notifications($filter: NotificationsFilter, $page: PageInput) {\n  notifications(filter: $filter, page: $page) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}": typeof types.NotificationsDocument,
    "mutation ResendNotification($id: ID!) {\n  resendNotification(id: $id) {\n    ...NotificationFields\n  }\n}": typeof types.ResendNotificationDocument,
    "fragment NotificationFields on Notification {\n  id\n  channel\n  template\n  recipient\n  status\n  skipReason\n  attempts\n  lastError\n  bookingId\n  bookingReference\n  bookingStart\n  clientName\n  scheduledFor\n  sentAt\n  resendOfId\n  isTest\n  createdAt\n}": typeof types.NotificationFieldsFragmentDoc,
    "query PaymentSettings {\n  paymentSettings {\n    ...PaymentSettingsFields\n  }\n}": typeof types.PaymentSettingsDocument,
    "mutation UpdatePaymentSettings($input: UpdatePaymentSettingsInput!) {\n  updatePaymentSettings(input: $input) {\n    ...PaymentSettingsFields\n  }\n}": typeof types.UpdatePaymentSettingsDocument,
    "fragment PaymentSettingsFields on PaymentSettings {\n  onlineProvider\n  stripePublishableKey\n  stripeSecretKeyHint\n  stripeWebhookSecretHint\n  sumupMerchantCode\n  sumupApiKeyHint\n  paypalClientId\n  paypalClientSecretHint\n  paypalWebhookId\n  staffCanRefund\n}": typeof types.PaymentSettingsFieldsFragmentDoc,
    "query BookingPayments($id: ID!) {\n  booking(id: $id) {\n    id\n    status\n    totalCents\n    depositCents\n    paidCents\n    payments {\n      ...PaymentFields\n    }\n  }\n}": typeof types.BookingPaymentsDocument,
    "mutation CancelTerminalCheckout($id: ID!) {\n  cancelTerminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}": typeof types.CancelTerminalCheckoutDocument,
    "query CheckoutReaders {\n  readers {\n    id\n    name\n    provider\n    status\n    busy\n  }\n}": typeof types.CheckoutReadersDocument,
    "query Payments($filter: PaymentsFilter) {\n  payments(filter: $filter) {\n    total\n    items {\n      ...PaymentFields\n    }\n  }\n}": typeof types.PaymentsDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...PaymentFields\n  }\n}": typeof types.RecordPaymentDocument,
    "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...PaymentFields\n  }\n}": typeof types.RefundPaymentDocument,
    "mutation SimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}": typeof types.SimulateTerminalOutcomeDocument,
    "mutation StartTerminalCheckout($input: StartTerminalCheckoutInput!) {\n  startTerminalCheckout(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}": typeof types.StartTerminalCheckoutDocument,
    "query TerminalCheckout($id: ID!) {\n  terminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}": typeof types.TerminalCheckoutDocument,
    "subscription TerminalCheckoutUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}": typeof types.TerminalCheckoutUpdatedDocument,
    "fragment PaymentFields on Payment {\n  id\n  kind\n  method\n  provider\n  status\n  amountCents\n  refundedCents\n  currency\n  bookingId\n  providerReference\n  failureReason\n  createdAt\n  succeededAt\n}": typeof types.PaymentFieldsFragmentDoc,
    "fragment TerminalCheckoutFields on TerminalCheckout {\n  id\n  status\n  final\n  provider\n  readerId\n  readerName\n  amountCents\n  failureReason\n  expiresAt\n  updatedAt\n  payment {\n    ...PaymentFields\n  }\n}": typeof types.TerminalCheckoutFieldsFragmentDoc,
    "mutation IssueSaleCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    id\n    number\n    totalInclCents\n  }\n}": typeof types.IssueSaleCreditNoteDocument,
    "mutation ReprintSaleReceipt($input: ReprintSaleReceiptInput!) {\n  reprintSaleReceipt(input: $input) {\n    ...SaleReceiptFields\n  }\n}": typeof types.ReprintSaleReceiptDocument,
    "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    tillId\n    kind\n    status\n    number\n    shortHash\n    clientId\n    bookingId\n    originalSaleId\n    reason\n    totalInclCents\n    discountCents\n    paidCents\n    changeCents\n    completedAt\n    createdAt\n    ticketDiscount {\n      kind\n      value\n      reason\n    }\n    lines {\n      id\n      kind\n      label\n      quantity\n      unitPriceCents\n      vatRateBp\n      discountCents\n      totalInclCents\n      totalExclCents\n      practitionerId\n    }\n    tenders {\n      id\n      kind\n      status\n      amountCents\n      changeCents\n      reference\n    }\n    vatTotals {\n      rateBp\n      baseCents\n      vatCents\n    }\n  }\n}": typeof types.SaleDetailDocument,
    "query SaleDetailPractitioners {\n  practitioners(includeInactive: true) {\n    id\n    displayName\n  }\n}\n\nquery SaleDetailClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n    email\n  }\n}": typeof types.SaleDetailPractitionersDocument,
    "fragment SaleReceiptFields on SaleReceipt {\n  saleId\n  kind\n  title\n  number\n  tillName\n  issuedAt\n  issuedAtLocal\n  clientName\n  institute {\n    name\n    addressLines\n    siret\n    vatNumber\n  }\n  lines {\n    label\n    quantity\n    unitPriceCents\n    discountCents\n    totalExclCents\n    vatRateBp\n    totalInclCents\n  }\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n    totalInclCents\n  }\n  totalExclCents\n  totalVatCents\n  totalInclCents\n  tenders {\n    kind\n    label\n    amountCents\n    givenCents\n    changeCents\n  }\n  changeCents\n  shortHash\n  originalNumber\n  reason\n  duplicate {\n    number\n    printedAtLocal\n  }\n}\n\nquery SaleReceipt($saleId: ID!) {\n  saleReceipt(saleId: $saleId) {\n    ...SaleReceiptFields\n  }\n}": typeof types.SaleReceiptFieldsFragmentDoc,
    "query SaleReceiptPdfLink($saleId: ID!, $format: ReceiptFormat) {\n  saleReceiptPdfLink(saleId: $saleId, format: $format) {\n    url\n    expiresAt\n  }\n}": typeof types.SaleReceiptPdfLinkDocument,
    "query SalesHistory($filter: SalesFilterInput, $page: PageInput) {\n  sales(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      tillId\n      kind\n      status\n      number\n      clientId\n      totalInclCents\n      completedAt\n      createdAt\n    }\n  }\n}": typeof types.SalesHistoryDocument,
    "query SalesTills {\n  tills {\n    id\n    name\n  }\n}": typeof types.SalesTillsDocument,
    "mutation SendSaleReceipt($input: SendSaleReceiptInput!) {\n  sendSaleReceipt(input: $input) {\n    email\n  }\n}": typeof types.SendSaleReceiptDocument,
    "query CabinConsumption($serviceId: ID!, $withService: Boolean!) {\n  products(filter: {includeInactive: false}, page: {offset: 0, limit: 200}) {\n    items {\n      id\n      name\n      brand\n      kind\n      unit\n    }\n  }\n  serviceConsumption(serviceId: $serviceId) @include(if: $withService) {\n    quantity\n    product {\n      id\n    }\n  }\n}\n\nmutation SetServiceConsumption($input: SetServiceConsumptionInput!) {\n  setServiceConsumption(input: $input) {\n    quantity\n  }\n}": typeof types.CabinConsumptionDocument,
    "mutation DeleteServiceCategory($id: ID!) {\n  deleteServiceCategory(id: $id)\n}": typeof types.DeleteServiceCategoryDocument,
    "mutation ReorderServiceCategories($ids: [ID!]!) {\n  reorderServiceCategories(ids: $ids) {\n    ...SettingsCategoryFields\n  }\n}": typeof types.ReorderServiceCategoriesDocument,
    "mutation ReorderServices($input: ReorderServicesInput!) {\n  reorderServices(input: $input) {\n    ...SettingsCategoryFields\n  }\n}": typeof types.ReorderServicesDocument,
    "query ServicesSettings {\n  serviceCategories(includeInactive: true) {\n    ...SettingsCategoryFields\n  }\n  cabinTypes {\n    id\n    name\n  }\n}": typeof types.ServicesSettingsDocument,
    "mutation UpsertService($input: UpsertServiceInput!) {\n  upsertService(input: $input) {\n    ...SettingsServiceFields\n  }\n}": typeof types.UpsertServiceDocument,
    "mutation UpsertServiceCategory($input: UpsertServiceCategoryInput!) {\n  upsertServiceCategory(input: $input) {\n    ...SettingsCategoryFields\n  }\n}": typeof types.UpsertServiceCategoryDocument,
    "fragment SettingsServiceFields on Service {\n  id\n  categoryId\n  name\n  description\n  durationMinutes\n  priceCents\n  vatRateBp\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  depositKind\n  depositValue\n  depositCents\n  cabinTypeId\n  onlineBookable\n  active\n  position\n}\n\nfragment SettingsCategoryFields on ServiceCategory {\n  id\n  name\n  description\n  color\n  position\n  active\n  services {\n    ...SettingsServiceFields\n  }\n}": typeof types.SettingsServiceFieldsFragmentDoc,
    "mutation CancelPurchaseOrder($id: ID!) {\n  cancelPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}": typeof types.CancelPurchaseOrderDocument,
    "mutation CloseInventoryCount($id: ID!) {\n  closeInventoryCount(id: $id) {\n    id\n    status\n  }\n}": typeof types.CloseInventoryCountDocument,
    "mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}": typeof types.CreatePurchaseOrderDocument,
    "query CurrentInventoryCount {\n  currentInventoryCount {\n    id\n    category\n    countedLines\n    totalLines\n    differenceValueCents\n    lines {\n      countedQuantity\n      expectedQuantity\n      difference\n      product {\n        id\n        name\n        brand\n        barcode\n        quantity\n        unit\n      }\n    }\n  }\n}": typeof types.CurrentInventoryCountDocument,
    "mutation ImportProducts($file: String!, $dryRun: Boolean!, $importValidLines: Boolean) {\n  importProducts(\n    file: $file\n    dryRun: $dryRun\n    importValidLines: $importValidLines\n  ) {\n    dryRun\n    applied\n    created\n    updated\n    problems {\n      line\n      column\n      message\n    }\n  }\n}": typeof types.ImportProductsDocument,
    "query ProductMovements($filter: StockMovementFilterInput) {\n  stockMovements(filter: $filter, page: {limit: 100}) {\n    total\n    items {\n      id\n      kind\n      quantity\n      quantityAfter\n      unitCostCents\n      reason\n      occurredAt\n    }\n  }\n}": typeof types.ProductMovementsDocument,
    "query PurchaseOrders($supplierId: ID) {\n  purchaseOrders(supplierId: $supplierId) {\n    ...PurchaseOrderFields\n  }\n}": typeof types.PurchaseOrdersDocument,
    "mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n  receivePurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}": typeof types.ReceivePurchaseOrderDocument,
    "mutation RecordCountedQuantity($input: RecordCountedQuantityInput!) {\n  recordCountedQuantity(input: $input) {\n    countedQuantity\n    difference\n  }\n}": typeof types.RecordCountedQuantityDocument,
    "mutation RecordStockMovement($input: RecordStockMovementInput!) {\n  recordStockMovement(input: $input) {\n    id\n    quantityAfter\n  }\n}": typeof types.RecordStockMovementDocument,
    "query ReorderSuggestions {\n  reorderSuggestions {\n    suggestedQuantity\n    target\n    onOrder\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n      threshold\n      costCents\n      supplier {\n        id\n        name\n        email\n      }\n    }\n  }\n}": typeof types.ReorderSuggestionsDocument,
    "mutation SendPurchaseOrder($id: ID!) {\n  sendPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}": typeof types.SendPurchaseOrderDocument,
    "mutation StartInventoryCount($input: StartInventoryCountInput!) {\n  startInventoryCount(input: $input) {\n    id\n  }\n}": typeof types.StartInventoryCountDocument,
    "subscription StockChanged {\n  stockChanged {\n    products {\n      ...StockProductFields\n    }\n  }\n}": typeof types.StockChangedDocument,
    "query StockExport($format: StockExportFormat!, $at: DateTime) {\n  stockExport(format: $format, at: $at) {\n    fileName\n    mimeType\n    contentBase64\n    lineCount\n  }\n}": typeof types.StockExportDocument,
    "query StockProducts($filter: ProductFilterInput, $page: PageInput) {\n  products(filter: $filter, page: $page) {\n    total\n    items {\n      ...StockProductFields\n    }\n  }\n  inventorySettings {\n    allowNegativeStock\n  }\n}": typeof types.StockProductsDocument,
    "query StockValuation($at: DateTime!) {\n  stockValuation(at: $at) {\n    at\n    totalValueCents\n    lines {\n      quantity\n      valueCents\n      product {\n        id\n      }\n    }\n  }\n}": typeof types.StockValuationDocument,
    "query SupplierProducts($supplierId: ID!) {\n  products(\n    filter: {supplierId: $supplierId, includeInactive: true}\n    page: {limit: 200}\n  ) {\n    total\n    items {\n      id\n      name\n      brand\n      content\n      unit\n      quantity\n      lowStock\n      active\n      stockValueCents\n    }\n  }\n}": typeof types.SupplierProductsDocument,
    "query Suppliers {\n  suppliers {\n    ...SupplierFields\n  }\n}": typeof types.SuppliersDocument,
    "mutation UpsertProduct($input: UpsertProductInput!) {\n  upsertProduct(input: $input) {\n    ...StockProductFields\n  }\n}": typeof types.UpsertProductDocument,
    "mutation UpsertSupplier($input: UpsertSupplierInput!) {\n  upsertSupplier(input: $input) {\n    ...SupplierFields\n  }\n}": typeof types.UpsertSupplierDocument,
    "fragment PurchaseOrderFields on PurchaseOrder {\n  id\n  reference\n  status\n  notes\n  createdAt\n  sentAt\n  totalCents\n  supplier {\n    id\n    name\n    email\n  }\n  lines {\n    id\n    quantityOrdered\n    quantityReceived\n    unitCostCents\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n    }\n  }\n}": typeof types.PurchaseOrderFieldsFragmentDoc,
    "fragment StockProductFields on Product {\n  id\n  name\n  brand\n  category\n  barcode\n  kind\n  unit\n  content\n  quantity\n  threshold\n  averageCostCents\n  stockValueCents\n  priceCents\n  costCents\n  lowStock\n  vatRateBp\n  reorderTarget\n  active\n  photoUrl\n  supplier {\n    id\n    name\n  }\n}": typeof types.StockProductFieldsFragmentDoc,
    "fragment SupplierFields on Supplier {\n  id\n  name\n  contactName\n  email\n  phone\n  notes\n  active\n}": typeof types.SupplierFieldsFragmentDoc,
    "query CabinSettings {\n  cabinTypes {\n    id\n    name\n  }\n  cabins(includeInactive: true) {\n    ...SettingsCabinFields\n  }\n  services(includeInactive: true) {\n    id\n    cabinTypeId\n  }\n}": typeof types.CabinSettingsDocument,
    "mutation DeleteCabinType($id: ID!) {\n  deleteCabinType(id: $id) {\n    id\n    name\n  }\n}": typeof types.DeleteCabinTypeDocument,
    "query PractitionerSettings {\n  practitioners(includeInactive: true) {\n    ...SettingsPractitionerFields\n  }\n  serviceCategories(includeInactive: true) {\n    id\n    name\n    active\n    services {\n      id\n      name\n      active\n    }\n  }\n}": typeof types.PractitionerSettingsDocument,
    "mutation UpsertCabin($input: UpsertCabinInput!) {\n  upsertCabin(input: $input) {\n    ...SettingsCabinFields\n  }\n}": typeof types.UpsertCabinDocument,
    "mutation UpsertCabinType($input: UpsertCabinTypeInput!) {\n  upsertCabinType(input: $input) {\n    id\n    name\n  }\n}": typeof types.UpsertCabinTypeDocument,
    "mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    ...SettingsPractitionerFields\n  }\n}": typeof types.UpsertPractitionerDocument,
    "fragment SettingsCabinFields on Cabin {\n  id\n  name\n  active\n  cabinTypeId\n}\n\nfragment SettingsPractitionerFields on Practitioner {\n  id\n  displayName\n  color\n  bio\n  photoUrl\n  active\n  position\n  serviceIds\n}": typeof types.SettingsCabinFieldsFragmentDoc,
    "mutation PairReader($input: PairReaderInput!) {\n  pairReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}": typeof types.PairReaderDocument,
    "query Readers {\n  readers {\n    ...TerminalReaderFields\n  }\n}": typeof types.ReadersDocument,
    "mutation RemoveReader($id: ID!) {\n  removeReader(id: $id)\n}": typeof types.RemoveReaderDocument,
    "mutation RenameReader($input: RenameReaderInput!) {\n  renameReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}": typeof types.RenameReaderDocument,
    "fragment TerminalReaderFields on TerminalReader {\n  id\n  name\n  provider\n  status\n  state\n  busy\n  serial\n  batteryLevel\n  pairedAt\n}": typeof types.TerminalReaderFieldsFragmentDoc,
    "query SaleSettings {\n  saleSettings {\n    ...SaleSettingsFields\n  }\n}": typeof types.SaleSettingsDocument,
    "mutation UpdateSaleSettings($input: UpdateSaleSettingsInput!) {\n  updateSaleSettings(input: $input) {\n    ...SaleSettingsFields\n  }\n}": typeof types.UpdateSaleSettingsDocument,
    "fragment SaleSettingsFields on SaleSettings {\n  staffMaxDiscountBp\n  staffMaxCreditNoteCents\n}": typeof types.SaleSettingsFieldsFragmentDoc,
    "query CashSession($tillId: ID!) {\n  cashSession(tillId: $tillId) {\n    ...CashSessionFields\n  }\n}": typeof types.CashSessionDocument,
    "mutation CloseCashSession($input: CloseCashSessionInput!) {\n  closeCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}": typeof types.CloseCashSessionDocument,
    "mutation ClosePeriod($input: ClosePeriodInput!) {\n  closePeriod(input: $input) {\n    ...ClosureFields\n  }\n}": typeof types.ClosePeriodDocument,
    "query Closures($filter: ClosuresFilterInput!) {\n  closures(filter: $filter) {\n    ...ClosureFields\n  }\n}": typeof types.ClosuresDocument,
    "mutation ExportJournalArchive($input: JournalRangeInput!) {\n  exportJournalArchive(input: $input) {\n    filename\n    contentBase64\n    recordCount\n    sha256\n  }\n}": typeof types.ExportJournalArchiveDocument,
    "query JournalPublicKey {\n  journalPublicKey\n}": typeof types.JournalPublicKeyDocument,
    "mutation OpenCashSession($input: OpenCashSessionInput!) {\n  openCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}": typeof types.OpenCashSessionDocument,
    "mutation RecordCashMovement($input: RecordCashMovementInput!) {\n  recordCashMovement(input: $input) {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}": typeof types.RecordCashMovementDocument,
    "query Tills {\n  tills {\n    id\n    name\n    active\n  }\n}": typeof types.TillsDocument,
    "mutation VerifyJournal($input: JournalRangeInput!) {\n  verifyJournal(input: $input) {\n    tillId\n    ok\n    recordsChecked\n    closuresChecked\n    firstSeq\n    lastSeq\n    lastHash\n    broken {\n      seq\n      kind\n      problem\n    }\n  }\n}": typeof types.VerifyJournalDocument,
    "fragment CashSessionFields on CashSession {\n  id\n  tillId\n  openedAt\n  openingFloatCents\n  openingCounts {\n    denominationCents\n    count\n  }\n  closedAt\n  expectedCents\n  countedCents\n  varianceCents\n  movements {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}\n\nfragment ClosureFields on Closure {\n  id\n  tillId\n  period\n  number\n  firstDate\n  lastDate\n  closedAt\n  automatic\n  ticketCount\n  creditNoteCount\n  totalInclCents\n  absoluteTotalCents\n  perpetualTotalCents\n  perpetualAbsoluteCents\n  shortHash\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n  }\n  tenders {\n    kind\n    amountCents\n  }\n}": typeof types.CashSessionFieldsFragmentDoc,
    "query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}": typeof types.InstituteIdentityDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": typeof types.RefreshTokenDocument,
    "query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}": typeof types.CurrentUserDocument,
    "mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}": typeof types.LogoutDocument,
    "query MyPermissions {\n  myPermissions\n}": typeof types.MyPermissionsDocument,
};
const documents: Documents = {
    "query AccountingEntries($filter: AccountingEntriesFilterInput, $page: PageInput) {\n  accountingEntries(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      journalCode\n      journalLabel\n      entryNum\n      entryDate\n      pieceRef\n      pieceDate\n      label\n      sourceKind\n      sourceId\n      validDate\n      validatedAt\n      debitCents\n      creditCents\n      lines {\n        position\n        accountNumber\n        accountLabel\n        label\n        debitCents\n        creditCents\n      }\n    }\n  }\n}": types.AccountingEntriesDocument,
    "fragment AccountingSettingsFields on AccountingSettings {\n  accounts {\n    key\n    number\n    label\n  }\n  journals {\n    key\n    code\n    label\n  }\n  fiscalYearStartMonth\n  fecEncoding\n  depositTreatment\n  depositVatRateBp\n}\n\nquery AccountingSettings {\n  accountingSettings {\n    ...AccountingSettingsFields\n  }\n}": types.AccountingSettingsFieldsFragmentDoc,
    "query Banking {\n  payouts {\n    id\n    provider\n    providerPayoutId\n    paidOn\n    grossCents\n    feeCents\n    netCents\n  }\n  cashBankings {\n    id\n    tillName\n    amountCents\n    depositedOn\n    creditedOn\n    slipRef\n  }\n  tills {\n    id\n    name\n  }\n}\n\nmutation RecordPayout($input: RecordPayoutInput!) {\n  recordPayout(input: $input) {\n    id\n    provider\n    netCents\n  }\n}\n\nmutation RecordCashBanking($input: RecordCashBankingInput!) {\n  recordCashBanking(input: $input) {\n    id\n    amountCents\n  }\n}\n\nmutation RecordCashBankingCredit($input: RecordCashBankingCreditInput!) {\n  recordCashBankingCredit(input: $input) {\n    id\n    creditedOn\n  }\n}\n\nmutation SyncProviderPayouts($input: SyncProviderPayoutsInput!) {\n  syncProviderPayouts(input: $input) {\n    provider\n    from\n    to\n    fetched\n    alreadyRecorded\n    recorded {\n      id\n      netCents\n    }\n    failures {\n      providerPayoutId\n      message\n    }\n  }\n}": types.BankingDocument,
    "mutation FecExport($input: FecExportInput!) {\n  fecExport(input: $input) {\n    url\n    fileName\n    expiresAt\n    report {\n      ok\n      lineCount\n      entryCount\n      debitCents\n      creditCents\n      findingCount\n      findings {\n        line\n        code\n        message\n      }\n    }\n  }\n}": types.FecExportDocument,
    "query GeneralLedger($input: GeneralLedgerInput!) {\n  generalLedger(input: $input) {\n    accountNumber\n    openingBalanceCents\n    closingBalanceCents\n    lines {\n      entryId\n      journalCode\n      entryNum\n      entryDate\n      pieceRef\n      label\n      debitCents\n      creditCents\n      balanceCents\n    }\n  }\n}": types.GeneralLedgerDocument,
    "mutation LockPeriod($input: LockPeriodInput!) {\n  lockPeriod(input: $input) {\n    month\n    lockedAt\n  }\n}": types.LockPeriodDocument,
    "mutation RecordOpeningEntry($input: RecordOpeningEntryInput!) {\n  recordOpeningEntry(input: $input) {\n    id\n    entryDate\n    debitCents\n  }\n}": types.RecordOpeningEntryDocument,
    "query PeriodLocks {\n  periodLocks {\n    month\n    lockedAt\n  }\n}": types.PeriodLocksDocument,
    "query TrialBalance($period: TrialBalanceInput!) {\n  trialBalance(period: $period) {\n    accountNumber\n    accountLabel\n    debitCents\n    creditCents\n    balanceCents\n  }\n}": types.TrialBalanceDocument,
    "mutation UpdateAccountingSettings($input: UpdateAccountingSettingsInput!) {\n  updateAccountingSettings(input: $input) {\n    ...AccountingSettingsFields\n  }\n}": types.UpdateAccountingSettingsDocument,
    "mutation ValidateEntries($input: ValidateEntriesInput!) {\n  validateEntries(input: $input) {\n    validatedCount\n  }\n}": types.ValidateEntriesDocument,
    "query VatReport($period: VatReportPeriodInput!) {\n  vatReport(period: $period) {\n    from\n    to\n    outsideScopeCents\n    rates {\n      rateBp\n      baseCents\n      vatCents\n    }\n    sources {\n      source\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca3 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca12 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    b2cDailySummary {\n      date\n      transactionCount\n      lines {\n        category\n        rateBp\n        baseCents\n        vatCents\n      }\n    }\n  }\n}": types.VatReportDocument,
    "mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input)\n}": types.ChangeMyPasswordDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": types.RequestPasswordResetDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    userAgent\n    ip\n    current\n  }\n}\n\nmutation EndSession($id: ID!) {\n  endSession(id: $id)\n}": types.MySessionsDocument,
    "mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n  setPasswordWithLink(input: $input)\n}": types.SetPasswordWithLinkDocument,
    "fragment StaffAccountFields on StaffAccount {\n  id\n  email\n  firstName\n  lastName\n  role\n  active\n  invitationPending\n  lastLoginAt\n  practitionerId\n  practitionerName\n}\n\nquery StaffAccounts {\n  staffAccounts {\n    ...StaffAccountFields\n  }\n  practitioners {\n    id\n    displayName\n  }\n}\n\nmutation InviteStaff($input: InviteStaffInput!) {\n  inviteStaff(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n  changeStaffRole(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation SetStaffActive($input: SetStaffActiveInput!) {\n  setStaffActive(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation LinkStaffPractitioner($input: LinkStaffPractitionerInput!) {\n  linkStaffPractitioner(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ResendStaffInvitation($input: ResendStaffInvitationInput!) {\n  resendStaffInvitation(input: $input) {\n    ...StaffAccountFields\n  }\n}": types.StaffAccountFieldsFragmentDoc,
    "mutation BlockSlot($input: BlockSlotInput!) {\n  blockSlot(input: $input) {\n    ...AgendaBlockFields\n  }\n}": types.BlockSlotDocument,
    "query SearchClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    total\n    items {\n      id\n      firstName\n      lastName\n      phone\n      email\n    }\n  }\n}": types.SearchClientsDocument,
    "mutation CreateStaffBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    booking {\n      ...AgendaBookingFields\n    }\n  }\n}": types.CreateStaffBookingDocument,
    "query BookableServices {\n  serviceCategories {\n    id\n    name\n    color\n    position\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n      position\n    }\n  }\n}": types.BookableServicesDocument,
    "subscription AgendaChanged($day: LocalDate!) {\n  agendaChanged(day: $day) {\n    day\n    kind\n    booking {\n      ...AgendaBookingFields\n    }\n    block {\n      ...AgendaBlockFields\n    }\n  }\n}": types.AgendaChangedDocument,
    "query BookingLink($id: ID!) {\n  booking(id: $id) {\n    id\n    start\n  }\n}": types.BookingLinkDocument,
    "fragment AgendaBookingFields on Booking {\n  id\n  reference\n  status\n  source\n  start\n  end\n  totalCents\n  depositCents\n  clientNote\n  holdExpiresAt\n  cancelReason\n  cancelledBy\n  cancelledAt\n  createdAt\n  client {\n    id\n    firstName\n    lastName\n    phone\n    email\n  }\n  contactEmail\n  possibleDuplicate\n  items {\n    id\n    serviceId\n    serviceName\n    color\n    practitionerId\n    practitionerName\n    cabinId\n    cabinName\n    start\n    end\n    durationMinutes\n    priceCents\n  }\n}\n\nfragment AgendaBlockFields on BlockedSlot {\n  id\n  practitionerId\n  cabinId\n  start\n  end\n  reason\n}": types.AgendaBookingFieldsFragmentDoc,
    "query AgendaDay($day: LocalDate!) {\n  agenda(day: $day) {\n    day\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    workingTime {\n      practitionerId\n      start\n      end\n    }\n    bookings {\n      ...AgendaBookingFields\n    }\n    blocks {\n      ...AgendaBlockFields\n    }\n  }\n}": types.AgendaDayDocument,
    "query AgendaMonth($month: String!) {\n  agendaMonth(month: $month) {\n    month\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    days {\n      day\n      bookings {\n        id\n        start\n        status\n        clientName\n        practitionerIds\n        color\n      }\n    }\n  }\n}": types.AgendaMonthDocument,
    "query AgendaSettings {\n  settings {\n    booking {\n      slotGranularityMinutes\n    }\n  }\n  cabins {\n    id\n    name\n  }\n}": types.AgendaSettingsDocument,
    "mutation RescheduleBooking($input: RescheduleBookingInput!) {\n  rescheduleBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}": types.RescheduleBookingDocument,
    "query ClientBeautyAlert($clientId: ID!) {\n  clientBeautyAlert(clientId: $clientId)\n}": types.ClientBeautyAlertDocument,
    "mutation CancelBooking($input: CancelBookingInput!) {\n  cancelBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}": types.CancelBookingDocument,
    "mutation CompleteBooking($id: ID!) {\n  completeBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}": types.CompleteBookingDocument,
    "mutation ConfirmBooking($id: ID!) {\n  confirmBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}": types.ConfirmBookingDocument,
    "mutation MarkNoShow($id: ID!) {\n  markNoShow(id: $id) {\n    ...AgendaBookingFields\n  }\n}": types.MarkNoShowDocument,
    "mutation UnblockSlot($id: ID!) {\n  unblockSlot(id: $id) {\n    ...AgendaBlockFields\n  }\n}": types.UnblockSlotDocument,
    "query AvailabilityExceptions($from: LocalDate!, $to: LocalDate!) {\n  availabilityExceptions(from: $from, to: $to) {\n    ...AvailabilityExceptionFields\n  }\n}": types.AvailabilityExceptionsDocument,
    "query AvailabilityPractitioners {\n  practitioners {\n    id\n    displayName\n    color\n  }\n}": types.AvailabilityPractitionersDocument,
    "query BookingPolicy {\n  settings {\n    booking {\n      ...BookingSettingsFields\n    }\n  }\n}": types.BookingPolicyDocument,
    "mutation CreateClosures($input: CreateClosuresInput!) {\n  createClosures(input: $input) {\n    ...AvailabilityExceptionFields\n  }\n}": types.CreateClosuresDocument,
    "mutation DeleteAvailabilityException($id: ID!) {\n  deleteAvailabilityException(id: $id)\n}": types.DeleteAvailabilityExceptionDocument,
    "mutation SetWorkingHours($input: SetWorkingHoursInput!) {\n  setWorkingHours(input: $input) {\n    weekday\n    start\n    end\n  }\n}": types.SetWorkingHoursDocument,
    "mutation UpdateBookingPolicy($input: UpdateBookingSettingsInput!) {\n  updateBookingSettings(input: $input) {\n    ...BookingSettingsFields\n  }\n}": types.UpdateBookingPolicyDocument,
    "query WorkingHours($practitionerId: ID!) {\n  workingHours(practitionerId: $practitionerId) {\n    weekday\n    start\n    end\n  }\n}": types.WorkingHoursDocument,
    "fragment AvailabilityExceptionFields on AvailabilityException {\n  id\n  practitionerId\n  date\n  kind\n  start\n  end\n  reason\n}": types.AvailabilityExceptionFieldsFragmentDoc,
    "fragment BookingSettingsFields on BookingSettings {\n  slotGranularityMinutes\n  minLeadTimeMinutes\n  bookingHorizonDays\n  pendingHoldMinutes\n  cancellationDeadlineHours\n  closedOnPublicHolidays\n}": types.BookingSettingsFieldsFragmentDoc,
    "mutation CheckoutAddSaleLine($input: AddSaleLineInput!) {\n  addSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutAddSaleLineDocument,
    "mutation CheckoutApplyDiscount($input: ApplyDiscountInput!) {\n  applyDiscount(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutApplyDiscountDocument,
    "mutation CheckoutCancelSaleTender($input: CancelSaleTenderInput!) {\n  cancelSaleTender(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutCancelSaleTenderDocument,
    "query CheckoutCatalog {\n  serviceCategories {\n    id\n    name\n    services {\n      id\n      name\n      priceCents\n      durationMinutes\n    }\n  }\n  products(page: {limit: 100, offset: 0}) {\n    items {\n      id\n      name\n      brand\n      category\n      barcode\n      kind\n      priceCents\n      quantity\n    }\n  }\n  practitioners {\n    id\n    displayName\n  }\n}": types.CheckoutCatalogDocument,
    "query CheckoutClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n  }\n}": types.CheckoutClientDocument,
    "query CheckoutClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    items {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n}": types.CheckoutClientsDocument,
    "query CheckoutDueBookings($filter: BookingsFilter, $paid: SalesFilterInput) {\n  bookings(filter: $filter) {\n    items {\n      id\n      start\n      status\n      totalCents\n      paidCents\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n        practitionerName\n      }\n    }\n  }\n  sales(filter: $paid, page: {limit: 200, offset: 0}) {\n    items {\n      id\n      bookingId\n    }\n  }\n}": types.CheckoutDueBookingsDocument,
    "query CheckoutLoyalty($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tierName\n    availableRewards {\n      code\n      name\n      points\n      kind\n      amountCents\n    }\n  }\n}": types.CheckoutLoyaltyDocument,
    "query CheckoutLoyaltyCardClient($token: String!) {\n  loyaltyCardClient(token: $token) {\n    clientId\n    firstName\n    lastName\n  }\n}": types.CheckoutLoyaltyCardClientDocument,
    "mutation CheckoutOpenSale($input: OpenSaleInput!) {\n  openSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutOpenSaleDocument,
    "mutation CheckoutParkSale($input: ParkSaleInput!) {\n  parkSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutParkSaleDocument,
    "query CheckoutParkedSales($filter: SalesFilterInput) {\n  sales(filter: $filter, page: {limit: 20, offset: 0}) {\n    total\n    items {\n      id\n      createdAt\n      totalInclCents\n      clientId\n      lines {\n        id\n        label\n      }\n    }\n  }\n}": types.CheckoutParkedSalesDocument,
    "mutation CheckoutPaySale($input: PaySaleInput!) {\n  paySale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutPaySaleDocument,
    "query CheckoutProductByBarcode($search: String!) {\n  products(filter: {search: $search}, page: {limit: 5, offset: 0}) {\n    items {\n      id\n      name\n      barcode\n    }\n  }\n}": types.CheckoutProductByBarcodeDocument,
    "mutation CheckoutRedeemReward($input: RedeemRewardInput!) {\n  redeemReward(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutRedeemRewardDocument,
    "mutation CheckoutRemoveSaleLine($input: RemoveSaleLineInput!) {\n  removeSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutRemoveSaleLineDocument,
    "query CheckoutSale($id: ID!) {\n  sale(id: $id) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutSaleDocument,
    "subscription CheckoutSaleUpdated($id: ID!) {\n  saleUpdated(id: $id) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutSaleUpdatedDocument,
    "mutation CheckoutSetSaleClient($input: SetSaleClientInput!) {\n  setSaleClient(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutSetSaleClientDocument,
    "subscription CheckoutTerminalUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}": types.CheckoutTerminalUpdatedDocument,
    "mutation CheckoutUpdateSaleLine($input: UpdateSaleLineInput!) {\n  updateSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}": types.CheckoutUpdateSaleLineDocument,
    "query TillReaders {\n  readers {\n    id\n    name\n    status\n    busy\n    state\n    provider\n  }\n}": types.TillReadersDocument,
    "mutation TillSimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}": types.TillSimulateTerminalOutcomeDocument,
    "fragment CheckoutSaleFields on Sale {\n  id\n  tillId\n  status\n  number\n  bookingId\n  clientId\n  totalInclCents\n  discountCents\n  paidCents\n  pendingCents\n  leftToPayCents\n  changeCents\n  depositAvailableCents\n  ticketDiscount {\n    kind\n    value\n    reason\n  }\n  lines {\n    id\n    kind\n    label\n    quantity\n    unitPriceCents\n    vatRateBp\n    discountCents\n    totalInclCents\n    practitionerId\n    productId\n    bookingItemId\n    discount {\n      kind\n      value\n      reason\n    }\n  }\n  tenders {\n    id\n    kind\n    status\n    amountCents\n    changeCents\n    terminalCheckoutId\n    failureReason\n  }\n}": types.CheckoutSaleFieldsFragmentDoc,
    "mutation AddClientNote($input: ClientNoteInput!) {\n  addClientNote(input: $input) {\n    id\n    body\n    pinned\n    authorName\n    createdAt\n  }\n}": types.AddClientNoteDocument,
    "mutation ArchiveClient($input: ArchiveClientInput!) {\n  archiveClient(input: $input) {\n    ...ClientFields\n  }\n}": types.ArchiveClientDocument,
    "query BeautyFile($clientId: ID!) {\n  clientBeautyFile(clientId: $clientId) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}": types.BeautyFileDocument,
    "query ClientFile($id: ID!) {\n  clientFile(id: $id) {\n    client {\n      ...ClientFields\n    }\n    preferredPractitionerName\n    hasBeautyFile\n    stats {\n      visits\n      totalSpentCents\n      averageBasketCents\n      lastVisitAt\n      favouriteServices\n      noShows\n      noShowRate\n    }\n    notes {\n      id\n      body\n      pinned\n      authorName\n      createdAt\n    }\n    bookings {\n      id\n      reference\n      status\n      startsAt\n      services\n      practitioners\n      priceCents\n    }\n    payments {\n      id\n      bookingReference\n      kind\n      method\n      status\n      amountCents\n      refundedCents\n      createdAt\n    }\n    messages {\n      id\n      channel\n      template\n      recipient\n      status\n      createdAt\n    }\n  }\n}": types.ClientFileDocument,
    "query ClientList($filter: ClientsFilter) {\n  clients(filter: $filter) {\n    total\n    totalIsLowerBound\n    nextCursor\n    rows {\n      client {\n        ...ClientFields\n      }\n      lastVisitAt\n      visits\n      totalSpentCents\n    }\n  }\n}": types.ClientListDocument,
    "query ClientPractitioners {\n  practitioners {\n    id\n    displayName\n  }\n}": types.ClientPractitionersDocument,
    "mutation DeleteSavedClientFilter($id: ID!) {\n  deleteSavedClientFilter(id: $id)\n}": types.DeleteSavedClientFilterDocument,
    "mutation DismissDuplicate($key: String!) {\n  dismissPossibleDuplicate(key: $key)\n}": types.DismissDuplicateDocument,
    "query ExportClients($filter: ClientsFilter) {\n  exportClientsCsv(filter: $filter) {\n    csv\n    count\n  }\n}": types.ExportClientsDocument,
    "query LoyaltyAccount($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tier\n    tierName\n    spend12mCents\n    referralCode\n    referredBy\n    availableRewards {\n      code\n      name\n      points\n    }\n    movements {\n      id\n      kind\n      points\n      reason\n      remaining\n      expiresAt\n      occurredAt\n    }\n  }\n}": types.LoyaltyAccountDocument,
    "mutation MergeClients($input: MergeClientsInput!) {\n  mergeClients(input: $input) {\n    client {\n      ...ClientFields\n    }\n    movedBookings\n    movedNotes\n    movedMessages\n  }\n}": types.MergeClientsDocument,
    "mutation PinClientNote($input: PinClientNoteInput!) {\n  pinClientNote(input: $input) {\n    id\n    pinned\n  }\n}": types.PinClientNoteDocument,
    "query PossibleDuplicates {\n  possibleDuplicateClients {\n    key\n    client {\n      ...ClientFields\n    }\n    other {\n      ...ClientFields\n    }\n    bookingReference\n    typedEmail\n    since\n  }\n}": types.PossibleDuplicatesDocument,
    "mutation SaveClientFilter($input: SaveClientFilterInput!) {\n  saveClientFilter(input: $input) {\n    id\n    name\n    filterJson\n  }\n}": types.SaveClientFilterDocument,
    "query SavedClientFilters {\n  savedClientFilters {\n    id\n    name\n    filterJson\n  }\n}": types.SavedClientFiltersDocument,
    "mutation UpdateBeautyFile($input: ClientBeautyFileInput!) {\n  updateClientBeautyFile(input: $input) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}": types.UpdateBeautyFileDocument,
    "mutation UpsertClient($input: UpsertClientInput!) {\n  upsertClient(input: $input) {\n    ...ClientFields\n  }\n}": types.UpsertClientDocument,
    "fragment ClientFields on Client {\n  id\n  firstName\n  lastName\n  email\n  phone\n  birthday\n  addressLine1\n  postalCode\n  city\n  preferredPractitionerId\n  tags\n  marketingConsent\n  serviceEmailOptOut\n  serviceSmsOptOut\n  archivedAt\n  createdAt\n}": types.ClientFieldsFragmentDoc,
    "fragment GiftCardShopSettingsFields on GiftCardShopSettings {\n  onlineSaleEnabled\n  presetAmountsCents\n  minFreeAmountCents\n  maxFreeAmountCents\n  validityMonths\n  transferOrderHours\n  forcedCategory\n  transferIban\n  transferBic\n  transferHolder\n}\n\nquery GiftCardShopSettings {\n  giftCardShopSettings {\n    ...GiftCardShopSettingsFields\n  }\n}\n\nmutation UpdateGiftCardShop($input: UpdateGiftCardShopInput!) {\n  updateGiftCardShop(input: $input) {\n    ...GiftCardShopSettingsFields\n  }\n}": types.GiftCardShopSettingsFieldsFragmentDoc,
    "mutation CancelGiftCard($input: CancelGiftCardInput!) {\n  cancelGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}": types.CancelGiftCardDocument,
    "mutation ExtendGiftCard($input: ExtendGiftCardInput!) {\n  extendGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}": types.ExtendGiftCardDocument,
    "query GiftCardByCode($code: String!) {\n  giftCard(code: $code) {\n    id\n  }\n}": types.GiftCardByCodeDocument,
    "query GiftCardCounts {\n  giftCardCounts {\n    pendingPayment\n    active\n    partlyUsed\n    used\n    expired\n    cancelled\n    total\n  }\n}": types.GiftCardCountsDocument,
    "query GiftCardDetail($id: ID!) {\n  giftCardById(id: $id) {\n    ...GiftCardFull\n  }\n}": types.GiftCardDetailDocument,
    "query GiftCardPdfLink($id: ID!) {\n  giftCardPdfLink(id: $id) {\n    url\n    expiresAt\n  }\n}": types.GiftCardPdfLinkDocument,
    "query GiftCards($filter: GiftCardsFilterInput, $page: PageInput) {\n  giftCards(filter: $filter, page: $page) {\n    total\n    items {\n      ...GiftCardRow\n    }\n  }\n}": types.GiftCardsDocument,
    "fragment PendingTransferRow on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  priceCents\n  faceValueCents\n  buyerName\n  buyerEmail\n  recipientName\n  createdAt\n  expiresAt\n  giftCardId\n}\n\nquery PendingGiftCardTransfers {\n  pendingGiftCardTransfers {\n    ...PendingTransferRow\n  }\n}\n\nmutation MarkGiftCardTransferReceived($input: MarkGiftCardTransferReceivedInput!) {\n  markGiftCardTransferReceived(input: $input) {\n    ...PendingTransferRow\n  }\n}": types.PendingTransferRowFragmentDoc,
    "mutation ResendGiftCard($input: ResendGiftCardInput!) {\n  resendGiftCard(input: $input) {\n    sentTo\n    giftCard {\n      ...GiftCardFull\n    }\n  }\n}": types.ResendGiftCardDocument,
    "fragment GiftCardRow on GiftCard {\n  id\n  last4\n  kind\n  serviceName\n  faceValueCents\n  balanceCents\n  status\n  expiresAt\n  buyerName\n  recipientName\n  createdAt\n}\n\nfragment GiftCardFull on GiftCard {\n  ...GiftCardRow\n  pricePaidCents\n  deliveryEmail\n  category\n  vatRateBp\n  issuedAt\n  message\n  saleId\n  saleNumber\n  movements {\n    id\n    kind\n    amountCents\n    balanceAfterCents\n    saleId\n    reference\n    reason\n    expiresAt\n    occurredAt\n  }\n}": types.GiftCardRowFragmentDoc,
    "fragment LoyaltyProgramFields on LoyaltyProgram {\n  enabled\n  servicePointsPerEuro\n  productPointsPerEuro\n  rounding\n  expiryMonths\n  birthdayBonusPoints\n  referralBonusPoints\n  tiers {\n    code\n    name\n    minSpendCents\n    serviceDiscountBp\n  }\n  rewards {\n    code\n    name\n    points\n    kind\n    amountCents\n    serviceId\n  }\n}\n\nquery LoyaltyProgram {\n  loyaltyProgram {\n    ...LoyaltyProgramFields\n  }\n}": types.LoyaltyProgramFieldsFragmentDoc,
    "mutation UpdateLoyaltyProgram($input: UpdateLoyaltyProgramInput!) {\n  updateLoyaltyProgram(input: $input) {\n    ...LoyaltyProgramFields\n  }\n}": types.UpdateLoyaltyProgramDocument,
    "query PreviewBookings($filter: BookingsFilter) {\n  bookings(filter: $filter) {\n    items {\n      id\n      reference\n      start\n      status\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n      }\n    }\n  }\n}\n\nquery PreviewNotification($template: NotificationTemplate!, $bookingId: ID!, $channel: NotificationChannel!) {\n  previewNotification(\n    template: $template\n    bookingId: $bookingId\n    channel: $channel\n  ) {\n    channel\n    subject\n    html\n    text\n    segments\n    encoding\n  }\n}\n\nmutation SendTestNotification($input: SendTestNotificationInput!) {\n  sendTestNotification(input: $input) {\n    ...NotificationFields\n  }\n}": types.PreviewBookingsDocument,
    "fragment NotificationSettingsFields on NotificationSettings {\n  smsSender\n  emailDelivery\n  smsDelivery\n  templates {\n    template\n    email\n    sms\n    smsAvailable\n  }\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}": types.NotificationSettingsFieldsFragmentDoc,
    "query BookingNotifications($bookingId: ID!) {\n  notifications(filter: {bookingId: $bookingId}, page: {limit: 50}) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}": types.BookingNotificationsDocument,
    "query Notifications($filter: NotificationsFilter, $page: PageInput) {\n  notifications(filter: $filter, page: $page) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}": types.NotificationsDocument,
    "mutation ResendNotification($id: ID!) {\n  resendNotification(id: $id) {\n    ...NotificationFields\n  }\n}": types.ResendNotificationDocument,
    "fragment NotificationFields on Notification {\n  id\n  channel\n  template\n  recipient\n  status\n  skipReason\n  attempts\n  lastError\n  bookingId\n  bookingReference\n  bookingStart\n  clientName\n  scheduledFor\n  sentAt\n  resendOfId\n  isTest\n  createdAt\n}": types.NotificationFieldsFragmentDoc,
    "query PaymentSettings {\n  paymentSettings {\n    ...PaymentSettingsFields\n  }\n}": types.PaymentSettingsDocument,
    "mutation UpdatePaymentSettings($input: UpdatePaymentSettingsInput!) {\n  updatePaymentSettings(input: $input) {\n    ...PaymentSettingsFields\n  }\n}": types.UpdatePaymentSettingsDocument,
    "fragment PaymentSettingsFields on PaymentSettings {\n  onlineProvider\n  stripePublishableKey\n  stripeSecretKeyHint\n  stripeWebhookSecretHint\n  sumupMerchantCode\n  sumupApiKeyHint\n  paypalClientId\n  paypalClientSecretHint\n  paypalWebhookId\n  staffCanRefund\n}": types.PaymentSettingsFieldsFragmentDoc,
    "query BookingPayments($id: ID!) {\n  booking(id: $id) {\n    id\n    status\n    totalCents\n    depositCents\n    paidCents\n    payments {\n      ...PaymentFields\n    }\n  }\n}": types.BookingPaymentsDocument,
    "mutation CancelTerminalCheckout($id: ID!) {\n  cancelTerminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}": types.CancelTerminalCheckoutDocument,
    "query CheckoutReaders {\n  readers {\n    id\n    name\n    provider\n    status\n    busy\n  }\n}": types.CheckoutReadersDocument,
    "query Payments($filter: PaymentsFilter) {\n  payments(filter: $filter) {\n    total\n    items {\n      ...PaymentFields\n    }\n  }\n}": types.PaymentsDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...PaymentFields\n  }\n}": types.RecordPaymentDocument,
    "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...PaymentFields\n  }\n}": types.RefundPaymentDocument,
    "mutation SimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}": types.SimulateTerminalOutcomeDocument,
    "mutation StartTerminalCheckout($input: StartTerminalCheckoutInput!) {\n  startTerminalCheckout(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}": types.StartTerminalCheckoutDocument,
    "query TerminalCheckout($id: ID!) {\n  terminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}": types.TerminalCheckoutDocument,
    "subscription TerminalCheckoutUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}": types.TerminalCheckoutUpdatedDocument,
    "fragment PaymentFields on Payment {\n  id\n  kind\n  method\n  provider\n  status\n  amountCents\n  refundedCents\n  currency\n  bookingId\n  providerReference\n  failureReason\n  createdAt\n  succeededAt\n}": types.PaymentFieldsFragmentDoc,
    "fragment TerminalCheckoutFields on TerminalCheckout {\n  id\n  status\n  final\n  provider\n  readerId\n  readerName\n  amountCents\n  failureReason\n  expiresAt\n  updatedAt\n  payment {\n    ...PaymentFields\n  }\n}": types.TerminalCheckoutFieldsFragmentDoc,
    "mutation IssueSaleCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    id\n    number\n    totalInclCents\n  }\n}": types.IssueSaleCreditNoteDocument,
    "mutation ReprintSaleReceipt($input: ReprintSaleReceiptInput!) {\n  reprintSaleReceipt(input: $input) {\n    ...SaleReceiptFields\n  }\n}": types.ReprintSaleReceiptDocument,
    "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    tillId\n    kind\n    status\n    number\n    shortHash\n    clientId\n    bookingId\n    originalSaleId\n    reason\n    totalInclCents\n    discountCents\n    paidCents\n    changeCents\n    completedAt\n    createdAt\n    ticketDiscount {\n      kind\n      value\n      reason\n    }\n    lines {\n      id\n      kind\n      label\n      quantity\n      unitPriceCents\n      vatRateBp\n      discountCents\n      totalInclCents\n      totalExclCents\n      practitionerId\n    }\n    tenders {\n      id\n      kind\n      status\n      amountCents\n      changeCents\n      reference\n    }\n    vatTotals {\n      rateBp\n      baseCents\n      vatCents\n    }\n  }\n}": types.SaleDetailDocument,
    "query SaleDetailPractitioners {\n  practitioners(includeInactive: true) {\n    id\n    displayName\n  }\n}\n\nquery SaleDetailClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n    email\n  }\n}": types.SaleDetailPractitionersDocument,
    "fragment SaleReceiptFields on SaleReceipt {\n  saleId\n  kind\n  title\n  number\n  tillName\n  issuedAt\n  issuedAtLocal\n  clientName\n  institute {\n    name\n    addressLines\n    siret\n    vatNumber\n  }\n  lines {\n    label\n    quantity\n    unitPriceCents\n    discountCents\n    totalExclCents\n    vatRateBp\n    totalInclCents\n  }\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n    totalInclCents\n  }\n  totalExclCents\n  totalVatCents\n  totalInclCents\n  tenders {\n    kind\n    label\n    amountCents\n    givenCents\n    changeCents\n  }\n  changeCents\n  shortHash\n  originalNumber\n  reason\n  duplicate {\n    number\n    printedAtLocal\n  }\n}\n\nquery SaleReceipt($saleId: ID!) {\n  saleReceipt(saleId: $saleId) {\n    ...SaleReceiptFields\n  }\n}": types.SaleReceiptFieldsFragmentDoc,
    "query SaleReceiptPdfLink($saleId: ID!, $format: ReceiptFormat) {\n  saleReceiptPdfLink(saleId: $saleId, format: $format) {\n    url\n    expiresAt\n  }\n}": types.SaleReceiptPdfLinkDocument,
    "query SalesHistory($filter: SalesFilterInput, $page: PageInput) {\n  sales(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      tillId\n      kind\n      status\n      number\n      clientId\n      totalInclCents\n      completedAt\n      createdAt\n    }\n  }\n}": types.SalesHistoryDocument,
    "query SalesTills {\n  tills {\n    id\n    name\n  }\n}": types.SalesTillsDocument,
    "mutation SendSaleReceipt($input: SendSaleReceiptInput!) {\n  sendSaleReceipt(input: $input) {\n    email\n  }\n}": types.SendSaleReceiptDocument,
    "query CabinConsumption($serviceId: ID!, $withService: Boolean!) {\n  products(filter: {includeInactive: false}, page: {offset: 0, limit: 200}) {\n    items {\n      id\n      name\n      brand\n      kind\n      unit\n    }\n  }\n  serviceConsumption(serviceId: $serviceId) @include(if: $withService) {\n    quantity\n    product {\n      id\n    }\n  }\n}\n\nmutation SetServiceConsumption($input: SetServiceConsumptionInput!) {\n  setServiceConsumption(input: $input) {\n    quantity\n  }\n}": types.CabinConsumptionDocument,
    "mutation DeleteServiceCategory($id: ID!) {\n  deleteServiceCategory(id: $id)\n}": types.DeleteServiceCategoryDocument,
    "mutation ReorderServiceCategories($ids: [ID!]!) {\n  reorderServiceCategories(ids: $ids) {\n    ...SettingsCategoryFields\n  }\n}": types.ReorderServiceCategoriesDocument,
    "mutation ReorderServices($input: ReorderServicesInput!) {\n  reorderServices(input: $input) {\n    ...SettingsCategoryFields\n  }\n}": types.ReorderServicesDocument,
    "query ServicesSettings {\n  serviceCategories(includeInactive: true) {\n    ...SettingsCategoryFields\n  }\n  cabinTypes {\n    id\n    name\n  }\n}": types.ServicesSettingsDocument,
    "mutation UpsertService($input: UpsertServiceInput!) {\n  upsertService(input: $input) {\n    ...SettingsServiceFields\n  }\n}": types.UpsertServiceDocument,
    "mutation UpsertServiceCategory($input: UpsertServiceCategoryInput!) {\n  upsertServiceCategory(input: $input) {\n    ...SettingsCategoryFields\n  }\n}": types.UpsertServiceCategoryDocument,
    "fragment SettingsServiceFields on Service {\n  id\n  categoryId\n  name\n  description\n  durationMinutes\n  priceCents\n  vatRateBp\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  depositKind\n  depositValue\n  depositCents\n  cabinTypeId\n  onlineBookable\n  active\n  position\n}\n\nfragment SettingsCategoryFields on ServiceCategory {\n  id\n  name\n  description\n  color\n  position\n  active\n  services {\n    ...SettingsServiceFields\n  }\n}": types.SettingsServiceFieldsFragmentDoc,
    "mutation CancelPurchaseOrder($id: ID!) {\n  cancelPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}": types.CancelPurchaseOrderDocument,
    "mutation CloseInventoryCount($id: ID!) {\n  closeInventoryCount(id: $id) {\n    id\n    status\n  }\n}": types.CloseInventoryCountDocument,
    "mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}": types.CreatePurchaseOrderDocument,
    "query CurrentInventoryCount {\n  currentInventoryCount {\n    id\n    category\n    countedLines\n    totalLines\n    differenceValueCents\n    lines {\n      countedQuantity\n      expectedQuantity\n      difference\n      product {\n        id\n        name\n        brand\n        barcode\n        quantity\n        unit\n      }\n    }\n  }\n}": types.CurrentInventoryCountDocument,
    "mutation ImportProducts($file: String!, $dryRun: Boolean!, $importValidLines: Boolean) {\n  importProducts(\n    file: $file\n    dryRun: $dryRun\n    importValidLines: $importValidLines\n  ) {\n    dryRun\n    applied\n    created\n    updated\n    problems {\n      line\n      column\n      message\n    }\n  }\n}": types.ImportProductsDocument,
    "query ProductMovements($filter: StockMovementFilterInput) {\n  stockMovements(filter: $filter, page: {limit: 100}) {\n    total\n    items {\n      id\n      kind\n      quantity\n      quantityAfter\n      unitCostCents\n      reason\n      occurredAt\n    }\n  }\n}": types.ProductMovementsDocument,
    "query PurchaseOrders($supplierId: ID) {\n  purchaseOrders(supplierId: $supplierId) {\n    ...PurchaseOrderFields\n  }\n}": types.PurchaseOrdersDocument,
    "mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n  receivePurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}": types.ReceivePurchaseOrderDocument,
    "mutation RecordCountedQuantity($input: RecordCountedQuantityInput!) {\n  recordCountedQuantity(input: $input) {\n    countedQuantity\n    difference\n  }\n}": types.RecordCountedQuantityDocument,
    "mutation RecordStockMovement($input: RecordStockMovementInput!) {\n  recordStockMovement(input: $input) {\n    id\n    quantityAfter\n  }\n}": types.RecordStockMovementDocument,
    "query ReorderSuggestions {\n  reorderSuggestions {\n    suggestedQuantity\n    target\n    onOrder\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n      threshold\n      costCents\n      supplier {\n        id\n        name\n        email\n      }\n    }\n  }\n}": types.ReorderSuggestionsDocument,
    "mutation SendPurchaseOrder($id: ID!) {\n  sendPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}": types.SendPurchaseOrderDocument,
    "mutation StartInventoryCount($input: StartInventoryCountInput!) {\n  startInventoryCount(input: $input) {\n    id\n  }\n}": types.StartInventoryCountDocument,
    "subscription StockChanged {\n  stockChanged {\n    products {\n      ...StockProductFields\n    }\n  }\n}": types.StockChangedDocument,
    "query StockExport($format: StockExportFormat!, $at: DateTime) {\n  stockExport(format: $format, at: $at) {\n    fileName\n    mimeType\n    contentBase64\n    lineCount\n  }\n}": types.StockExportDocument,
    "query StockProducts($filter: ProductFilterInput, $page: PageInput) {\n  products(filter: $filter, page: $page) {\n    total\n    items {\n      ...StockProductFields\n    }\n  }\n  inventorySettings {\n    allowNegativeStock\n  }\n}": types.StockProductsDocument,
    "query StockValuation($at: DateTime!) {\n  stockValuation(at: $at) {\n    at\n    totalValueCents\n    lines {\n      quantity\n      valueCents\n      product {\n        id\n      }\n    }\n  }\n}": types.StockValuationDocument,
    "query SupplierProducts($supplierId: ID!) {\n  products(\n    filter: {supplierId: $supplierId, includeInactive: true}\n    page: {limit: 200}\n  ) {\n    total\n    items {\n      id\n      name\n      brand\n      content\n      unit\n      quantity\n      lowStock\n      active\n      stockValueCents\n    }\n  }\n}": types.SupplierProductsDocument,
    "query Suppliers {\n  suppliers {\n    ...SupplierFields\n  }\n}": types.SuppliersDocument,
    "mutation UpsertProduct($input: UpsertProductInput!) {\n  upsertProduct(input: $input) {\n    ...StockProductFields\n  }\n}": types.UpsertProductDocument,
    "mutation UpsertSupplier($input: UpsertSupplierInput!) {\n  upsertSupplier(input: $input) {\n    ...SupplierFields\n  }\n}": types.UpsertSupplierDocument,
    "fragment PurchaseOrderFields on PurchaseOrder {\n  id\n  reference\n  status\n  notes\n  createdAt\n  sentAt\n  totalCents\n  supplier {\n    id\n    name\n    email\n  }\n  lines {\n    id\n    quantityOrdered\n    quantityReceived\n    unitCostCents\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n    }\n  }\n}": types.PurchaseOrderFieldsFragmentDoc,
    "fragment StockProductFields on Product {\n  id\n  name\n  brand\n  category\n  barcode\n  kind\n  unit\n  content\n  quantity\n  threshold\n  averageCostCents\n  stockValueCents\n  priceCents\n  costCents\n  lowStock\n  vatRateBp\n  reorderTarget\n  active\n  photoUrl\n  supplier {\n    id\n    name\n  }\n}": types.StockProductFieldsFragmentDoc,
    "fragment SupplierFields on Supplier {\n  id\n  name\n  contactName\n  email\n  phone\n  notes\n  active\n}": types.SupplierFieldsFragmentDoc,
    "query CabinSettings {\n  cabinTypes {\n    id\n    name\n  }\n  cabins(includeInactive: true) {\n    ...SettingsCabinFields\n  }\n  services(includeInactive: true) {\n    id\n    cabinTypeId\n  }\n}": types.CabinSettingsDocument,
    "mutation DeleteCabinType($id: ID!) {\n  deleteCabinType(id: $id) {\n    id\n    name\n  }\n}": types.DeleteCabinTypeDocument,
    "query PractitionerSettings {\n  practitioners(includeInactive: true) {\n    ...SettingsPractitionerFields\n  }\n  serviceCategories(includeInactive: true) {\n    id\n    name\n    active\n    services {\n      id\n      name\n      active\n    }\n  }\n}": types.PractitionerSettingsDocument,
    "mutation UpsertCabin($input: UpsertCabinInput!) {\n  upsertCabin(input: $input) {\n    ...SettingsCabinFields\n  }\n}": types.UpsertCabinDocument,
    "mutation UpsertCabinType($input: UpsertCabinTypeInput!) {\n  upsertCabinType(input: $input) {\n    id\n    name\n  }\n}": types.UpsertCabinTypeDocument,
    "mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    ...SettingsPractitionerFields\n  }\n}": types.UpsertPractitionerDocument,
    "fragment SettingsCabinFields on Cabin {\n  id\n  name\n  active\n  cabinTypeId\n}\n\nfragment SettingsPractitionerFields on Practitioner {\n  id\n  displayName\n  color\n  bio\n  photoUrl\n  active\n  position\n  serviceIds\n}": types.SettingsCabinFieldsFragmentDoc,
    "mutation PairReader($input: PairReaderInput!) {\n  pairReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}": types.PairReaderDocument,
    "query Readers {\n  readers {\n    ...TerminalReaderFields\n  }\n}": types.ReadersDocument,
    "mutation RemoveReader($id: ID!) {\n  removeReader(id: $id)\n}": types.RemoveReaderDocument,
    "mutation RenameReader($input: RenameReaderInput!) {\n  renameReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}": types.RenameReaderDocument,
    "fragment TerminalReaderFields on TerminalReader {\n  id\n  name\n  provider\n  status\n  state\n  busy\n  serial\n  batteryLevel\n  pairedAt\n}": types.TerminalReaderFieldsFragmentDoc,
    "query SaleSettings {\n  saleSettings {\n    ...SaleSettingsFields\n  }\n}": types.SaleSettingsDocument,
    "mutation UpdateSaleSettings($input: UpdateSaleSettingsInput!) {\n  updateSaleSettings(input: $input) {\n    ...SaleSettingsFields\n  }\n}": types.UpdateSaleSettingsDocument,
    "fragment SaleSettingsFields on SaleSettings {\n  staffMaxDiscountBp\n  staffMaxCreditNoteCents\n}": types.SaleSettingsFieldsFragmentDoc,
    "query CashSession($tillId: ID!) {\n  cashSession(tillId: $tillId) {\n    ...CashSessionFields\n  }\n}": types.CashSessionDocument,
    "mutation CloseCashSession($input: CloseCashSessionInput!) {\n  closeCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}": types.CloseCashSessionDocument,
    "mutation ClosePeriod($input: ClosePeriodInput!) {\n  closePeriod(input: $input) {\n    ...ClosureFields\n  }\n}": types.ClosePeriodDocument,
    "query Closures($filter: ClosuresFilterInput!) {\n  closures(filter: $filter) {\n    ...ClosureFields\n  }\n}": types.ClosuresDocument,
    "mutation ExportJournalArchive($input: JournalRangeInput!) {\n  exportJournalArchive(input: $input) {\n    filename\n    contentBase64\n    recordCount\n    sha256\n  }\n}": types.ExportJournalArchiveDocument,
    "query JournalPublicKey {\n  journalPublicKey\n}": types.JournalPublicKeyDocument,
    "mutation OpenCashSession($input: OpenCashSessionInput!) {\n  openCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}": types.OpenCashSessionDocument,
    "mutation RecordCashMovement($input: RecordCashMovementInput!) {\n  recordCashMovement(input: $input) {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}": types.RecordCashMovementDocument,
    "query Tills {\n  tills {\n    id\n    name\n    active\n  }\n}": types.TillsDocument,
    "mutation VerifyJournal($input: JournalRangeInput!) {\n  verifyJournal(input: $input) {\n    tillId\n    ok\n    recordsChecked\n    closuresChecked\n    firstSeq\n    lastSeq\n    lastHash\n    broken {\n      seq\n      kind\n      problem\n    }\n  }\n}": types.VerifyJournalDocument,
    "fragment CashSessionFields on CashSession {\n  id\n  tillId\n  openedAt\n  openingFloatCents\n  openingCounts {\n    denominationCents\n    count\n  }\n  closedAt\n  expectedCents\n  countedCents\n  varianceCents\n  movements {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}\n\nfragment ClosureFields on Closure {\n  id\n  tillId\n  period\n  number\n  firstDate\n  lastDate\n  closedAt\n  automatic\n  ticketCount\n  creditNoteCount\n  totalInclCents\n  absoluteTotalCents\n  perpetualTotalCents\n  perpetualAbsoluteCents\n  shortHash\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n  }\n  tenders {\n    kind\n    amountCents\n  }\n}": types.CashSessionFieldsFragmentDoc,
    "query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}": types.InstituteIdentityDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}": types.LoginDocument,
    "mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": types.RefreshTokenDocument,
    "query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}": types.CurrentUserDocument,
    "mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}": types.LogoutDocument,
    "query MyPermissions {\n  myPermissions\n}": types.MyPermissionsDocument,
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
export function graphql(source: "query AccountingEntries($filter: AccountingEntriesFilterInput, $page: PageInput) {\n  accountingEntries(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      journalCode\n      journalLabel\n      entryNum\n      entryDate\n      pieceRef\n      pieceDate\n      label\n      sourceKind\n      sourceId\n      validDate\n      validatedAt\n      debitCents\n      creditCents\n      lines {\n        position\n        accountNumber\n        accountLabel\n        label\n        debitCents\n        creditCents\n      }\n    }\n  }\n}"): (typeof documents)["query AccountingEntries($filter: AccountingEntriesFilterInput, $page: PageInput) {\n  accountingEntries(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      journalCode\n      journalLabel\n      entryNum\n      entryDate\n      pieceRef\n      pieceDate\n      label\n      sourceKind\n      sourceId\n      validDate\n      validatedAt\n      debitCents\n      creditCents\n      lines {\n        position\n        accountNumber\n        accountLabel\n        label\n        debitCents\n        creditCents\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccountingSettingsFields on AccountingSettings {\n  accounts {\n    key\n    number\n    label\n  }\n  journals {\n    key\n    code\n    label\n  }\n  fiscalYearStartMonth\n  fecEncoding\n  depositTreatment\n  depositVatRateBp\n}\n\nquery AccountingSettings {\n  accountingSettings {\n    ...AccountingSettingsFields\n  }\n}"): (typeof documents)["fragment AccountingSettingsFields on AccountingSettings {\n  accounts {\n    key\n    number\n    label\n  }\n  journals {\n    key\n    code\n    label\n  }\n  fiscalYearStartMonth\n  fecEncoding\n  depositTreatment\n  depositVatRateBp\n}\n\nquery AccountingSettings {\n  accountingSettings {\n    ...AccountingSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Banking {\n  payouts {\n    id\n    provider\n    providerPayoutId\n    paidOn\n    grossCents\n    feeCents\n    netCents\n  }\n  cashBankings {\n    id\n    tillName\n    amountCents\n    depositedOn\n    creditedOn\n    slipRef\n  }\n  tills {\n    id\n    name\n  }\n}\n\nmutation RecordPayout($input: RecordPayoutInput!) {\n  recordPayout(input: $input) {\n    id\n    provider\n    netCents\n  }\n}\n\nmutation RecordCashBanking($input: RecordCashBankingInput!) {\n  recordCashBanking(input: $input) {\n    id\n    amountCents\n  }\n}\n\nmutation RecordCashBankingCredit($input: RecordCashBankingCreditInput!) {\n  recordCashBankingCredit(input: $input) {\n    id\n    creditedOn\n  }\n}\n\nmutation SyncProviderPayouts($input: SyncProviderPayoutsInput!) {\n  syncProviderPayouts(input: $input) {\n    provider\n    from\n    to\n    fetched\n    alreadyRecorded\n    recorded {\n      id\n      netCents\n    }\n    failures {\n      providerPayoutId\n      message\n    }\n  }\n}"): (typeof documents)["query Banking {\n  payouts {\n    id\n    provider\n    providerPayoutId\n    paidOn\n    grossCents\n    feeCents\n    netCents\n  }\n  cashBankings {\n    id\n    tillName\n    amountCents\n    depositedOn\n    creditedOn\n    slipRef\n  }\n  tills {\n    id\n    name\n  }\n}\n\nmutation RecordPayout($input: RecordPayoutInput!) {\n  recordPayout(input: $input) {\n    id\n    provider\n    netCents\n  }\n}\n\nmutation RecordCashBanking($input: RecordCashBankingInput!) {\n  recordCashBanking(input: $input) {\n    id\n    amountCents\n  }\n}\n\nmutation RecordCashBankingCredit($input: RecordCashBankingCreditInput!) {\n  recordCashBankingCredit(input: $input) {\n    id\n    creditedOn\n  }\n}\n\nmutation SyncProviderPayouts($input: SyncProviderPayoutsInput!) {\n  syncProviderPayouts(input: $input) {\n    provider\n    from\n    to\n    fetched\n    alreadyRecorded\n    recorded {\n      id\n      netCents\n    }\n    failures {\n      providerPayoutId\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FecExport($input: FecExportInput!) {\n  fecExport(input: $input) {\n    url\n    fileName\n    expiresAt\n    report {\n      ok\n      lineCount\n      entryCount\n      debitCents\n      creditCents\n      findingCount\n      findings {\n        line\n        code\n        message\n      }\n    }\n  }\n}"): (typeof documents)["mutation FecExport($input: FecExportInput!) {\n  fecExport(input: $input) {\n    url\n    fileName\n    expiresAt\n    report {\n      ok\n      lineCount\n      entryCount\n      debitCents\n      creditCents\n      findingCount\n      findings {\n        line\n        code\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GeneralLedger($input: GeneralLedgerInput!) {\n  generalLedger(input: $input) {\n    accountNumber\n    openingBalanceCents\n    closingBalanceCents\n    lines {\n      entryId\n      journalCode\n      entryNum\n      entryDate\n      pieceRef\n      label\n      debitCents\n      creditCents\n      balanceCents\n    }\n  }\n}"): (typeof documents)["query GeneralLedger($input: GeneralLedgerInput!) {\n  generalLedger(input: $input) {\n    accountNumber\n    openingBalanceCents\n    closingBalanceCents\n    lines {\n      entryId\n      journalCode\n      entryNum\n      entryDate\n      pieceRef\n      label\n      debitCents\n      creditCents\n      balanceCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockPeriod($input: LockPeriodInput!) {\n  lockPeriod(input: $input) {\n    month\n    lockedAt\n  }\n}"): (typeof documents)["mutation LockPeriod($input: LockPeriodInput!) {\n  lockPeriod(input: $input) {\n    month\n    lockedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordOpeningEntry($input: RecordOpeningEntryInput!) {\n  recordOpeningEntry(input: $input) {\n    id\n    entryDate\n    debitCents\n  }\n}"): (typeof documents)["mutation RecordOpeningEntry($input: RecordOpeningEntryInput!) {\n  recordOpeningEntry(input: $input) {\n    id\n    entryDate\n    debitCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeriodLocks {\n  periodLocks {\n    month\n    lockedAt\n  }\n}"): (typeof documents)["query PeriodLocks {\n  periodLocks {\n    month\n    lockedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialBalance($period: TrialBalanceInput!) {\n  trialBalance(period: $period) {\n    accountNumber\n    accountLabel\n    debitCents\n    creditCents\n    balanceCents\n  }\n}"): (typeof documents)["query TrialBalance($period: TrialBalanceInput!) {\n  trialBalance(period: $period) {\n    accountNumber\n    accountLabel\n    debitCents\n    creditCents\n    balanceCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAccountingSettings($input: UpdateAccountingSettingsInput!) {\n  updateAccountingSettings(input: $input) {\n    ...AccountingSettingsFields\n  }\n}"): (typeof documents)["mutation UpdateAccountingSettings($input: UpdateAccountingSettingsInput!) {\n  updateAccountingSettings(input: $input) {\n    ...AccountingSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ValidateEntries($input: ValidateEntriesInput!) {\n  validateEntries(input: $input) {\n    validatedCount\n  }\n}"): (typeof documents)["mutation ValidateEntries($input: ValidateEntriesInput!) {\n  validateEntries(input: $input) {\n    validatedCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VatReport($period: VatReportPeriodInput!) {\n  vatReport(period: $period) {\n    from\n    to\n    outsideScopeCents\n    rates {\n      rateBp\n      baseCents\n      vatCents\n    }\n    sources {\n      source\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca3 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca12 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    b2cDailySummary {\n      date\n      transactionCount\n      lines {\n        category\n        rateBp\n        baseCents\n        vatCents\n      }\n    }\n  }\n}"): (typeof documents)["query VatReport($period: VatReportPeriodInput!) {\n  vatReport(period: $period) {\n    from\n    to\n    outsideScopeCents\n    rates {\n      rateBp\n      baseCents\n      vatCents\n    }\n    sources {\n      source\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca3 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    ca12 {\n      code\n      label\n      rateBp\n      baseCents\n      vatCents\n    }\n    b2cDailySummary {\n      date\n      transactionCount\n      lines {\n        category\n        rateBp\n        baseCents\n        vatCents\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input)\n}"): (typeof documents)["mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    userAgent\n    ip\n    current\n  }\n}\n\nmutation EndSession($id: ID!) {\n  endSession(id: $id)\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    userAgent\n    ip\n    current\n  }\n}\n\nmutation EndSession($id: ID!) {\n  endSession(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n  setPasswordWithLink(input: $input)\n}"): (typeof documents)["mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n  setPasswordWithLink(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StaffAccountFields on StaffAccount {\n  id\n  email\n  firstName\n  lastName\n  role\n  active\n  invitationPending\n  lastLoginAt\n  practitionerId\n  practitionerName\n}\n\nquery StaffAccounts {\n  staffAccounts {\n    ...StaffAccountFields\n  }\n  practitioners {\n    id\n    displayName\n  }\n}\n\nmutation InviteStaff($input: InviteStaffInput!) {\n  inviteStaff(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n  changeStaffRole(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation SetStaffActive($input: SetStaffActiveInput!) {\n  setStaffActive(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation LinkStaffPractitioner($input: LinkStaffPractitionerInput!) {\n  linkStaffPractitioner(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ResendStaffInvitation($input: ResendStaffInvitationInput!) {\n  resendStaffInvitation(input: $input) {\n    ...StaffAccountFields\n  }\n}"): (typeof documents)["fragment StaffAccountFields on StaffAccount {\n  id\n  email\n  firstName\n  lastName\n  role\n  active\n  invitationPending\n  lastLoginAt\n  practitionerId\n  practitionerName\n}\n\nquery StaffAccounts {\n  staffAccounts {\n    ...StaffAccountFields\n  }\n  practitioners {\n    id\n    displayName\n  }\n}\n\nmutation InviteStaff($input: InviteStaffInput!) {\n  inviteStaff(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n  changeStaffRole(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation SetStaffActive($input: SetStaffActiveInput!) {\n  setStaffActive(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation LinkStaffPractitioner($input: LinkStaffPractitionerInput!) {\n  linkStaffPractitioner(input: $input) {\n    ...StaffAccountFields\n  }\n}\n\nmutation ResendStaffInvitation($input: ResendStaffInvitationInput!) {\n  resendStaffInvitation(input: $input) {\n    ...StaffAccountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BlockSlot($input: BlockSlotInput!) {\n  blockSlot(input: $input) {\n    ...AgendaBlockFields\n  }\n}"): (typeof documents)["mutation BlockSlot($input: BlockSlotInput!) {\n  blockSlot(input: $input) {\n    ...AgendaBlockFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    total\n    items {\n      id\n      firstName\n      lastName\n      phone\n      email\n    }\n  }\n}"): (typeof documents)["query SearchClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    total\n    items {\n      id\n      firstName\n      lastName\n      phone\n      email\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStaffBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    booking {\n      ...AgendaBookingFields\n    }\n  }\n}"): (typeof documents)["mutation CreateStaffBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) {\n    booking {\n      ...AgendaBookingFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookableServices {\n  serviceCategories {\n    id\n    name\n    color\n    position\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n      position\n    }\n  }\n}"): (typeof documents)["query BookableServices {\n  serviceCategories {\n    id\n    name\n    color\n    position\n    services {\n      id\n      name\n      durationMinutes\n      priceCents\n      position\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AgendaChanged($day: LocalDate!) {\n  agendaChanged(day: $day) {\n    day\n    kind\n    booking {\n      ...AgendaBookingFields\n    }\n    block {\n      ...AgendaBlockFields\n    }\n  }\n}"): (typeof documents)["subscription AgendaChanged($day: LocalDate!) {\n  agendaChanged(day: $day) {\n    day\n    kind\n    booking {\n      ...AgendaBookingFields\n    }\n    block {\n      ...AgendaBlockFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingLink($id: ID!) {\n  booking(id: $id) {\n    id\n    start\n  }\n}"): (typeof documents)["query BookingLink($id: ID!) {\n  booking(id: $id) {\n    id\n    start\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgendaBookingFields on Booking {\n  id\n  reference\n  status\n  source\n  start\n  end\n  totalCents\n  depositCents\n  clientNote\n  holdExpiresAt\n  cancelReason\n  cancelledBy\n  cancelledAt\n  createdAt\n  client {\n    id\n    firstName\n    lastName\n    phone\n    email\n  }\n  contactEmail\n  possibleDuplicate\n  items {\n    id\n    serviceId\n    serviceName\n    color\n    practitionerId\n    practitionerName\n    cabinId\n    cabinName\n    start\n    end\n    durationMinutes\n    priceCents\n  }\n}\n\nfragment AgendaBlockFields on BlockedSlot {\n  id\n  practitionerId\n  cabinId\n  start\n  end\n  reason\n}"): (typeof documents)["fragment AgendaBookingFields on Booking {\n  id\n  reference\n  status\n  source\n  start\n  end\n  totalCents\n  depositCents\n  clientNote\n  holdExpiresAt\n  cancelReason\n  cancelledBy\n  cancelledAt\n  createdAt\n  client {\n    id\n    firstName\n    lastName\n    phone\n    email\n  }\n  contactEmail\n  possibleDuplicate\n  items {\n    id\n    serviceId\n    serviceName\n    color\n    practitionerId\n    practitionerName\n    cabinId\n    cabinName\n    start\n    end\n    durationMinutes\n    priceCents\n  }\n}\n\nfragment AgendaBlockFields on BlockedSlot {\n  id\n  practitionerId\n  cabinId\n  start\n  end\n  reason\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgendaDay($day: LocalDate!) {\n  agenda(day: $day) {\n    day\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    workingTime {\n      practitionerId\n      start\n      end\n    }\n    bookings {\n      ...AgendaBookingFields\n    }\n    blocks {\n      ...AgendaBlockFields\n    }\n  }\n}"): (typeof documents)["query AgendaDay($day: LocalDate!) {\n  agenda(day: $day) {\n    day\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    workingTime {\n      practitionerId\n      start\n      end\n    }\n    bookings {\n      ...AgendaBookingFields\n    }\n    blocks {\n      ...AgendaBlockFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgendaMonth($month: String!) {\n  agendaMonth(month: $month) {\n    month\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    days {\n      day\n      bookings {\n        id\n        start\n        status\n        clientName\n        practitionerIds\n        color\n      }\n    }\n  }\n}"): (typeof documents)["query AgendaMonth($month: String!) {\n  agendaMonth(month: $month) {\n    month\n    practitioners {\n      id\n      displayName\n      color\n      position\n      serviceIds\n    }\n    days {\n      day\n      bookings {\n        id\n        start\n        status\n        clientName\n        practitionerIds\n        color\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgendaSettings {\n  settings {\n    booking {\n      slotGranularityMinutes\n    }\n  }\n  cabins {\n    id\n    name\n  }\n}"): (typeof documents)["query AgendaSettings {\n  settings {\n    booking {\n      slotGranularityMinutes\n    }\n  }\n  cabins {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleBooking($input: RescheduleBookingInput!) {\n  rescheduleBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}"): (typeof documents)["mutation RescheduleBooking($input: RescheduleBookingInput!) {\n  rescheduleBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientBeautyAlert($clientId: ID!) {\n  clientBeautyAlert(clientId: $clientId)\n}"): (typeof documents)["query ClientBeautyAlert($clientId: ID!) {\n  clientBeautyAlert(clientId: $clientId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelBooking($input: CancelBookingInput!) {\n  cancelBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}"): (typeof documents)["mutation CancelBooking($input: CancelBookingInput!) {\n  cancelBooking(input: $input) {\n    ...AgendaBookingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteBooking($id: ID!) {\n  completeBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}"): (typeof documents)["mutation CompleteBooking($id: ID!) {\n  completeBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmBooking($id: ID!) {\n  confirmBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}"): (typeof documents)["mutation ConfirmBooking($id: ID!) {\n  confirmBooking(id: $id) {\n    ...AgendaBookingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNoShow($id: ID!) {\n  markNoShow(id: $id) {\n    ...AgendaBookingFields\n  }\n}"): (typeof documents)["mutation MarkNoShow($id: ID!) {\n  markNoShow(id: $id) {\n    ...AgendaBookingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnblockSlot($id: ID!) {\n  unblockSlot(id: $id) {\n    ...AgendaBlockFields\n  }\n}"): (typeof documents)["mutation UnblockSlot($id: ID!) {\n  unblockSlot(id: $id) {\n    ...AgendaBlockFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailabilityExceptions($from: LocalDate!, $to: LocalDate!) {\n  availabilityExceptions(from: $from, to: $to) {\n    ...AvailabilityExceptionFields\n  }\n}"): (typeof documents)["query AvailabilityExceptions($from: LocalDate!, $to: LocalDate!) {\n  availabilityExceptions(from: $from, to: $to) {\n    ...AvailabilityExceptionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailabilityPractitioners {\n  practitioners {\n    id\n    displayName\n    color\n  }\n}"): (typeof documents)["query AvailabilityPractitioners {\n  practitioners {\n    id\n    displayName\n    color\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingPolicy {\n  settings {\n    booking {\n      ...BookingSettingsFields\n    }\n  }\n}"): (typeof documents)["query BookingPolicy {\n  settings {\n    booking {\n      ...BookingSettingsFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateClosures($input: CreateClosuresInput!) {\n  createClosures(input: $input) {\n    ...AvailabilityExceptionFields\n  }\n}"): (typeof documents)["mutation CreateClosures($input: CreateClosuresInput!) {\n  createClosures(input: $input) {\n    ...AvailabilityExceptionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAvailabilityException($id: ID!) {\n  deleteAvailabilityException(id: $id)\n}"): (typeof documents)["mutation DeleteAvailabilityException($id: ID!) {\n  deleteAvailabilityException(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetWorkingHours($input: SetWorkingHoursInput!) {\n  setWorkingHours(input: $input) {\n    weekday\n    start\n    end\n  }\n}"): (typeof documents)["mutation SetWorkingHours($input: SetWorkingHoursInput!) {\n  setWorkingHours(input: $input) {\n    weekday\n    start\n    end\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBookingPolicy($input: UpdateBookingSettingsInput!) {\n  updateBookingSettings(input: $input) {\n    ...BookingSettingsFields\n  }\n}"): (typeof documents)["mutation UpdateBookingPolicy($input: UpdateBookingSettingsInput!) {\n  updateBookingSettings(input: $input) {\n    ...BookingSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkingHours($practitionerId: ID!) {\n  workingHours(practitionerId: $practitionerId) {\n    weekday\n    start\n    end\n  }\n}"): (typeof documents)["query WorkingHours($practitionerId: ID!) {\n  workingHours(practitionerId: $practitionerId) {\n    weekday\n    start\n    end\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AvailabilityExceptionFields on AvailabilityException {\n  id\n  practitionerId\n  date\n  kind\n  start\n  end\n  reason\n}"): (typeof documents)["fragment AvailabilityExceptionFields on AvailabilityException {\n  id\n  practitionerId\n  date\n  kind\n  start\n  end\n  reason\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BookingSettingsFields on BookingSettings {\n  slotGranularityMinutes\n  minLeadTimeMinutes\n  bookingHorizonDays\n  pendingHoldMinutes\n  cancellationDeadlineHours\n  closedOnPublicHolidays\n}"): (typeof documents)["fragment BookingSettingsFields on BookingSettings {\n  slotGranularityMinutes\n  minLeadTimeMinutes\n  bookingHorizonDays\n  pendingHoldMinutes\n  cancellationDeadlineHours\n  closedOnPublicHolidays\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutAddSaleLine($input: AddSaleLineInput!) {\n  addSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutAddSaleLine($input: AddSaleLineInput!) {\n  addSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutApplyDiscount($input: ApplyDiscountInput!) {\n  applyDiscount(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutApplyDiscount($input: ApplyDiscountInput!) {\n  applyDiscount(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutCancelSaleTender($input: CancelSaleTenderInput!) {\n  cancelSaleTender(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutCancelSaleTender($input: CancelSaleTenderInput!) {\n  cancelSaleTender(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutCatalog {\n  serviceCategories {\n    id\n    name\n    services {\n      id\n      name\n      priceCents\n      durationMinutes\n    }\n  }\n  products(page: {limit: 100, offset: 0}) {\n    items {\n      id\n      name\n      brand\n      category\n      barcode\n      kind\n      priceCents\n      quantity\n    }\n  }\n  practitioners {\n    id\n    displayName\n  }\n}"): (typeof documents)["query CheckoutCatalog {\n  serviceCategories {\n    id\n    name\n    services {\n      id\n      name\n      priceCents\n      durationMinutes\n    }\n  }\n  products(page: {limit: 100, offset: 0}) {\n    items {\n      id\n      name\n      brand\n      category\n      barcode\n      kind\n      priceCents\n      quantity\n    }\n  }\n  practitioners {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n  }\n}"): (typeof documents)["query CheckoutClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    items {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n}"): (typeof documents)["query CheckoutClients($search: String!) {\n  clients(filter: {search: $search, page: {limit: 8, offset: 0}}) {\n    items {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutDueBookings($filter: BookingsFilter, $paid: SalesFilterInput) {\n  bookings(filter: $filter) {\n    items {\n      id\n      start\n      status\n      totalCents\n      paidCents\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n        practitionerName\n      }\n    }\n  }\n  sales(filter: $paid, page: {limit: 200, offset: 0}) {\n    items {\n      id\n      bookingId\n    }\n  }\n}"): (typeof documents)["query CheckoutDueBookings($filter: BookingsFilter, $paid: SalesFilterInput) {\n  bookings(filter: $filter) {\n    items {\n      id\n      start\n      status\n      totalCents\n      paidCents\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n        practitionerName\n      }\n    }\n  }\n  sales(filter: $paid, page: {limit: 200, offset: 0}) {\n    items {\n      id\n      bookingId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutLoyalty($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tierName\n    availableRewards {\n      code\n      name\n      points\n      kind\n      amountCents\n    }\n  }\n}"): (typeof documents)["query CheckoutLoyalty($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tierName\n    availableRewards {\n      code\n      name\n      points\n      kind\n      amountCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutLoyaltyCardClient($token: String!) {\n  loyaltyCardClient(token: $token) {\n    clientId\n    firstName\n    lastName\n  }\n}"): (typeof documents)["query CheckoutLoyaltyCardClient($token: String!) {\n  loyaltyCardClient(token: $token) {\n    clientId\n    firstName\n    lastName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutOpenSale($input: OpenSaleInput!) {\n  openSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutOpenSale($input: OpenSaleInput!) {\n  openSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutParkSale($input: ParkSaleInput!) {\n  parkSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutParkSale($input: ParkSaleInput!) {\n  parkSale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutParkedSales($filter: SalesFilterInput) {\n  sales(filter: $filter, page: {limit: 20, offset: 0}) {\n    total\n    items {\n      id\n      createdAt\n      totalInclCents\n      clientId\n      lines {\n        id\n        label\n      }\n    }\n  }\n}"): (typeof documents)["query CheckoutParkedSales($filter: SalesFilterInput) {\n  sales(filter: $filter, page: {limit: 20, offset: 0}) {\n    total\n    items {\n      id\n      createdAt\n      totalInclCents\n      clientId\n      lines {\n        id\n        label\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutPaySale($input: PaySaleInput!) {\n  paySale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutPaySale($input: PaySaleInput!) {\n  paySale(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutProductByBarcode($search: String!) {\n  products(filter: {search: $search}, page: {limit: 5, offset: 0}) {\n    items {\n      id\n      name\n      barcode\n    }\n  }\n}"): (typeof documents)["query CheckoutProductByBarcode($search: String!) {\n  products(filter: {search: $search}, page: {limit: 5, offset: 0}) {\n    items {\n      id\n      name\n      barcode\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutRedeemReward($input: RedeemRewardInput!) {\n  redeemReward(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutRedeemReward($input: RedeemRewardInput!) {\n  redeemReward(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutRemoveSaleLine($input: RemoveSaleLineInput!) {\n  removeSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutRemoveSaleLine($input: RemoveSaleLineInput!) {\n  removeSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutSale($id: ID!) {\n  sale(id: $id) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["query CheckoutSale($id: ID!) {\n  sale(id: $id) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CheckoutSaleUpdated($id: ID!) {\n  saleUpdated(id: $id) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["subscription CheckoutSaleUpdated($id: ID!) {\n  saleUpdated(id: $id) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutSetSaleClient($input: SetSaleClientInput!) {\n  setSaleClient(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutSetSaleClient($input: SetSaleClientInput!) {\n  setSaleClient(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CheckoutTerminalUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}"): (typeof documents)["subscription CheckoutTerminalUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutUpdateSaleLine($input: UpdateSaleLineInput!) {\n  updateSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"): (typeof documents)["mutation CheckoutUpdateSaleLine($input: UpdateSaleLineInput!) {\n  updateSaleLine(input: $input) {\n    ...CheckoutSaleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TillReaders {\n  readers {\n    id\n    name\n    status\n    busy\n    state\n    provider\n  }\n}"): (typeof documents)["query TillReaders {\n  readers {\n    id\n    name\n    status\n    busy\n    state\n    provider\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TillSimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}"): (typeof documents)["mutation TillSimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    id\n    status\n    final\n    failureReason\n    readerName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckoutSaleFields on Sale {\n  id\n  tillId\n  status\n  number\n  bookingId\n  clientId\n  totalInclCents\n  discountCents\n  paidCents\n  pendingCents\n  leftToPayCents\n  changeCents\n  depositAvailableCents\n  ticketDiscount {\n    kind\n    value\n    reason\n  }\n  lines {\n    id\n    kind\n    label\n    quantity\n    unitPriceCents\n    vatRateBp\n    discountCents\n    totalInclCents\n    practitionerId\n    productId\n    bookingItemId\n    discount {\n      kind\n      value\n      reason\n    }\n  }\n  tenders {\n    id\n    kind\n    status\n    amountCents\n    changeCents\n    terminalCheckoutId\n    failureReason\n  }\n}"): (typeof documents)["fragment CheckoutSaleFields on Sale {\n  id\n  tillId\n  status\n  number\n  bookingId\n  clientId\n  totalInclCents\n  discountCents\n  paidCents\n  pendingCents\n  leftToPayCents\n  changeCents\n  depositAvailableCents\n  ticketDiscount {\n    kind\n    value\n    reason\n  }\n  lines {\n    id\n    kind\n    label\n    quantity\n    unitPriceCents\n    vatRateBp\n    discountCents\n    totalInclCents\n    practitionerId\n    productId\n    bookingItemId\n    discount {\n      kind\n      value\n      reason\n    }\n  }\n  tenders {\n    id\n    kind\n    status\n    amountCents\n    changeCents\n    terminalCheckoutId\n    failureReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddClientNote($input: ClientNoteInput!) {\n  addClientNote(input: $input) {\n    id\n    body\n    pinned\n    authorName\n    createdAt\n  }\n}"): (typeof documents)["mutation AddClientNote($input: ClientNoteInput!) {\n  addClientNote(input: $input) {\n    id\n    body\n    pinned\n    authorName\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveClient($input: ArchiveClientInput!) {\n  archiveClient(input: $input) {\n    ...ClientFields\n  }\n}"): (typeof documents)["mutation ArchiveClient($input: ArchiveClientInput!) {\n  archiveClient(input: $input) {\n    ...ClientFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeautyFile($clientId: ID!) {\n  clientBeautyFile(clientId: $clientId) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}"): (typeof documents)["query BeautyFile($clientId: ID!) {\n  clientBeautyFile(clientId: $clientId) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientFile($id: ID!) {\n  clientFile(id: $id) {\n    client {\n      ...ClientFields\n    }\n    preferredPractitionerName\n    hasBeautyFile\n    stats {\n      visits\n      totalSpentCents\n      averageBasketCents\n      lastVisitAt\n      favouriteServices\n      noShows\n      noShowRate\n    }\n    notes {\n      id\n      body\n      pinned\n      authorName\n      createdAt\n    }\n    bookings {\n      id\n      reference\n      status\n      startsAt\n      services\n      practitioners\n      priceCents\n    }\n    payments {\n      id\n      bookingReference\n      kind\n      method\n      status\n      amountCents\n      refundedCents\n      createdAt\n    }\n    messages {\n      id\n      channel\n      template\n      recipient\n      status\n      createdAt\n    }\n  }\n}"): (typeof documents)["query ClientFile($id: ID!) {\n  clientFile(id: $id) {\n    client {\n      ...ClientFields\n    }\n    preferredPractitionerName\n    hasBeautyFile\n    stats {\n      visits\n      totalSpentCents\n      averageBasketCents\n      lastVisitAt\n      favouriteServices\n      noShows\n      noShowRate\n    }\n    notes {\n      id\n      body\n      pinned\n      authorName\n      createdAt\n    }\n    bookings {\n      id\n      reference\n      status\n      startsAt\n      services\n      practitioners\n      priceCents\n    }\n    payments {\n      id\n      bookingReference\n      kind\n      method\n      status\n      amountCents\n      refundedCents\n      createdAt\n    }\n    messages {\n      id\n      channel\n      template\n      recipient\n      status\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientList($filter: ClientsFilter) {\n  clients(filter: $filter) {\n    total\n    totalIsLowerBound\n    nextCursor\n    rows {\n      client {\n        ...ClientFields\n      }\n      lastVisitAt\n      visits\n      totalSpentCents\n    }\n  }\n}"): (typeof documents)["query ClientList($filter: ClientsFilter) {\n  clients(filter: $filter) {\n    total\n    totalIsLowerBound\n    nextCursor\n    rows {\n      client {\n        ...ClientFields\n      }\n      lastVisitAt\n      visits\n      totalSpentCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientPractitioners {\n  practitioners {\n    id\n    displayName\n  }\n}"): (typeof documents)["query ClientPractitioners {\n  practitioners {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSavedClientFilter($id: ID!) {\n  deleteSavedClientFilter(id: $id)\n}"): (typeof documents)["mutation DeleteSavedClientFilter($id: ID!) {\n  deleteSavedClientFilter(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissDuplicate($key: String!) {\n  dismissPossibleDuplicate(key: $key)\n}"): (typeof documents)["mutation DismissDuplicate($key: String!) {\n  dismissPossibleDuplicate(key: $key)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportClients($filter: ClientsFilter) {\n  exportClientsCsv(filter: $filter) {\n    csv\n    count\n  }\n}"): (typeof documents)["query ExportClients($filter: ClientsFilter) {\n  exportClientsCsv(filter: $filter) {\n    csv\n    count\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoyaltyAccount($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tier\n    tierName\n    spend12mCents\n    referralCode\n    referredBy\n    availableRewards {\n      code\n      name\n      points\n    }\n    movements {\n      id\n      kind\n      points\n      reason\n      remaining\n      expiresAt\n      occurredAt\n    }\n  }\n}"): (typeof documents)["query LoyaltyAccount($clientId: ID!) {\n  loyaltyAccount(clientId: $clientId) {\n    clientId\n    balance\n    tier\n    tierName\n    spend12mCents\n    referralCode\n    referredBy\n    availableRewards {\n      code\n      name\n      points\n    }\n    movements {\n      id\n      kind\n      points\n      reason\n      remaining\n      expiresAt\n      occurredAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeClients($input: MergeClientsInput!) {\n  mergeClients(input: $input) {\n    client {\n      ...ClientFields\n    }\n    movedBookings\n    movedNotes\n    movedMessages\n  }\n}"): (typeof documents)["mutation MergeClients($input: MergeClientsInput!) {\n  mergeClients(input: $input) {\n    client {\n      ...ClientFields\n    }\n    movedBookings\n    movedNotes\n    movedMessages\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PinClientNote($input: PinClientNoteInput!) {\n  pinClientNote(input: $input) {\n    id\n    pinned\n  }\n}"): (typeof documents)["mutation PinClientNote($input: PinClientNoteInput!) {\n  pinClientNote(input: $input) {\n    id\n    pinned\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PossibleDuplicates {\n  possibleDuplicateClients {\n    key\n    client {\n      ...ClientFields\n    }\n    other {\n      ...ClientFields\n    }\n    bookingReference\n    typedEmail\n    since\n  }\n}"): (typeof documents)["query PossibleDuplicates {\n  possibleDuplicateClients {\n    key\n    client {\n      ...ClientFields\n    }\n    other {\n      ...ClientFields\n    }\n    bookingReference\n    typedEmail\n    since\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveClientFilter($input: SaveClientFilterInput!) {\n  saveClientFilter(input: $input) {\n    id\n    name\n    filterJson\n  }\n}"): (typeof documents)["mutation SaveClientFilter($input: SaveClientFilterInput!) {\n  saveClientFilter(input: $input) {\n    id\n    name\n    filterJson\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedClientFilters {\n  savedClientFilters {\n    id\n    name\n    filterJson\n  }\n}"): (typeof documents)["query SavedClientFilters {\n  savedClientFilters {\n    id\n    name\n    filterJson\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBeautyFile($input: ClientBeautyFileInput!) {\n  updateClientBeautyFile(input: $input) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}"): (typeof documents)["mutation UpdateBeautyFile($input: ClientBeautyFileInput!) {\n  updateClientBeautyFile(input: $input) {\n    clientId\n    skinType\n    allergies\n    contraindications\n    productsUsed\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertClient($input: UpsertClientInput!) {\n  upsertClient(input: $input) {\n    ...ClientFields\n  }\n}"): (typeof documents)["mutation UpsertClient($input: UpsertClientInput!) {\n  upsertClient(input: $input) {\n    ...ClientFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientFields on Client {\n  id\n  firstName\n  lastName\n  email\n  phone\n  birthday\n  addressLine1\n  postalCode\n  city\n  preferredPractitionerId\n  tags\n  marketingConsent\n  serviceEmailOptOut\n  serviceSmsOptOut\n  archivedAt\n  createdAt\n}"): (typeof documents)["fragment ClientFields on Client {\n  id\n  firstName\n  lastName\n  email\n  phone\n  birthday\n  addressLine1\n  postalCode\n  city\n  preferredPractitionerId\n  tags\n  marketingConsent\n  serviceEmailOptOut\n  serviceSmsOptOut\n  archivedAt\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GiftCardShopSettingsFields on GiftCardShopSettings {\n  onlineSaleEnabled\n  presetAmountsCents\n  minFreeAmountCents\n  maxFreeAmountCents\n  validityMonths\n  transferOrderHours\n  forcedCategory\n  transferIban\n  transferBic\n  transferHolder\n}\n\nquery GiftCardShopSettings {\n  giftCardShopSettings {\n    ...GiftCardShopSettingsFields\n  }\n}\n\nmutation UpdateGiftCardShop($input: UpdateGiftCardShopInput!) {\n  updateGiftCardShop(input: $input) {\n    ...GiftCardShopSettingsFields\n  }\n}"): (typeof documents)["fragment GiftCardShopSettingsFields on GiftCardShopSettings {\n  onlineSaleEnabled\n  presetAmountsCents\n  minFreeAmountCents\n  maxFreeAmountCents\n  validityMonths\n  transferOrderHours\n  forcedCategory\n  transferIban\n  transferBic\n  transferHolder\n}\n\nquery GiftCardShopSettings {\n  giftCardShopSettings {\n    ...GiftCardShopSettingsFields\n  }\n}\n\nmutation UpdateGiftCardShop($input: UpdateGiftCardShopInput!) {\n  updateGiftCardShop(input: $input) {\n    ...GiftCardShopSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelGiftCard($input: CancelGiftCardInput!) {\n  cancelGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}"): (typeof documents)["mutation CancelGiftCard($input: CancelGiftCardInput!) {\n  cancelGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExtendGiftCard($input: ExtendGiftCardInput!) {\n  extendGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}"): (typeof documents)["mutation ExtendGiftCard($input: ExtendGiftCardInput!) {\n  extendGiftCard(input: $input) {\n    ...GiftCardFull\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftCardByCode($code: String!) {\n  giftCard(code: $code) {\n    id\n  }\n}"): (typeof documents)["query GiftCardByCode($code: String!) {\n  giftCard(code: $code) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftCardCounts {\n  giftCardCounts {\n    pendingPayment\n    active\n    partlyUsed\n    used\n    expired\n    cancelled\n    total\n  }\n}"): (typeof documents)["query GiftCardCounts {\n  giftCardCounts {\n    pendingPayment\n    active\n    partlyUsed\n    used\n    expired\n    cancelled\n    total\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftCardDetail($id: ID!) {\n  giftCardById(id: $id) {\n    ...GiftCardFull\n  }\n}"): (typeof documents)["query GiftCardDetail($id: ID!) {\n  giftCardById(id: $id) {\n    ...GiftCardFull\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftCardPdfLink($id: ID!) {\n  giftCardPdfLink(id: $id) {\n    url\n    expiresAt\n  }\n}"): (typeof documents)["query GiftCardPdfLink($id: ID!) {\n  giftCardPdfLink(id: $id) {\n    url\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftCards($filter: GiftCardsFilterInput, $page: PageInput) {\n  giftCards(filter: $filter, page: $page) {\n    total\n    items {\n      ...GiftCardRow\n    }\n  }\n}"): (typeof documents)["query GiftCards($filter: GiftCardsFilterInput, $page: PageInput) {\n  giftCards(filter: $filter, page: $page) {\n    total\n    items {\n      ...GiftCardRow\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PendingTransferRow on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  priceCents\n  faceValueCents\n  buyerName\n  buyerEmail\n  recipientName\n  createdAt\n  expiresAt\n  giftCardId\n}\n\nquery PendingGiftCardTransfers {\n  pendingGiftCardTransfers {\n    ...PendingTransferRow\n  }\n}\n\nmutation MarkGiftCardTransferReceived($input: MarkGiftCardTransferReceivedInput!) {\n  markGiftCardTransferReceived(input: $input) {\n    ...PendingTransferRow\n  }\n}"): (typeof documents)["fragment PendingTransferRow on GiftCardOrder {\n  id\n  reference\n  status\n  kind\n  serviceName\n  priceCents\n  faceValueCents\n  buyerName\n  buyerEmail\n  recipientName\n  createdAt\n  expiresAt\n  giftCardId\n}\n\nquery PendingGiftCardTransfers {\n  pendingGiftCardTransfers {\n    ...PendingTransferRow\n  }\n}\n\nmutation MarkGiftCardTransferReceived($input: MarkGiftCardTransferReceivedInput!) {\n  markGiftCardTransferReceived(input: $input) {\n    ...PendingTransferRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendGiftCard($input: ResendGiftCardInput!) {\n  resendGiftCard(input: $input) {\n    sentTo\n    giftCard {\n      ...GiftCardFull\n    }\n  }\n}"): (typeof documents)["mutation ResendGiftCard($input: ResendGiftCardInput!) {\n  resendGiftCard(input: $input) {\n    sentTo\n    giftCard {\n      ...GiftCardFull\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GiftCardRow on GiftCard {\n  id\n  last4\n  kind\n  serviceName\n  faceValueCents\n  balanceCents\n  status\n  expiresAt\n  buyerName\n  recipientName\n  createdAt\n}\n\nfragment GiftCardFull on GiftCard {\n  ...GiftCardRow\n  pricePaidCents\n  deliveryEmail\n  category\n  vatRateBp\n  issuedAt\n  message\n  saleId\n  saleNumber\n  movements {\n    id\n    kind\n    amountCents\n    balanceAfterCents\n    saleId\n    reference\n    reason\n    expiresAt\n    occurredAt\n  }\n}"): (typeof documents)["fragment GiftCardRow on GiftCard {\n  id\n  last4\n  kind\n  serviceName\n  faceValueCents\n  balanceCents\n  status\n  expiresAt\n  buyerName\n  recipientName\n  createdAt\n}\n\nfragment GiftCardFull on GiftCard {\n  ...GiftCardRow\n  pricePaidCents\n  deliveryEmail\n  category\n  vatRateBp\n  issuedAt\n  message\n  saleId\n  saleNumber\n  movements {\n    id\n    kind\n    amountCents\n    balanceAfterCents\n    saleId\n    reference\n    reason\n    expiresAt\n    occurredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LoyaltyProgramFields on LoyaltyProgram {\n  enabled\n  servicePointsPerEuro\n  productPointsPerEuro\n  rounding\n  expiryMonths\n  birthdayBonusPoints\n  referralBonusPoints\n  tiers {\n    code\n    name\n    minSpendCents\n    serviceDiscountBp\n  }\n  rewards {\n    code\n    name\n    points\n    kind\n    amountCents\n    serviceId\n  }\n}\n\nquery LoyaltyProgram {\n  loyaltyProgram {\n    ...LoyaltyProgramFields\n  }\n}"): (typeof documents)["fragment LoyaltyProgramFields on LoyaltyProgram {\n  enabled\n  servicePointsPerEuro\n  productPointsPerEuro\n  rounding\n  expiryMonths\n  birthdayBonusPoints\n  referralBonusPoints\n  tiers {\n    code\n    name\n    minSpendCents\n    serviceDiscountBp\n  }\n  rewards {\n    code\n    name\n    points\n    kind\n    amountCents\n    serviceId\n  }\n}\n\nquery LoyaltyProgram {\n  loyaltyProgram {\n    ...LoyaltyProgramFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateLoyaltyProgram($input: UpdateLoyaltyProgramInput!) {\n  updateLoyaltyProgram(input: $input) {\n    ...LoyaltyProgramFields\n  }\n}"): (typeof documents)["mutation UpdateLoyaltyProgram($input: UpdateLoyaltyProgramInput!) {\n  updateLoyaltyProgram(input: $input) {\n    ...LoyaltyProgramFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewBookings($filter: BookingsFilter) {\n  bookings(filter: $filter) {\n    items {\n      id\n      reference\n      start\n      status\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n      }\n    }\n  }\n}\n\nquery PreviewNotification($template: NotificationTemplate!, $bookingId: ID!, $channel: NotificationChannel!) {\n  previewNotification(\n    template: $template\n    bookingId: $bookingId\n    channel: $channel\n  ) {\n    channel\n    subject\n    html\n    text\n    segments\n    encoding\n  }\n}\n\nmutation SendTestNotification($input: SendTestNotificationInput!) {\n  sendTestNotification(input: $input) {\n    ...NotificationFields\n  }\n}"): (typeof documents)["query PreviewBookings($filter: BookingsFilter) {\n  bookings(filter: $filter) {\n    items {\n      id\n      reference\n      start\n      status\n      client {\n        id\n        firstName\n        lastName\n      }\n      items {\n        id\n        serviceName\n      }\n    }\n  }\n}\n\nquery PreviewNotification($template: NotificationTemplate!, $bookingId: ID!, $channel: NotificationChannel!) {\n  previewNotification(\n    template: $template\n    bookingId: $bookingId\n    channel: $channel\n  ) {\n    channel\n    subject\n    html\n    text\n    segments\n    encoding\n  }\n}\n\nmutation SendTestNotification($input: SendTestNotificationInput!) {\n  sendTestNotification(input: $input) {\n    ...NotificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationSettingsFields on NotificationSettings {\n  smsSender\n  emailDelivery\n  smsDelivery\n  templates {\n    template\n    email\n    sms\n    smsAvailable\n  }\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}"): (typeof documents)["fragment NotificationSettingsFields on NotificationSettings {\n  smsSender\n  emailDelivery\n  smsDelivery\n  templates {\n    template\n    email\n    sms\n    smsAvailable\n  }\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingNotifications($bookingId: ID!) {\n  notifications(filter: {bookingId: $bookingId}, page: {limit: 50}) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}"): (typeof documents)["query BookingNotifications($bookingId: ID!) {\n  notifications(filter: {bookingId: $bookingId}, page: {limit: 50}) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($filter: NotificationsFilter, $page: PageInput) {\n  notifications(filter: $filter, page: $page) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}"): (typeof documents)["query Notifications($filter: NotificationsFilter, $page: PageInput) {\n  notifications(filter: $filter, page: $page) {\n    total\n    items {\n      ...NotificationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendNotification($id: ID!) {\n  resendNotification(id: $id) {\n    ...NotificationFields\n  }\n}"): (typeof documents)["mutation ResendNotification($id: ID!) {\n  resendNotification(id: $id) {\n    ...NotificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationFields on Notification {\n  id\n  channel\n  template\n  recipient\n  status\n  skipReason\n  attempts\n  lastError\n  bookingId\n  bookingReference\n  bookingStart\n  clientName\n  scheduledFor\n  sentAt\n  resendOfId\n  isTest\n  createdAt\n}"): (typeof documents)["fragment NotificationFields on Notification {\n  id\n  channel\n  template\n  recipient\n  status\n  skipReason\n  attempts\n  lastError\n  bookingId\n  bookingReference\n  bookingStart\n  clientName\n  scheduledFor\n  sentAt\n  resendOfId\n  isTest\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentSettings {\n  paymentSettings {\n    ...PaymentSettingsFields\n  }\n}"): (typeof documents)["query PaymentSettings {\n  paymentSettings {\n    ...PaymentSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePaymentSettings($input: UpdatePaymentSettingsInput!) {\n  updatePaymentSettings(input: $input) {\n    ...PaymentSettingsFields\n  }\n}"): (typeof documents)["mutation UpdatePaymentSettings($input: UpdatePaymentSettingsInput!) {\n  updatePaymentSettings(input: $input) {\n    ...PaymentSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PaymentSettingsFields on PaymentSettings {\n  onlineProvider\n  stripePublishableKey\n  stripeSecretKeyHint\n  stripeWebhookSecretHint\n  sumupMerchantCode\n  sumupApiKeyHint\n  paypalClientId\n  paypalClientSecretHint\n  paypalWebhookId\n  staffCanRefund\n}"): (typeof documents)["fragment PaymentSettingsFields on PaymentSettings {\n  onlineProvider\n  stripePublishableKey\n  stripeSecretKeyHint\n  stripeWebhookSecretHint\n  sumupMerchantCode\n  sumupApiKeyHint\n  paypalClientId\n  paypalClientSecretHint\n  paypalWebhookId\n  staffCanRefund\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingPayments($id: ID!) {\n  booking(id: $id) {\n    id\n    status\n    totalCents\n    depositCents\n    paidCents\n    payments {\n      ...PaymentFields\n    }\n  }\n}"): (typeof documents)["query BookingPayments($id: ID!) {\n  booking(id: $id) {\n    id\n    status\n    totalCents\n    depositCents\n    paidCents\n    payments {\n      ...PaymentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelTerminalCheckout($id: ID!) {\n  cancelTerminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}"): (typeof documents)["mutation CancelTerminalCheckout($id: ID!) {\n  cancelTerminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutReaders {\n  readers {\n    id\n    name\n    provider\n    status\n    busy\n  }\n}"): (typeof documents)["query CheckoutReaders {\n  readers {\n    id\n    name\n    provider\n    status\n    busy\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Payments($filter: PaymentsFilter) {\n  payments(filter: $filter) {\n    total\n    items {\n      ...PaymentFields\n    }\n  }\n}"): (typeof documents)["query Payments($filter: PaymentsFilter) {\n  payments(filter: $filter) {\n    total\n    items {\n      ...PaymentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...PaymentFields\n  }\n}"): (typeof documents)["mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    ...PaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...PaymentFields\n  }\n}"): (typeof documents)["mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    ...PaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}"): (typeof documents)["mutation SimulateTerminalOutcome($input: SimulateTerminalOutcomeInput!) {\n  simulateTerminalOutcome(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartTerminalCheckout($input: StartTerminalCheckoutInput!) {\n  startTerminalCheckout(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}"): (typeof documents)["mutation StartTerminalCheckout($input: StartTerminalCheckoutInput!) {\n  startTerminalCheckout(input: $input) {\n    ...TerminalCheckoutFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TerminalCheckout($id: ID!) {\n  terminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}"): (typeof documents)["query TerminalCheckout($id: ID!) {\n  terminalCheckout(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TerminalCheckoutUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}"): (typeof documents)["subscription TerminalCheckoutUpdated($id: ID!) {\n  terminalCheckoutUpdated(id: $id) {\n    ...TerminalCheckoutFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PaymentFields on Payment {\n  id\n  kind\n  method\n  provider\n  status\n  amountCents\n  refundedCents\n  currency\n  bookingId\n  providerReference\n  failureReason\n  createdAt\n  succeededAt\n}"): (typeof documents)["fragment PaymentFields on Payment {\n  id\n  kind\n  method\n  provider\n  status\n  amountCents\n  refundedCents\n  currency\n  bookingId\n  providerReference\n  failureReason\n  createdAt\n  succeededAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TerminalCheckoutFields on TerminalCheckout {\n  id\n  status\n  final\n  provider\n  readerId\n  readerName\n  amountCents\n  failureReason\n  expiresAt\n  updatedAt\n  payment {\n    ...PaymentFields\n  }\n}"): (typeof documents)["fragment TerminalCheckoutFields on TerminalCheckout {\n  id\n  status\n  final\n  provider\n  readerId\n  readerName\n  amountCents\n  failureReason\n  expiresAt\n  updatedAt\n  payment {\n    ...PaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueSaleCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    id\n    number\n    totalInclCents\n  }\n}"): (typeof documents)["mutation IssueSaleCreditNote($input: IssueCreditNoteInput!) {\n  issueCreditNote(input: $input) {\n    id\n    number\n    totalInclCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReprintSaleReceipt($input: ReprintSaleReceiptInput!) {\n  reprintSaleReceipt(input: $input) {\n    ...SaleReceiptFields\n  }\n}"): (typeof documents)["mutation ReprintSaleReceipt($input: ReprintSaleReceiptInput!) {\n  reprintSaleReceipt(input: $input) {\n    ...SaleReceiptFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    tillId\n    kind\n    status\n    number\n    shortHash\n    clientId\n    bookingId\n    originalSaleId\n    reason\n    totalInclCents\n    discountCents\n    paidCents\n    changeCents\n    completedAt\n    createdAt\n    ticketDiscount {\n      kind\n      value\n      reason\n    }\n    lines {\n      id\n      kind\n      label\n      quantity\n      unitPriceCents\n      vatRateBp\n      discountCents\n      totalInclCents\n      totalExclCents\n      practitionerId\n    }\n    tenders {\n      id\n      kind\n      status\n      amountCents\n      changeCents\n      reference\n    }\n    vatTotals {\n      rateBp\n      baseCents\n      vatCents\n    }\n  }\n}"): (typeof documents)["query SaleDetail($id: ID!) {\n  sale(id: $id) {\n    id\n    tillId\n    kind\n    status\n    number\n    shortHash\n    clientId\n    bookingId\n    originalSaleId\n    reason\n    totalInclCents\n    discountCents\n    paidCents\n    changeCents\n    completedAt\n    createdAt\n    ticketDiscount {\n      kind\n      value\n      reason\n    }\n    lines {\n      id\n      kind\n      label\n      quantity\n      unitPriceCents\n      vatRateBp\n      discountCents\n      totalInclCents\n      totalExclCents\n      practitionerId\n    }\n    tenders {\n      id\n      kind\n      status\n      amountCents\n      changeCents\n      reference\n    }\n    vatTotals {\n      rateBp\n      baseCents\n      vatCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SaleDetailPractitioners {\n  practitioners(includeInactive: true) {\n    id\n    displayName\n  }\n}\n\nquery SaleDetailClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n    email\n  }\n}"): (typeof documents)["query SaleDetailPractitioners {\n  practitioners(includeInactive: true) {\n    id\n    displayName\n  }\n}\n\nquery SaleDetailClient($id: ID!) {\n  client(id: $id) {\n    id\n    firstName\n    lastName\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SaleReceiptFields on SaleReceipt {\n  saleId\n  kind\n  title\n  number\n  tillName\n  issuedAt\n  issuedAtLocal\n  clientName\n  institute {\n    name\n    addressLines\n    siret\n    vatNumber\n  }\n  lines {\n    label\n    quantity\n    unitPriceCents\n    discountCents\n    totalExclCents\n    vatRateBp\n    totalInclCents\n  }\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n    totalInclCents\n  }\n  totalExclCents\n  totalVatCents\n  totalInclCents\n  tenders {\n    kind\n    label\n    amountCents\n    givenCents\n    changeCents\n  }\n  changeCents\n  shortHash\n  originalNumber\n  reason\n  duplicate {\n    number\n    printedAtLocal\n  }\n}\n\nquery SaleReceipt($saleId: ID!) {\n  saleReceipt(saleId: $saleId) {\n    ...SaleReceiptFields\n  }\n}"): (typeof documents)["fragment SaleReceiptFields on SaleReceipt {\n  saleId\n  kind\n  title\n  number\n  tillName\n  issuedAt\n  issuedAtLocal\n  clientName\n  institute {\n    name\n    addressLines\n    siret\n    vatNumber\n  }\n  lines {\n    label\n    quantity\n    unitPriceCents\n    discountCents\n    totalExclCents\n    vatRateBp\n    totalInclCents\n  }\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n    totalInclCents\n  }\n  totalExclCents\n  totalVatCents\n  totalInclCents\n  tenders {\n    kind\n    label\n    amountCents\n    givenCents\n    changeCents\n  }\n  changeCents\n  shortHash\n  originalNumber\n  reason\n  duplicate {\n    number\n    printedAtLocal\n  }\n}\n\nquery SaleReceipt($saleId: ID!) {\n  saleReceipt(saleId: $saleId) {\n    ...SaleReceiptFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SaleReceiptPdfLink($saleId: ID!, $format: ReceiptFormat) {\n  saleReceiptPdfLink(saleId: $saleId, format: $format) {\n    url\n    expiresAt\n  }\n}"): (typeof documents)["query SaleReceiptPdfLink($saleId: ID!, $format: ReceiptFormat) {\n  saleReceiptPdfLink(saleId: $saleId, format: $format) {\n    url\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SalesHistory($filter: SalesFilterInput, $page: PageInput) {\n  sales(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      tillId\n      kind\n      status\n      number\n      clientId\n      totalInclCents\n      completedAt\n      createdAt\n    }\n  }\n}"): (typeof documents)["query SalesHistory($filter: SalesFilterInput, $page: PageInput) {\n  sales(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      tillId\n      kind\n      status\n      number\n      clientId\n      totalInclCents\n      completedAt\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SalesTills {\n  tills {\n    id\n    name\n  }\n}"): (typeof documents)["query SalesTills {\n  tills {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendSaleReceipt($input: SendSaleReceiptInput!) {\n  sendSaleReceipt(input: $input) {\n    email\n  }\n}"): (typeof documents)["mutation SendSaleReceipt($input: SendSaleReceiptInput!) {\n  sendSaleReceipt(input: $input) {\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CabinConsumption($serviceId: ID!, $withService: Boolean!) {\n  products(filter: {includeInactive: false}, page: {offset: 0, limit: 200}) {\n    items {\n      id\n      name\n      brand\n      kind\n      unit\n    }\n  }\n  serviceConsumption(serviceId: $serviceId) @include(if: $withService) {\n    quantity\n    product {\n      id\n    }\n  }\n}\n\nmutation SetServiceConsumption($input: SetServiceConsumptionInput!) {\n  setServiceConsumption(input: $input) {\n    quantity\n  }\n}"): (typeof documents)["query CabinConsumption($serviceId: ID!, $withService: Boolean!) {\n  products(filter: {includeInactive: false}, page: {offset: 0, limit: 200}) {\n    items {\n      id\n      name\n      brand\n      kind\n      unit\n    }\n  }\n  serviceConsumption(serviceId: $serviceId) @include(if: $withService) {\n    quantity\n    product {\n      id\n    }\n  }\n}\n\nmutation SetServiceConsumption($input: SetServiceConsumptionInput!) {\n  setServiceConsumption(input: $input) {\n    quantity\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteServiceCategory($id: ID!) {\n  deleteServiceCategory(id: $id)\n}"): (typeof documents)["mutation DeleteServiceCategory($id: ID!) {\n  deleteServiceCategory(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReorderServiceCategories($ids: [ID!]!) {\n  reorderServiceCategories(ids: $ids) {\n    ...SettingsCategoryFields\n  }\n}"): (typeof documents)["mutation ReorderServiceCategories($ids: [ID!]!) {\n  reorderServiceCategories(ids: $ids) {\n    ...SettingsCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReorderServices($input: ReorderServicesInput!) {\n  reorderServices(input: $input) {\n    ...SettingsCategoryFields\n  }\n}"): (typeof documents)["mutation ReorderServices($input: ReorderServicesInput!) {\n  reorderServices(input: $input) {\n    ...SettingsCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesSettings {\n  serviceCategories(includeInactive: true) {\n    ...SettingsCategoryFields\n  }\n  cabinTypes {\n    id\n    name\n  }\n}"): (typeof documents)["query ServicesSettings {\n  serviceCategories(includeInactive: true) {\n    ...SettingsCategoryFields\n  }\n  cabinTypes {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertService($input: UpsertServiceInput!) {\n  upsertService(input: $input) {\n    ...SettingsServiceFields\n  }\n}"): (typeof documents)["mutation UpsertService($input: UpsertServiceInput!) {\n  upsertService(input: $input) {\n    ...SettingsServiceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertServiceCategory($input: UpsertServiceCategoryInput!) {\n  upsertServiceCategory(input: $input) {\n    ...SettingsCategoryFields\n  }\n}"): (typeof documents)["mutation UpsertServiceCategory($input: UpsertServiceCategoryInput!) {\n  upsertServiceCategory(input: $input) {\n    ...SettingsCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsServiceFields on Service {\n  id\n  categoryId\n  name\n  description\n  durationMinutes\n  priceCents\n  vatRateBp\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  depositKind\n  depositValue\n  depositCents\n  cabinTypeId\n  onlineBookable\n  active\n  position\n}\n\nfragment SettingsCategoryFields on ServiceCategory {\n  id\n  name\n  description\n  color\n  position\n  active\n  services {\n    ...SettingsServiceFields\n  }\n}"): (typeof documents)["fragment SettingsServiceFields on Service {\n  id\n  categoryId\n  name\n  description\n  durationMinutes\n  priceCents\n  vatRateBp\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  depositKind\n  depositValue\n  depositCents\n  cabinTypeId\n  onlineBookable\n  active\n  position\n}\n\nfragment SettingsCategoryFields on ServiceCategory {\n  id\n  name\n  description\n  color\n  position\n  active\n  services {\n    ...SettingsServiceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelPurchaseOrder($id: ID!) {\n  cancelPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}"): (typeof documents)["mutation CancelPurchaseOrder($id: ID!) {\n  cancelPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseInventoryCount($id: ID!) {\n  closeInventoryCount(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation CloseInventoryCount($id: ID!) {\n  closeInventoryCount(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}"): (typeof documents)["mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentInventoryCount {\n  currentInventoryCount {\n    id\n    category\n    countedLines\n    totalLines\n    differenceValueCents\n    lines {\n      countedQuantity\n      expectedQuantity\n      difference\n      product {\n        id\n        name\n        brand\n        barcode\n        quantity\n        unit\n      }\n    }\n  }\n}"): (typeof documents)["query CurrentInventoryCount {\n  currentInventoryCount {\n    id\n    category\n    countedLines\n    totalLines\n    differenceValueCents\n    lines {\n      countedQuantity\n      expectedQuantity\n      difference\n      product {\n        id\n        name\n        brand\n        barcode\n        quantity\n        unit\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportProducts($file: String!, $dryRun: Boolean!, $importValidLines: Boolean) {\n  importProducts(\n    file: $file\n    dryRun: $dryRun\n    importValidLines: $importValidLines\n  ) {\n    dryRun\n    applied\n    created\n    updated\n    problems {\n      line\n      column\n      message\n    }\n  }\n}"): (typeof documents)["mutation ImportProducts($file: String!, $dryRun: Boolean!, $importValidLines: Boolean) {\n  importProducts(\n    file: $file\n    dryRun: $dryRun\n    importValidLines: $importValidLines\n  ) {\n    dryRun\n    applied\n    created\n    updated\n    problems {\n      line\n      column\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductMovements($filter: StockMovementFilterInput) {\n  stockMovements(filter: $filter, page: {limit: 100}) {\n    total\n    items {\n      id\n      kind\n      quantity\n      quantityAfter\n      unitCostCents\n      reason\n      occurredAt\n    }\n  }\n}"): (typeof documents)["query ProductMovements($filter: StockMovementFilterInput) {\n  stockMovements(filter: $filter, page: {limit: 100}) {\n    total\n    items {\n      id\n      kind\n      quantity\n      quantityAfter\n      unitCostCents\n      reason\n      occurredAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchaseOrders($supplierId: ID) {\n  purchaseOrders(supplierId: $supplierId) {\n    ...PurchaseOrderFields\n  }\n}"): (typeof documents)["query PurchaseOrders($supplierId: ID) {\n  purchaseOrders(supplierId: $supplierId) {\n    ...PurchaseOrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n  receivePurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}"): (typeof documents)["mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n  receivePurchaseOrder(input: $input) {\n    ...PurchaseOrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordCountedQuantity($input: RecordCountedQuantityInput!) {\n  recordCountedQuantity(input: $input) {\n    countedQuantity\n    difference\n  }\n}"): (typeof documents)["mutation RecordCountedQuantity($input: RecordCountedQuantityInput!) {\n  recordCountedQuantity(input: $input) {\n    countedQuantity\n    difference\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordStockMovement($input: RecordStockMovementInput!) {\n  recordStockMovement(input: $input) {\n    id\n    quantityAfter\n  }\n}"): (typeof documents)["mutation RecordStockMovement($input: RecordStockMovementInput!) {\n  recordStockMovement(input: $input) {\n    id\n    quantityAfter\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReorderSuggestions {\n  reorderSuggestions {\n    suggestedQuantity\n    target\n    onOrder\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n      threshold\n      costCents\n      supplier {\n        id\n        name\n        email\n      }\n    }\n  }\n}"): (typeof documents)["query ReorderSuggestions {\n  reorderSuggestions {\n    suggestedQuantity\n    target\n    onOrder\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n      threshold\n      costCents\n      supplier {\n        id\n        name\n        email\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendPurchaseOrder($id: ID!) {\n  sendPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}"): (typeof documents)["mutation SendPurchaseOrder($id: ID!) {\n  sendPurchaseOrder(id: $id) {\n    ...PurchaseOrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartInventoryCount($input: StartInventoryCountInput!) {\n  startInventoryCount(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation StartInventoryCount($input: StartInventoryCountInput!) {\n  startInventoryCount(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StockChanged {\n  stockChanged {\n    products {\n      ...StockProductFields\n    }\n  }\n}"): (typeof documents)["subscription StockChanged {\n  stockChanged {\n    products {\n      ...StockProductFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockExport($format: StockExportFormat!, $at: DateTime) {\n  stockExport(format: $format, at: $at) {\n    fileName\n    mimeType\n    contentBase64\n    lineCount\n  }\n}"): (typeof documents)["query StockExport($format: StockExportFormat!, $at: DateTime) {\n  stockExport(format: $format, at: $at) {\n    fileName\n    mimeType\n    contentBase64\n    lineCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockProducts($filter: ProductFilterInput, $page: PageInput) {\n  products(filter: $filter, page: $page) {\n    total\n    items {\n      ...StockProductFields\n    }\n  }\n  inventorySettings {\n    allowNegativeStock\n  }\n}"): (typeof documents)["query StockProducts($filter: ProductFilterInput, $page: PageInput) {\n  products(filter: $filter, page: $page) {\n    total\n    items {\n      ...StockProductFields\n    }\n  }\n  inventorySettings {\n    allowNegativeStock\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StockValuation($at: DateTime!) {\n  stockValuation(at: $at) {\n    at\n    totalValueCents\n    lines {\n      quantity\n      valueCents\n      product {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query StockValuation($at: DateTime!) {\n  stockValuation(at: $at) {\n    at\n    totalValueCents\n    lines {\n      quantity\n      valueCents\n      product {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupplierProducts($supplierId: ID!) {\n  products(\n    filter: {supplierId: $supplierId, includeInactive: true}\n    page: {limit: 200}\n  ) {\n    total\n    items {\n      id\n      name\n      brand\n      content\n      unit\n      quantity\n      lowStock\n      active\n      stockValueCents\n    }\n  }\n}"): (typeof documents)["query SupplierProducts($supplierId: ID!) {\n  products(\n    filter: {supplierId: $supplierId, includeInactive: true}\n    page: {limit: 200}\n  ) {\n    total\n    items {\n      id\n      name\n      brand\n      content\n      unit\n      quantity\n      lowStock\n      active\n      stockValueCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Suppliers {\n  suppliers {\n    ...SupplierFields\n  }\n}"): (typeof documents)["query Suppliers {\n  suppliers {\n    ...SupplierFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertProduct($input: UpsertProductInput!) {\n  upsertProduct(input: $input) {\n    ...StockProductFields\n  }\n}"): (typeof documents)["mutation UpsertProduct($input: UpsertProductInput!) {\n  upsertProduct(input: $input) {\n    ...StockProductFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertSupplier($input: UpsertSupplierInput!) {\n  upsertSupplier(input: $input) {\n    ...SupplierFields\n  }\n}"): (typeof documents)["mutation UpsertSupplier($input: UpsertSupplierInput!) {\n  upsertSupplier(input: $input) {\n    ...SupplierFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PurchaseOrderFields on PurchaseOrder {\n  id\n  reference\n  status\n  notes\n  createdAt\n  sentAt\n  totalCents\n  supplier {\n    id\n    name\n    email\n  }\n  lines {\n    id\n    quantityOrdered\n    quantityReceived\n    unitCostCents\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n    }\n  }\n}"): (typeof documents)["fragment PurchaseOrderFields on PurchaseOrder {\n  id\n  reference\n  status\n  notes\n  createdAt\n  sentAt\n  totalCents\n  supplier {\n    id\n    name\n    email\n  }\n  lines {\n    id\n    quantityOrdered\n    quantityReceived\n    unitCostCents\n    product {\n      id\n      name\n      brand\n      unit\n      quantity\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StockProductFields on Product {\n  id\n  name\n  brand\n  category\n  barcode\n  kind\n  unit\n  content\n  quantity\n  threshold\n  averageCostCents\n  stockValueCents\n  priceCents\n  costCents\n  lowStock\n  vatRateBp\n  reorderTarget\n  active\n  photoUrl\n  supplier {\n    id\n    name\n  }\n}"): (typeof documents)["fragment StockProductFields on Product {\n  id\n  name\n  brand\n  category\n  barcode\n  kind\n  unit\n  content\n  quantity\n  threshold\n  averageCostCents\n  stockValueCents\n  priceCents\n  costCents\n  lowStock\n  vatRateBp\n  reorderTarget\n  active\n  photoUrl\n  supplier {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupplierFields on Supplier {\n  id\n  name\n  contactName\n  email\n  phone\n  notes\n  active\n}"): (typeof documents)["fragment SupplierFields on Supplier {\n  id\n  name\n  contactName\n  email\n  phone\n  notes\n  active\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CabinSettings {\n  cabinTypes {\n    id\n    name\n  }\n  cabins(includeInactive: true) {\n    ...SettingsCabinFields\n  }\n  services(includeInactive: true) {\n    id\n    cabinTypeId\n  }\n}"): (typeof documents)["query CabinSettings {\n  cabinTypes {\n    id\n    name\n  }\n  cabins(includeInactive: true) {\n    ...SettingsCabinFields\n  }\n  services(includeInactive: true) {\n    id\n    cabinTypeId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCabinType($id: ID!) {\n  deleteCabinType(id: $id) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation DeleteCabinType($id: ID!) {\n  deleteCabinType(id: $id) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PractitionerSettings {\n  practitioners(includeInactive: true) {\n    ...SettingsPractitionerFields\n  }\n  serviceCategories(includeInactive: true) {\n    id\n    name\n    active\n    services {\n      id\n      name\n      active\n    }\n  }\n}"): (typeof documents)["query PractitionerSettings {\n  practitioners(includeInactive: true) {\n    ...SettingsPractitionerFields\n  }\n  serviceCategories(includeInactive: true) {\n    id\n    name\n    active\n    services {\n      id\n      name\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertCabin($input: UpsertCabinInput!) {\n  upsertCabin(input: $input) {\n    ...SettingsCabinFields\n  }\n}"): (typeof documents)["mutation UpsertCabin($input: UpsertCabinInput!) {\n  upsertCabin(input: $input) {\n    ...SettingsCabinFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertCabinType($input: UpsertCabinTypeInput!) {\n  upsertCabinType(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation UpsertCabinType($input: UpsertCabinTypeInput!) {\n  upsertCabinType(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    ...SettingsPractitionerFields\n  }\n}"): (typeof documents)["mutation UpsertPractitioner($input: UpsertPractitionerInput!) {\n  upsertPractitioner(input: $input) {\n    ...SettingsPractitionerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsCabinFields on Cabin {\n  id\n  name\n  active\n  cabinTypeId\n}\n\nfragment SettingsPractitionerFields on Practitioner {\n  id\n  displayName\n  color\n  bio\n  photoUrl\n  active\n  position\n  serviceIds\n}"): (typeof documents)["fragment SettingsCabinFields on Cabin {\n  id\n  name\n  active\n  cabinTypeId\n}\n\nfragment SettingsPractitionerFields on Practitioner {\n  id\n  displayName\n  color\n  bio\n  photoUrl\n  active\n  position\n  serviceIds\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PairReader($input: PairReaderInput!) {\n  pairReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}"): (typeof documents)["mutation PairReader($input: PairReaderInput!) {\n  pairReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Readers {\n  readers {\n    ...TerminalReaderFields\n  }\n}"): (typeof documents)["query Readers {\n  readers {\n    ...TerminalReaderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveReader($id: ID!) {\n  removeReader(id: $id)\n}"): (typeof documents)["mutation RemoveReader($id: ID!) {\n  removeReader(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameReader($input: RenameReaderInput!) {\n  renameReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}"): (typeof documents)["mutation RenameReader($input: RenameReaderInput!) {\n  renameReader(input: $input) {\n    ...TerminalReaderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TerminalReaderFields on TerminalReader {\n  id\n  name\n  provider\n  status\n  state\n  busy\n  serial\n  batteryLevel\n  pairedAt\n}"): (typeof documents)["fragment TerminalReaderFields on TerminalReader {\n  id\n  name\n  provider\n  status\n  state\n  busy\n  serial\n  batteryLevel\n  pairedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SaleSettings {\n  saleSettings {\n    ...SaleSettingsFields\n  }\n}"): (typeof documents)["query SaleSettings {\n  saleSettings {\n    ...SaleSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSaleSettings($input: UpdateSaleSettingsInput!) {\n  updateSaleSettings(input: $input) {\n    ...SaleSettingsFields\n  }\n}"): (typeof documents)["mutation UpdateSaleSettings($input: UpdateSaleSettingsInput!) {\n  updateSaleSettings(input: $input) {\n    ...SaleSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SaleSettingsFields on SaleSettings {\n  staffMaxDiscountBp\n  staffMaxCreditNoteCents\n}"): (typeof documents)["fragment SaleSettingsFields on SaleSettings {\n  staffMaxDiscountBp\n  staffMaxCreditNoteCents\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CashSession($tillId: ID!) {\n  cashSession(tillId: $tillId) {\n    ...CashSessionFields\n  }\n}"): (typeof documents)["query CashSession($tillId: ID!) {\n  cashSession(tillId: $tillId) {\n    ...CashSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCashSession($input: CloseCashSessionInput!) {\n  closeCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}"): (typeof documents)["mutation CloseCashSession($input: CloseCashSessionInput!) {\n  closeCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosePeriod($input: ClosePeriodInput!) {\n  closePeriod(input: $input) {\n    ...ClosureFields\n  }\n}"): (typeof documents)["mutation ClosePeriod($input: ClosePeriodInput!) {\n  closePeriod(input: $input) {\n    ...ClosureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Closures($filter: ClosuresFilterInput!) {\n  closures(filter: $filter) {\n    ...ClosureFields\n  }\n}"): (typeof documents)["query Closures($filter: ClosuresFilterInput!) {\n  closures(filter: $filter) {\n    ...ClosureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportJournalArchive($input: JournalRangeInput!) {\n  exportJournalArchive(input: $input) {\n    filename\n    contentBase64\n    recordCount\n    sha256\n  }\n}"): (typeof documents)["mutation ExportJournalArchive($input: JournalRangeInput!) {\n  exportJournalArchive(input: $input) {\n    filename\n    contentBase64\n    recordCount\n    sha256\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JournalPublicKey {\n  journalPublicKey\n}"): (typeof documents)["query JournalPublicKey {\n  journalPublicKey\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCashSession($input: OpenCashSessionInput!) {\n  openCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}"): (typeof documents)["mutation OpenCashSession($input: OpenCashSessionInput!) {\n  openCashSession(input: $input) {\n    ...CashSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordCashMovement($input: RecordCashMovementInput!) {\n  recordCashMovement(input: $input) {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}"): (typeof documents)["mutation RecordCashMovement($input: RecordCashMovementInput!) {\n  recordCashMovement(input: $input) {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tills {\n  tills {\n    id\n    name\n    active\n  }\n}"): (typeof documents)["query Tills {\n  tills {\n    id\n    name\n    active\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyJournal($input: JournalRangeInput!) {\n  verifyJournal(input: $input) {\n    tillId\n    ok\n    recordsChecked\n    closuresChecked\n    firstSeq\n    lastSeq\n    lastHash\n    broken {\n      seq\n      kind\n      problem\n    }\n  }\n}"): (typeof documents)["mutation VerifyJournal($input: JournalRangeInput!) {\n  verifyJournal(input: $input) {\n    tillId\n    ok\n    recordsChecked\n    closuresChecked\n    firstSeq\n    lastSeq\n    lastHash\n    broken {\n      seq\n      kind\n      problem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CashSessionFields on CashSession {\n  id\n  tillId\n  openedAt\n  openingFloatCents\n  openingCounts {\n    denominationCents\n    count\n  }\n  closedAt\n  expectedCents\n  countedCents\n  varianceCents\n  movements {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}\n\nfragment ClosureFields on Closure {\n  id\n  tillId\n  period\n  number\n  firstDate\n  lastDate\n  closedAt\n  automatic\n  ticketCount\n  creditNoteCount\n  totalInclCents\n  absoluteTotalCents\n  perpetualTotalCents\n  perpetualAbsoluteCents\n  shortHash\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n  }\n  tenders {\n    kind\n    amountCents\n  }\n}"): (typeof documents)["fragment CashSessionFields on CashSession {\n  id\n  tillId\n  openedAt\n  openingFloatCents\n  openingCounts {\n    denominationCents\n    count\n  }\n  closedAt\n  expectedCents\n  countedCents\n  varianceCents\n  movements {\n    id\n    direction\n    amountCents\n    reason\n    occurredAt\n  }\n}\n\nfragment ClosureFields on Closure {\n  id\n  tillId\n  period\n  number\n  firstDate\n  lastDate\n  closedAt\n  automatic\n  ticketCount\n  creditNoteCount\n  totalInclCents\n  absoluteTotalCents\n  perpetualTotalCents\n  perpetualAbsoluteCents\n  shortHash\n  vatTotals {\n    rateBp\n    baseCents\n    vatCents\n  }\n  tenders {\n    kind\n    amountCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}"): (typeof documents)["query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}"): (typeof documents)["mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}"): (typeof documents)["query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}"): (typeof documents)["mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPermissions {\n  myPermissions\n}"): (typeof documents)["query MyPermissions {\n  myPermissions\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;