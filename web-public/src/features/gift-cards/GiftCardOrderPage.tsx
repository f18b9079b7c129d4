import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDateKey, formatLongDate, formatPrice } from '@serenaia/shared/format';
import { GiftCardOrderDocument, type GiftCardOrderFieldsFragment } from '../../gql/graphql';
import { GIFT_CARDS_PATH, SitePage } from '../../shared/site';

/** How often the page asks again while an online payment's card is being issued. */
const POLL_MS = 1500;

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, py: 0.75, flexWrap: 'wrap' }}>
      <Typography color="text.secondary">{label}</Typography>
      <Typography sx={{ fontWeight: 600, fontFamily: label === 'IBAN' ? 'monospace' : undefined }}>
        {value}
      </Typography>
    </Box>
  );
}

function OrderState({ order, refused }: { order: GiftCardOrderFieldsFragment; refused: boolean }) {
  const { t } = useTranslation();
  const who = order.sendToBuyer ? t('giftCards.order.you') : order.recipientName;
  if (order.status === 'PAID') {
    return (
      <Alert severity="success" icon={<CheckCircleOutlined />} sx={{ mb: 3 }}>
        <AlertTitle>{t('giftCards.order.paid')}</AlertTitle>
        {order.deliverOn && order.deliverOn > (order.paidAt ?? '').slice(0, 10)
          ? t('giftCards.order.paidOn', { who, date: formatDateKey(order.deliverOn) })
          : t('giftCards.order.paidTo', { who })}
      </Alert>
    );
  }
  if (order.status === 'EXPIRED')
    return (
      <Alert severity="warning" sx={{ mb: 3 }}>
        {t('giftCards.order.expired')}
      </Alert>
    );
  if (order.status === 'CANCELLED')
    return (
      <Alert severity="info" sx={{ mb: 3 }}>
        {t('giftCards.order.cancelled')}
      </Alert>
    );
  if (refused) {
    // Back from a payment that left the site (3-D Secure by redirect) and failed there.
    return (
      <Alert severity="error" sx={{ mb: 3 }}>
        <AlertTitle>{t('giftCards.payFailed')}</AlertTitle>
        {t('deposit.redirectFailed')}
      </Alert>
    );
  }
  if (order.transfer) {
    return (
      <Alert severity="info" sx={{ mb: 3 }}>
        <AlertTitle>{t('giftCards.order.transferTitle')}</AlertTitle>
        {t('giftCards.order.transferBody', { amount: formatPrice(order.transfer.amountCents) })}
      </Alert>
    );
  }
  return (
    <Box role="status" sx={{ mb: 3 }}>
      <Typography sx={{ mb: 1 }}>{t('giftCards.order.pendingOnline')}</Typography>
      <LinearProgress aria-hidden />
    </Box>
  );
}

/** `/cartes-cadeaux/commande/:id?cle=…`: the order's state, and the account to pay a transfer into. */
export function GiftCardOrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const token = search.get('cle') ?? '';
  const [{ data, error }, reexecute] = useQuery({
    query: GiftCardOrderDocument,
    variables: { id, token },
    requestPolicy: 'network-only',
  });
  const order = data?.giftCardOrder;
  // Stripe's redirect back names the outcome: a failure is not worth waiting for.
  const refused = search.get('redirect_status') === 'failed';
  const waitingOnline = order?.status === 'PENDING_PAYMENT' && order.method !== 'BANK_TRANSFER' && !refused;
  useEffect(() => {
    if (!waitingOnline) return;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [waitingOnline, data, reexecute]);

  return (
    <SitePage title={t('giftCards.order.title')}>
      <Container maxWidth="sm" sx={{ py: { xs: 3, md: 6 } }}>
        <Typography variant="h3" component="h1" sx={{ fontSize: { xs: '1.9rem', md: '2.4rem' }, mb: 3 }}>
          {t('giftCards.order.title')}
        </Typography>
        {error && !order ? (
          <Alert severity="error">{t('giftCards.order.notFound')}</Alert>
        ) : !order ? (
          <Skeleton variant="rounded" height={260} />
        ) : (
          <>
            <OrderState order={order} refused={refused} />
            <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, borderRadius: 3, mb: 3 }}>
              <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                {t('giftCards.order.reference', { reference: order.reference })}
              </Typography>
              <Row
                label={t('giftCards.order.value')}
                value={
                  order.serviceName
                    ? `${order.serviceName} (${formatPrice(order.faceValueCents)})`
                    : formatPrice(order.faceValueCents)
                }
              />
              <Row label={t('giftCards.recipientName')} value={order.recipientName} />
              {order.transfer ? (
                <>
                  <Row label={t('giftCards.order.holder')} value={order.transfer.holder} />
                  <Row label={t('giftCards.order.iban')} value={order.transfer.iban} />
                  {order.transfer.bic ? (
                    <Row label={t('giftCards.order.bic')} value={order.transfer.bic} />
                  ) : null}
                  <Row label={t('giftCards.order.transferReference')} value={order.transfer.reference} />
                  <Row label={t('giftCards.total')} value={formatPrice(order.transfer.amountCents)} />
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {t('giftCards.order.transferUntil', { date: formatLongDate(order.expiresAt) })}
                  </Typography>
                </>
              ) : null}
            </Paper>
            <Button component={RouterLink} to={GIFT_CARDS_PATH} variant="outlined">
              {t('giftCards.order.another')}
            </Button>
          </>
        )}
      </Container>
    </SitePage>
  );
}
