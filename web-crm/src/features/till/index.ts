export { CashSessionPage } from './CashSessionPage';
export { ClosuresPage } from './ClosuresPage';
