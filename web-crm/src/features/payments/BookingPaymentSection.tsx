import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BookingPaymentsDocument, type BookingStatus } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { formatDateTime } from '../../shared/date-format';
import { PaymentStatusChip } from './PaymentStatusChip';
import {
  canCollect,
  refundableCents,
  suggestedCollection,
  summarize,
  type LedgerPayment,
} from './payment-summary';
import { RecordPaymentDialog } from './RecordPaymentDialog';
import { useRefundPermission, type RefundPermission } from './refund-permission';
import { RefundDialog } from './RefundDialog';
import type { TerminalCheckout } from './TerminalCheckoutPanel';

export interface BookingPaymentSectionProps {
  bookingId: string;
  /** The booking's status as the agenda shows it: a change (live or ours) reloads the payments. */
  status: BookingStatus;
  /** A success message for the page's toast. */
  onNotify: (message: string) => void;
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, py: 0.25 }}>
      <Typography
        variant="body2"
        color={strong ? 'text.primary' : 'text.secondary'}
        sx={{ fontWeight: strong ? 700 : 400 }}
      >
        {label}
      </Typography>
      <Typography
        variant="body2"
        sx={{ fontWeight: strong ? 700 : 500, fontVariantNumeric: 'tabular-nums', textAlign: 'right' }}
      >
        {value}
      </Typography>
    </Box>
  );
}

