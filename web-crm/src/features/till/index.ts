export { CashSessionPage } from './CashSessionPage';
export { ClosuresPage } from './ClosuresPage';
export { TillIndex } from './TillIndex';
