import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { GiftCardDetailDocument, type GiftCardFullFragment } from '../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../shared/date-format';
import { LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { useInstitute } from '../../shared/institute';
import { DownloadGiftCardPdf, ResendGiftCardDialog, deliveryActions, type Notice } from './GiftCardDelivery';
import { CancelGiftCardDialog, ExtendGiftCardDialog } from './GiftCardDialogs';
import { GiftCardMovements } from './GiftCardMovements';
import { GiftCardStatusChip } from './GiftCardStatusChip';
import { SoldAtTillNotice } from './SoldAtTillNotice';
import { lastValidInstant } from './gift-card-dates';

const big = { minHeight: 48 } as const;

/** `/cartes-cadeaux/:id`: a card's values, status and ledger, and what an admin can do with it. */
export function GiftCardDetailPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <Page maxWidth={1100} pageTitle={t('giftCards.detail.pageTitle')} institute={institute?.name}>
      <PermissionGate operation="giftCardById" denied={t('giftCards.denied')}>
        <Detail />
      </PermissionGate>
    </Page>
  );
}

/**
 * Extending needs a card that is active or expired; cancelling one nobody has spent from and not sold at
 * the till — an unspent card sold at the till is taken back by a credit note on its ticket (`creditNote`).
 */
export function giftCardActions(card: GiftCardFullFragment): {
  extend: boolean;
  cancel: boolean;
  creditNote: boolean;
} {
  const untouched =
    card.status === 'ACTIVE' &&
    card.balanceCents === card.faceValueCents &&
    !card.movements.some((m) => m.kind === 'REDEEM');
  const soldAtTill = Boolean(card.saleId);
  return {
    extend: card.status === 'ACTIVE' || card.status === 'EXPIRED',
    cancel: untouched && !soldAtTill,
    creditNote: untouched && soldAtTill,
  };
}

function Detail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = usePermissions();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GiftCardDetailDocument,
    variables: { id },
  });
  const [dialog, setDialog] = useState<'extend' | 'cancel' | 'resend' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const card = data?.giftCardById;

  if (error)
    return (
      <LoadError
        message={t('giftCards.detail.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (card === undefined) return fetching ? <Skeleton variant="rounded" height={420} /> : null;

  const possible = giftCardActions(card);
  const canExtend = possible.extend && can('extendGiftCard');
  const canCancel = possible.cancel && can('cancelGiftCard');
  const takeBack = possible.creditNote && (can('issueCreditNote') || can('cancelGiftCard'));
  const delivery = deliveryActions(card);
  const canResend = delivery.resend && can('resendGiftCard');
  const canPdf = delivery.pdf && can('giftCardPdfLink');
  const done = (message: string) => {
    setDialog(null);
    setNotice({ severity: 'success', message });
  };

  return (
    <>
      <PageHeader
        title={t('giftCards.detail.title', { last4: card.last4 })}
        subtitle={t('giftCards.detail.subtitle', { date: formatDateTime(card.issuedAt ?? card.createdAt) })}
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        actions={
          <Button component={RouterLink} to="/cartes-cadeaux" variant="outlined" sx={big}>
            {t('giftCards.detail.back')}
          </Button>
        }
      />
      {/* The card's action bar: each action shows only when `can(operation)` says the server allows it. */}
      {canResend || canPdf || canExtend || canCancel ? (
        <Stack
          direction="row"
          role="toolbar"
          aria-label={t('giftCards.detail.actions')}
          sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}
        >
          {canResend ? (
            <Button variant="contained" sx={big} onClick={() => setDialog('resend')}>
              {t('giftCards.detail.resend')}
            </Button>
          ) : null}
          {canPdf ? <DownloadGiftCardPdf card={card} onNotice={setNotice} sx={big} /> : null}
          {canExtend ? (
            <Button variant="outlined" sx={big} onClick={() => setDialog('extend')}>
              {t('giftCards.detail.extend')}
            </Button>
          ) : null}
          {canCancel ? (
            <Button color="error" variant="outlined" sx={big} onClick={() => setDialog('cancel')}>
              {t('giftCards.detail.cancel')}
            </Button>
          ) : null}
        </Stack>
      ) : null}
      {takeBack && card.saleId ? <SoldAtTillNotice card={{ ...card, saleId: card.saleId }} /> : null}
      <Summary card={card} />
      <GiftCardMovements movements={card.movements} />
      {dialog === 'extend' ? (
        <ExtendGiftCardDialog card={card} onDone={done} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'cancel' ? (
        <CancelGiftCardDialog card={card} onDone={done} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'resend' ? (
        <ResendGiftCardDialog
          card={card}
          onDone={(n) => {
            setDialog(null);
            setNotice(n);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <Snackbar
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' ? 10_000 : 5_000}
        onClose={(_, reason) => reason !== 'clickaway' && setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert
            severity={notice.severity}
            variant="filled"
            role={notice.severity === 'error' ? 'alert' : 'status'}
            onClose={() => setNotice(null)}
          >
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}

function Summary({ card }: { card: GiftCardFullFragment }) {
  const { t } = useTranslation();
  const promotion = card.pricePaidCents < card.faceValueCents;
  return (
    <Card component="section" aria-label={t('giftCards.detail.summary')} sx={{ mb: 2 }}>
      <CardContent>
        <Box
          component="dl"
          sx={{
            m: 0,
            display: 'grid',
            gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' },
            columnGap: 3,
            rowGap: 2,
          }}
        >
          <Item label={t('giftCards.detail.balance')}>
            <Typography component="span" variant="h5" sx={{ fontWeight: 600 }}>
              {formatEuros(card.balanceCents)}
            </Typography>
          </Item>
          <Item label={t('giftCards.detail.faceValue')}>{formatEuros(card.faceValueCents)}</Item>
          <Item label={t('giftCards.detail.pricePaid')}>
            {promotion
              ? t('giftCards.detail.promotion', { price: formatEuros(card.pricePaidCents) })
              : formatEuros(card.pricePaidCents)}
          </Item>
          <Item label={t('giftCards.detail.status')}>
            <GiftCardStatusChip card={card} />
          </Item>
          <Item label={t('giftCards.detail.expires')}>
            {formatShortDate(lastValidInstant(card.expiresAt))}
          </Item>
          <Item label={t('giftCards.detail.category')}>
            {t(`giftCards.detail.categories.${card.category}`)}
          </Item>
          <Item label={t('giftCards.detail.kind')}>
            {card.serviceName
              ? t('giftCards.serviceCard', { name: card.serviceName })
              : t('giftCards.detail.amountCard')}
          </Item>
          <Item label={t('giftCards.detail.ticket')}>
            {card.saleId ? (
              <Link component={RouterLink} to={`/caisse/ventes/${card.saleId}`}>
                {t('giftCards.detail.seeTicket')}
              </Link>
            ) : (
              t('giftCards.detail.online')
            )}
          </Item>
          <Item label={t('giftCards.detail.buyer')}>{card.buyerName ?? t('giftCards.noName')}</Item>
          <Item label={t('giftCards.detail.recipient')}>{card.recipientName ?? t('giftCards.noName')}</Item>
          {card.message ? (
            <Item label={t('giftCards.detail.message')} wide>
              « {card.message} »
            </Item>
          ) : null}
        </Box>
      </CardContent>
    </Card>
  );
}

function Item({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <Box sx={{ gridColumn: wide ? '1 / -1' : undefined, minWidth: 0 }}>
      <Typography component="dt" variant="overline" color="text.secondary" sx={{ lineHeight: 1.6 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}
