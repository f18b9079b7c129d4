export { AccountingPage, ACCOUNTING_PATH } from './AccountingPage';
export { BankPanel } from './BankPanel';
export { ChartSettingsPanel } from './ChartSettingsPanel';
export { EntriesPanel } from './EntriesPanel';
export { FecExportPanel } from './FecExportPanel';
export { GeneralLedgerPanel } from './GeneralLedgerPanel';
export { PeriodsPanel } from './PeriodsPanel';
export { TrialBalancePanel } from './TrialBalancePanel';
export { VatReportPanel } from './VatReportPage';
