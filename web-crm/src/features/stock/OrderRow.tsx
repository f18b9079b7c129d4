import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation } from 'urql';
import {
  CancelPurchaseOrderDocument,
  SendPurchaseOrderDocument,
  type PurchaseOrderFieldsFragment,
  type PurchaseOrderStatus,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { ConfirmDialog } from '../../shared/dialogs';
import { formatShortDate } from '../../shared/date-format';
import { usePermissions } from '../../shared/permissions';

type Order = PurchaseOrderFieldsFragment;

const STATUS_COLOR: Record<PurchaseOrderStatus, 'default' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'default',
  SENT: 'info',
  PARTLY_RECEIVED: 'warning',
  RECEIVED: 'success',
  CANCELLED: 'default',
};

export type OrderEvent = 'sent' | 'resent' | 'cancelled';

/**
 * One purchase order: status, supplier, value, its lines (each in its own unit: pieces, ml and g are
 * never added up) and what may be done now — send, send again, cancel (both confirmed), receive.
 */
export function OrderRow({
  order,
  onChanged,
  onReceive,
  showSupplier = true,
}: {
  order: Order;
  onChanged: (event: OrderEvent) => void;
  onReceive?: () => void;
  showSupplier?: boolean;
}) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState<'resend' | 'cancel' | null>(null);
  const [sending, send] = useMutation(SendPurchaseOrderDocument);
  const [cancelling, cancel] = useMutation(CancelPurchaseOrderDocument);
  const linesDone = order.lines.filter((l) => l.quantityReceived >= l.quantityOrdered).length;
  const receivable =
    order.status === 'DRAFT' || order.status === 'SENT' || order.status === 'PARTLY_RECEIVED';
  const cancellable = order.status === 'DRAFT' || order.status === 'SENT';
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };

  const run = async (what: 'send' | 'resend' | 'cancel') => {
    setProblem(null);
    const result = what === 'cancel' ? await cancel({ id: order.id }) : await send({ id: order.id });
    if (result.error) return setProblem(errorMessage(result.error, fallbacks));
    setAsking(null);
    onChanged(what === 'send' ? 'sent' : what === 'resend' ? 'resent' : 'cancelled');
  };

  const lineText = (l: Order['lines'][number]) => {
    const values = {
      name: l.product.name,
      quantity: l.quantityOrdered,
      unit: t(`stock.units.${l.product.unit}`),
      received: l.quantityReceived,
    };
    return l.quantityReceived > 0 && l.quantityReceived < l.quantityOrdered
      ? t('stock.orders.linePartly', { ...values, count: l.quantityReceived })
      : t('stock.orders.line', values);
  };

  return (
    <Card component="li" variant="outlined" aria-label={order.reference} sx={{ listStyle: 'none' }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
        >
          <Box sx={{ minWidth: 0 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{order.reference}</Typography>
              <Chip
                size="small"
                color={STATUS_COLOR[order.status]}
                label={t(`stock.orders.status.${order.status}`)}
              />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {showSupplier && (
                <>
                  <Link component={RouterLink} to={`/stock/fournisseurs/${order.supplier.id}`}>
                    {order.supplier.name}
                  </Link>
                  {' · '}
                </>
              )}
              {[
                formatEuros(order.totalCents),
                t('stock.orders.linesReceived', { received: linesDone, count: order.lines.length }),
                order.sentAt
                  ? t('stock.orders.sentOn', { date: formatShortDate(order.sentAt) })
                  : t('stock.orders.createdOn', { date: formatShortDate(order.createdAt) }),
              ].join(' · ')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {order.lines.map(lineText).join(', ')}
            </Typography>
          </Box>
          <Stack direction="row" sx={{ flexShrink: 0, flexWrap: 'wrap', gap: 1 }}>
            {order.status === 'DRAFT' && can('sendPurchaseOrder') && (
              <Button variant="outlined" disabled={sending.fetching} onClick={() => void run('send')}>
                {t('stock.orders.send')}
              </Button>
            )}
            {order.status === 'SENT' && can('sendPurchaseOrder') && (
              <Button variant="outlined" onClick={() => setAsking('resend')}>
                {t('stock.orders.resend')}
              </Button>
            )}
            {cancellable && can('cancelPurchaseOrder') && (
              <Button variant="outlined" color="error" onClick={() => setAsking('cancel')}>
                {t('stock.orders.cancel')}
              </Button>
            )}
            {receivable && onReceive && can('receivePurchaseOrder') && (
              <Button variant="contained" onClick={onReceive}>
                {t('stock.orders.receive')}
              </Button>
            )}
          </Stack>
        </Stack>
        {problem && asking === null && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {problem}
          </Alert>
        )}
      </CardContent>
      {asking === 'resend' && (
        <ConfirmDialog
          title={t('stock.orders.resendTitle', { reference: order.reference })}
          body={t('stock.orders.resendText', {
            supplier: order.supplier.name,
            email: order.supplier.email ?? '—',
          })}
          confirmLabel={t('stock.orders.resendConfirm')}
          backLabel={t('stock.orders.goBack')}
          danger={false}
          busy={sending.fetching}
          serverError={problem}
          onConfirm={() => void run('resend')}
          onClose={() => {
            setAsking(null);
            setProblem(null);
          }}
        />
      )}
      {asking === 'cancel' && (
        <ConfirmDialog
          title={t('stock.orders.cancelTitle', { reference: order.reference })}
          body={
            order.status === 'SENT'
              ? t('stock.orders.cancelTextSent', { supplier: order.supplier.name })
              : t('stock.orders.cancelTextDraft')
          }
          confirmLabel={t('stock.orders.cancelConfirm')}
          backLabel={t('stock.orders.keep')}
          busy={cancelling.fetching}
          serverError={problem}
          onConfirm={() => void run('cancel')}
          onClose={() => {
            setAsking(null);
            setProblem(null);
          }}
        />
      )}
    </Card>
  );
}
