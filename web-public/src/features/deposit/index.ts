export { DepositPayment, type DepositPaymentProps } from './DepositPayment';
export { paidDepositFrom, paidDepositState, type PaidDepositState } from './paid-deposit';
