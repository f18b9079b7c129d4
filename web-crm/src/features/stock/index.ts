export { StockPage } from './StockPage';
export { CountPage } from './CountPage';
