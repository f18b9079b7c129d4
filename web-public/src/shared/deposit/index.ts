export { DepositPayment, type DepositPaymentProps } from './DepositPayment';
