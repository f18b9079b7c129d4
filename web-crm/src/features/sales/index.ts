export { SalesHistoryPage } from './SalesHistoryPage';
export { SaleDetailPage } from './SaleDetailPage';
export { ReceiptPrintPage } from './ReceiptPrintPage';