/** The refund action of one payment: offered only when the user may refund and something is left. */
export function RefundButton({
  payment,
  permission,
  onClick,
  size = 'small',
}: {
  payment: LedgerPayment;
  permission: RefundPermission;
  onClick: () => void;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation();
  if (permission !== 'allowed' || refundableCents(payment) === 0) return null;
  const label = t('payments.refund.actionFor', {
    amount: formatEuros(payment.amountCents),
    date: formatDateTime(payment.succeededAt ?? payment.createdAt),
  });
  return (
    <Button
      size={size}
      color="error"
      variant="text"
      onClick={onClick}
      aria-label={label}
      sx={{ px: 1, minWidth: 0, whiteSpace: 'nowrap' }}
    >
      {t('payments.refund.action')}
    </Button>
  );
}

/**
 * "Paiement" in the booking drawer: total, deposit, paid so far, what is left, every payment, and
 * the desk's actions (record cash or a transfer, refund). Reloaded after each action and whenever
 * the booking's status changes.
 */
export function BookingPaymentSection({ bookingId, status, onNotify }: BookingPaymentSectionProps) {
  const { t } = useTranslation();
  const { permission, recheck } = useRefundPermission();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BookingPaymentsDocument,
    variables: { id: bookingId },
    requestPolicy: 'network-only',
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [recording, setRecording] = useState(false);
  const approvedOnTerminal = useRef<TerminalCheckout | null>(null);
  const [refunding, setRefunding] = useState<LedgerPayment | null>(null);
  const [seenStatus, setSeenStatus] = useState(status);
  useEffect(() => {
    if (status !== seenStatus) {
      setSeenStatus(status);
      reload();
    }
  }, [status, seenStatus, reload]);

  const booking = data?.booking;
  if (booking === undefined) {
    if (error && !fetching)
      return (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={reload}>
              {t('errors.retry')}
            </Button>
          }
        >
          {t('payments.section.loadError')}{' '}
          {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
        </Alert>
      );
    return <Skeleton variant="rounded" height={120} aria-busy="true" />;
  }

  const summary = summarize(booking);
  const collectable = canCollect(booking.status, summary);
  const payments = [...booking.payments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Box data-testid="booking-payments">
      <Row label={t('payments.section.total')} value={formatEuros(summary.totalCents)} />
      <Row
        label={t('payments.section.deposit')}
        value={
          summary.depositDueCents > 0
            ? t('payments.section.depositDue', {
                due: formatEuros(summary.depositDueCents),
                paid: formatEuros(summary.depositPaidCents),
              })
            : t('payments.section.noDeposit')
        }
      />
      <Row label={t('payments.section.paid')} value={formatEuros(summary.paidCents)} />
      <Box
        sx={{
          mt: 0.75,
          px: 1.5,
          py: 1,
          borderRadius: 2,
          bgcolor: summary.remainingCents > 0 ? '#fdf3e1' : '#e3f1e6',
        }}
      >
        <Row
          strong
          label={t('payments.section.remaining')}
          value={
            summary.remainingCents > 0 ? formatEuros(summary.remainingCents) : t('payments.section.settled')
          }
        />
      </Box>

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mt: 1.5 }}>
        <Button variant="contained" disabled={!collectable} onClick={() => setRecording(true)}>
          {t('payments.section.collect')}
        </Button>
        {!collectable ? (
          <Typography variant="caption" color="text.secondary">
            {booking.status === 'CANCELLED'
              ? t('payments.section.cancelledNoCollect')
              : t('payments.section.nothingToCollect')}
          </Typography>
        ) : null}
      </Box>

      <Typography variant="subtitle2" component="h4" sx={{ mt: 2, mb: 0.5 }}>
        {t('payments.section.history')}
      </Typography>
      {payments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('payments.section.none')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {payments.map((p) => (
            <Box
              component="li"
              key={p.id}
              data-payment-id={p.id}
              aria-label={t('payments.section.paymentLabel', {
                method: t(`payments.method.${p.method}`),
                kind: t(`payments.kind.${p.kind}`),
                amount: formatEuros(p.amountCents),
                status: t(`payments.status.${p.status}`),
                date: formatDateTime(p.createdAt),
              })}
              sx={{ py: 1, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}
            >
              <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
                <Typography variant="body2" sx={{ fontWeight: 600, flexGrow: 1, minWidth: 0 }}>
                  {t(`payments.method.${p.method}`)} · {t(`payments.kind.${p.kind}`)}
                </Typography>
                <Typography
                  variant="body2"
                  sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                >
                  {formatEuros(p.amountCents)}
                </Typography>
              </Box>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5, minHeight: 30 }}>
                <PaymentStatusChip status={p.status} />
                <Box sx={{ flexGrow: 1 }} />
                <RefundButton payment={p} permission={permission} onClick={() => setRefunding(p)} />
              </Box>
              <Typography variant="caption" color="text.secondary" component="p">
                {formatDateTime(p.createdAt)}
                {p.refundedCents > 0
                  ? ` · ${t('payments.refundedPart', { amount: formatEuros(p.refundedCents) })}`
                  : ''}
                {p.failureReason ? ` · ${p.failureReason}` : ''}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      {permission === 'denied' && payments.some((p) => refundableCents(p) > 0) ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {t('payments.refund.adminOnly')}
        </Typography>
      ) : null}

      {recording ? (
        <RecordPaymentDialog
          bookingId={booking.id}
          remainingCents={summary.remainingCents}
          suggested={suggestedCollection(booking.status, summary)}
          onClose={() => {
            setRecording(false);
            // Told once the dialog is closed: on a phone the toast would cover the dialog's buttons.
            const approved = approvedOnTerminal.current;
            approvedOnTerminal.current = null;
            if (approved)
              onNotify(t('payments.terminal.collected', { amount: formatEuros(approved.amountCents) }));
          }}
          onTerminalSettled={(checkout) => {
            reload();
            if (checkout.status === 'APPROVED') approvedOnTerminal.current = checkout;
          }}
          onRecorded={(payment) => {
            setRecording(false);
            reload();
            onNotify(
              t('payments.record.done', {
                amount: formatEuros(payment.amountCents),
                method: t(`payments.method.${payment.method}`),
              }),
            );
          }}
        />
      ) : null}
      {refunding ? (
        <RefundDialog
          payment={refunding}
          onClose={() => setRefunding(null)}
          onForbidden={recheck}
          onRefunded={(_, amount) => {
            setRefunding(null);
            reload();
            onNotify(t('payments.refund.done', { amount: formatEuros(amount) }));
          }}
        />
      ) : null}
    </Box>
  );
}
