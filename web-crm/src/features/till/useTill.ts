// The till choice is shared with the checkout screen: it lives in `shared/`.
export { useTill, type TillChoice, type TillSummary } from '../../shared/useTill';
