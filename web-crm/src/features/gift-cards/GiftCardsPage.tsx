import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import {
  GiftCardCountsDocument,
  GiftCardsDocument,
  PendingGiftCardTransfersDocument,
  type GiftCardRowFragment,
} from '../../gql/graphql';
import { formatShortDate } from '../../shared/date-format';
import { ListTable } from '../../shared/ListTable';
import { EmptyList, ListStatus, LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { useInstitute } from '../../shared/institute';
import { GiftCardFilters } from './GiftCardFilters';
import { GiftCardStatusChip } from './GiftCardStatusChip';
import { PendingTransfers } from './PendingTransfers';
import { lastValidInstant } from './gift-card-dates';
import { viewFilter, viewFromParam, type GiftCardView } from './gift-card-filter';

/** `/cartes-cadeaux`: every card, by status chip or by the end of its code, newest first; a row opens it. */
export function GiftCardsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <Page maxWidth={1200} pageTitle={t('giftCards.pageTitle')} institute={institute?.name}>
      <PageHeader title={t('giftCards.title')} subtitle={t('giftCards.subtitle')} />
      <PermissionGate operation="giftCards" denied={t('giftCards.denied')}>
        <GiftCardList />
      </PermissionGate>
    </Page>
  );
}

function GiftCardList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = viewFromParam(params.get('statut'));
  const last4 = params.get('fin');
  const pageIndex = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const [pageSize, setPageSize] = useState(25);
  const [counts] = useQuery({ query: GiftCardCountsDocument, requestPolicy: 'cache-and-network' });
  const { can } = usePermissions();
  const seesTransfers = can('pendingGiftCardTransfers');
  const [transfers] = useQuery({
    query: PendingGiftCardTransfersDocument,
    requestPolicy: 'cache-and-network',
    pause: !seesTransfers,
  });
  const listsOrders = view === 'TRANSFERS' && seesTransfers;
  const [{ data: cardData, fetching, error }, reexecute] = useQuery({
    query: GiftCardsDocument,
    variables: {
      filter: { ...viewFilter(view), last4 },
      page: { offset: pageIndex * pageSize, limit: pageSize },
    },
    requestPolicy: 'cache-and-network',
    pause: listsOrders,
  });
  const update = (patch: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) p.delete(key);
      else p.set(key, value);
    }
    if (!('page' in patch)) p.delete('page');
    setParams(p, { replace: true });
  };
  const data = listsOrders ? undefined : cardData;
  const rows = data?.giftCards.items ?? [];
  const total = data?.giftCards.total ?? 0;
  return (
    <>
      <GiftCardFilters
        view={view}
        last4={last4}
        counts={counts.data?.giftCardCounts}
        transfers={seesTransfers ? { count: transfers.data?.pendingGiftCardTransfers.length ?? null } : null}
        onView={(next: GiftCardView) => update({ statut: next === 'ALL' ? null : next })}
        onLast4={(next) => update({ fin: next, ...(view === 'TRANSFERS' ? { statut: null } : {}) })}
      />
      {listsOrders ? <PendingTransfers /> : null}
      {!listsOrders && error ? (
        <LoadError
          message={t('giftCards.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          sx={{ mb: 2 }}
        />
      ) : null}
      {data === undefined && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {data !== undefined ? (
        <ListStatus count={t('giftCards.count', { count: total })} refreshing={fetching} />
      ) : null}
      {data !== undefined && rows.length === 0 ? (
        <EmptyList text={last4 === null ? t('giftCards.empty') : t('giftCards.notFound')} />
      ) : null}
      <ListTable<GiftCardRowFragment>
        label={t('giftCards.title')}
        rows={rows}
        rowHref={(row) => `/cartes-cadeaux/${row.id}`}
        columns={[
          {
            key: 'code',
            header: t('giftCards.columns.code'),
            cell: (row) => (
              <Link component={RouterLink} to={`/cartes-cadeaux/${row.id}`} sx={{ whiteSpace: 'nowrap' }}>
                {t('giftCards.endingIn', { last4: row.last4 })}
              </Link>
            ),
          },
          { key: 'recipient', header: t('giftCards.columns.recipient'), cell: (row) => <Who row={row} /> },
          {
            key: 'buyer',
            header: t('giftCards.columns.buyer'),
            cell: (row) => row.buyerName ?? t('giftCards.noName'),
          },
          {
            key: 'status',
            header: t('giftCards.columns.status'),
            cell: (row) => <GiftCardStatusChip card={row} />,
          },
          {
            key: 'expires',
            header: t('giftCards.columns.expires'),
            cell: (row) => formatShortDate(lastValidInstant(row.expiresAt)),
          },
          {
            key: 'face',
            header: t('giftCards.columns.face'),
            align: 'right',
            cell: (row) => formatEuros(row.faceValueCents),
          },
          {
            key: 'balance',
            header: t('giftCards.columns.balance'),
            align: 'right',
            cell: (row) => <strong>{formatEuros(row.balanceCents)}</strong>,
          },
        ]}
        card={(row) => (
          <>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', gap: 1 }}>
              <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {t('giftCards.endingIn', { last4: row.last4 })}
              </Typography>
              <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {formatEuros(row.balanceCents)} / {formatEuros(row.faceValueCents)}
              </Typography>
            </Stack>
            <Who row={row} />
            <Typography variant="body2" color="text.secondary">
              {t(row.status === 'EXPIRED' ? 'giftCards.expiredOn' : 'giftCards.validUntil', {
                date: formatShortDate(lastValidInstant(row.expiresAt)),
              })}
            </Typography>
            <GiftCardStatusChip card={row} sx={{ mt: 1 }} />
          </>
        )}
        total={total}
        pageIndex={pageIndex}
        pageSize={pageSize}
        onPage={(index) => update({ page: index === 0 ? null : String(index + 1) })}
        onPageSize={setPageSize}
        rowsPerPageLabel={t('giftCards.rowsPerPage')}
      />
    </>
  );
}

/** The recipient, and what the card offers when it names a service. */
function Who({ row }: { row: GiftCardRowFragment }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="body2">{row.recipientName ?? t('giftCards.noName')}</Typography>
      {row.serviceName ? (
        <Typography variant="body2" color="text.secondary">
          {t('giftCards.serviceCard', { name: row.serviceName })}
        </Typography>
      ) : null}
    </>
  );
}
