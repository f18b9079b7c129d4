import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { formatEuros } from '@serenaia/shared/format';
import { formatDateTime } from '../../shared/date-format';
import { PagedTable } from '../../shared/paging';
import { RefundButton } from './BookingPaymentSection';
import { PaymentStatusChip } from './PaymentStatusChip';
import { type LedgerPayment } from './payment-summary';
import { type RefundPermission } from './refund-permission';

const dateOf = (p: LedgerPayment) => formatDateTime(p.createdAt);
const refunded = (p: LedgerPayment) => (p.refundedCents > 0 ? formatEuros(p.refundedCents) : '');

/** The payment's booking, opened in the agenda; without one, a dash (or nothing, on a card). */
function BookingLink({ payment: p, placeholder = true }: { payment: LedgerPayment; placeholder?: boolean }) {
  const { t } = useTranslation();
  return p.bookingId ? (
    <Link component={RouterLink} to={`/agenda?rdv=${encodeURIComponent(p.bookingId)}`}>
      {t('payments.list.openBooking')}
    </Link>
  ) : placeholder ? (
    <Typography component="span" color="text.secondary" aria-hidden>
      {t('payments.list.noBooking')}
    </Typography>
  ) : (
    <span />
  );
}

interface RowsProps {
  rows: readonly LedgerPayment[];
  permission: RefundPermission;
  onRefund: (p: LedgerPayment) => void;
}

/** The ledger on a phone: one card per payment. */
export function PaymentCards({ rows, permission, onRefund }: RowsProps) {
  const { t } = useTranslation();
  return (
    <Box
      component="ul"
      aria-label={t('payments.title')}
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}
    >
      {rows.map((p) => (
        <Card component="li" key={p.id} data-payment-id={p.id}>
          <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
              <Typography sx={{ fontWeight: 700, flexGrow: 1 }}>
                {t(`payments.method.${p.method}`)}
                <Typography component="span" color="text.secondary" sx={{ fontWeight: 400 }}>
                  {' · '}
                  {t(`payments.kind.${p.kind}`)}
                </Typography>
              </Typography>
              <Typography sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatEuros(p.amountCents)}
              </Typography>
            </Box>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5, flexWrap: 'wrap' }}>
              <PaymentStatusChip status={p.status} />
              <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
                {dateOf(p)}
              </Typography>
            </Box>
            {p.refundedCents > 0 ? (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {t('payments.refundedPart', { amount: formatEuros(p.refundedCents) })}
              </Typography>
            ) : null}
            <Box
              sx={{
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'space-between',
                mt: 0.5,
                minHeight: 32,
              }}
            >
              <BookingLink payment={p} placeholder={false} />
              <RefundButton payment={p} permission={permission} onClick={() => onRefund(p)} />
            </Box>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

/** The ledger on a desktop: a table with its pager. */
export function PaymentsTable({
  rows,
  permission,
  onRefund,
  total,
  pageIndex,
  pageSize,
  onPage,
  onPageSize,
}: RowsProps & {
  total: number;
  pageIndex: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <PagedTable
      label={t('payments.title')}
      head={
        <>
          <TableCell>{t('payments.list.date')}</TableCell>
          <TableCell>{t('payments.list.kind')}</TableCell>
          <TableCell>{t('payments.list.method')}</TableCell>
          <TableCell>{t('payments.list.status')}</TableCell>
          <TableCell align="right">{t('payments.list.amount')}</TableCell>
          <TableCell align="right">{t('payments.list.refunded')}</TableCell>
          <TableCell>{t('payments.list.booking')}</TableCell>
          <TableCell align="right">{t('payments.list.actions')}</TableCell>
        </>
      }
      total={total}
      pageIndex={pageIndex}
      pageSize={pageSize}
      onPage={onPage}
      onPageSize={onPageSize}
      rowsPerPageLabel={t('payments.list.rowsPerPage')}
    >
      {rows.map((p) => (
        <TableRow key={p.id} data-payment-id={p.id} hover>
          <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{dateOf(p)}</TableCell>
          <TableCell>{t(`payments.kind.${p.kind}`)}</TableCell>
          <TableCell>{t(`payments.method.${p.method}`)}</TableCell>
          <TableCell>
            <PaymentStatusChip status={p.status} />
          </TableCell>
          <TableCell
            align="right"
            sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
          >
            {formatEuros(p.amountCents)}
          </TableCell>
          <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {refunded(p)}
          </TableCell>
          <TableCell>
            <BookingLink payment={p} />
          </TableCell>
          <TableCell align="right" sx={{ py: 0.25 }}>
            <RefundButton payment={p} permission={permission} onClick={() => onRefund(p)} />
          </TableCell>
        </TableRow>
      ))}
    </PagedTable>
  );
}
