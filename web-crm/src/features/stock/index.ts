export { StockPage } from './StockPage';
export { CountPage } from './CountPage';
export { OrdersPage } from './OrdersPage';
export { ImportPage } from './ImportPage';
export { SuppliersPage } from './SuppliersPage';
export { SupplierPage } from './SupplierPage';
