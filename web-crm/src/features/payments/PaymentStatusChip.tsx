import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { PaymentStatus } from '../../gql/graphql';

export const PAYMENT_STATUS_COLORS: Record<PaymentStatus, { fg: string; bg: string }> = {
  SUCCEEDED: { fg: '#245c33', bg: '#e3f1e6' },
  PENDING: { fg: '#7a4b00', bg: '#fdeccb' },
  FAILED: { fg: '#a12a2a', bg: '#fbe1e1' },
  CANCELLED: { fg: '#6b5d63', bg: '#ece6e8' },
  REFUNDED: { fg: '#2f4f6b', bg: '#e1ebf4' },
  PARTIALLY_REFUNDED: { fg: '#4a3f73', bg: '#ebe6f6' },
};

export function PaymentStatusChip({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  const colors = PAYMENT_STATUS_COLORS[status];
  return (
    <Chip
      label={t(`payments.status.${status}`)}
      size="small"
      sx={{ fontWeight: 700, color: colors.fg, bgcolor: colors.bg, height: 22 }}
    />
  );
}
