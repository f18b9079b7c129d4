import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { SalesHistoryDocument, SalesTillsDocument, type SalesHistoryQuery } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { useInstitute } from '../../shared/institute';
import { formatDateTime } from '../../shared/date-format';
import { LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { ListTable } from '../../shared/ListTable';
import { usePermissions } from '../../shared/permissions';
import {
  apiFilter,
  filterProblems,
  filtersFromParams,
  filtersToParams,
  type SalesFilters as Filters,
} from './sales-filter';
import { SalesFilters } from './SalesFilters';
import { saleStateOf, saleTitle } from './sale-labels';

type Row = SalesHistoryQuery['sales']['items'][number];

/** `/caisse/ventes`: tickets, credit notes, open and parked tickets, filtered and paged; a row opens its detail. */
export function SalesHistoryPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { can } = usePermissions();
  return (
    <Page maxWidth={1200} pageTitle={t('sales.pageTitle')} institute={institute?.name}>
      <PageHeader
        title={t('sales.title')}
        subtitle={t('sales.subtitle')}
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        actions={
          can('cashSession') ? (
            <Button component={RouterLink} to="/caisse/session" variant="outlined" sx={{ minHeight: 48 }}>
              {t('sales.toSession')}
            </Button>
          ) : undefined
        }
      />
      <PermissionGate operation="sales" denied={t('sales.denied')}>
        <History />
      </PermissionGate>
    </Page>
  );
}

function History() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageIndex = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const [pageSize, setPageSize] = useState(25);
  const problems = filterProblems(filters);
  const [tills] = useQuery({ query: SalesTillsDocument });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SalesHistoryDocument,
    variables: { filter: apiFilter(filters), page: { offset: pageIndex * pageSize, limit: pageSize } },
    pause: problems.period || problems.amount,
    requestPolicy: 'cache-and-network',
  });
  const tillNames = new Map((tills.data?.tills ?? []).map((till) => [till.id, till.name]));
  const setFilters = (next: Filters) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(filtersToParams(next))) if (v !== null) p.set(k, v);
    setParams(p, { replace: true });
  };
  const setPage = (index: number) => {
    const p = new URLSearchParams(params);
    if (index === 0) p.delete('page');
    else p.set('page', String(index + 1));
    setParams(p, { replace: true });
  };
  const rows = data?.sales.items ?? [];
  const total = data?.sales.total ?? 0;
  return (
    <>
      <SalesFilters value={filters} onChange={setFilters} tills={tills.data?.tills ?? []} />
      {error ? (
        <LoadError
          message={t('sales.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          sx={{ mb: 2 }}
        />
      ) : null}
      {data === undefined && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {data !== undefined ? (
        <Typography color="text.secondary" sx={{ mb: 1 }} role="status">
          {t('sales.count', { count: total })}
        </Typography>
      ) : null}
      {data !== undefined && rows.length === 0 ? <Alert severity="info">{t('sales.empty')}</Alert> : null}
      <ListTable
        label={t('sales.title')}
        rows={rows}
        rowHref={(row) => `/caisse/ventes/${row.id}`}
        columns={[
          {
            key: 'number',
            header: t('sales.columns.number'),
            cell: (row) => (
              <Link component={RouterLink} to={`/caisse/ventes/${row.id}`}>
                {saleTitle(t, row)}
              </Link>
            ),
          },
          {
            key: 'date',
            header: t('sales.columns.date'),
            cell: (row) => formatDateTime(row.completedAt ?? row.createdAt),
          },
          { key: 'till', header: t('sales.columns.till'), cell: (row) => tillNames.get(row.tillId) ?? '' },
          { key: 'state', header: t('sales.columns.state'), cell: (row) => <StateChip row={row} /> },
          {
            key: 'total',
            header: t('sales.columns.total'),
            align: 'right',
            cell: (row) => formatEuros(row.totalInclCents),
          },
        ]}
        card={(row) => (
          <>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', gap: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{saleTitle(t, row)}</Typography>
              <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {formatEuros(row.totalInclCents)}
              </Typography>
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {formatDateTime(row.completedAt ?? row.createdAt)} · {tillNames.get(row.tillId) ?? ''}
            </Typography>
            <StateChip row={row} />
          </>
        )}
        total={total}
        pageIndex={pageIndex}
        pageSize={pageSize}
        onPage={setPage}
        onPageSize={setPageSize}
        rowsPerPageLabel={t('sales.rowsPerPage')}
      />
    </>
  );
}

function StateChip({ row }: { row: Pick<Row, 'kind' | 'status'> }) {
  const { t } = useTranslation();
  const state = saleStateOf(row);
  const color = state === 'COMPLETED' ? 'success' : state === 'CREDIT_NOTE' ? 'warning' : 'default';
  return (
    <Chip
      size="small"
      color={color}
      label={t(`sales.filters.states.${state}`)}
      sx={{ mt: { xs: 1, md: 0 } }}
    />
  );
}
