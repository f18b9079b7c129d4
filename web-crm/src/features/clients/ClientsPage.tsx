import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { ClientListDocument, type ClientSort } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { EmptyList, ListStatus, LoadError, Page, PageHeader } from '../../shared/page';
import { CardPager, TablePager, usePageCursors } from '../../shared/paging';
import { usePermissions } from '../../shared/permissions';
import { ClientFormDialog } from './ClientFormDialog';
import { ClientFiltersPanel } from './ClientFiltersPanel';
import { ClientResultCards, ClientResultsTable } from './ClientResults';
import { DuplicatesPanel } from './DuplicatesPanel';
import { ExportClientsButton } from './ExportClientsButton';
import { NO_FILTERS, apiFilter, type ClientFilters } from './clients-filter';
import { sortChange } from './client-list-params';
import { useClientListParams } from './useClientListParams';

/** `/clients`: instant search (the server's trigram search), filters, sort, paging, export, duplicates. */
export function ClientsPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const cards = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const navigate = useNavigate();
  const { institute } = useInstitute();
  const { can } = usePermissions();
  const { filters, pageIndex, update, goToPage } = useClientListParams();
  const [pageSize, setPageSize] = useState(25);
  const [search, setSearch] = useState(filters.search);
  const [creating, setCreating] = useState(false);

  // Typing searches after a short pause (each keystroke would be a request).
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => update({ search }), 200);
    return () => clearTimeout(timer);
  }, [search, filters.search, update]);

  const cursors = usePageCursors([apiFilter(filters), pageSize]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ClientListDocument,
    variables: {
      filter: {
        ...apiFilter(filters),
        after: cursors.cursorOf(pageIndex),
        page: { offset: pageIndex * pageSize, limit: pageSize },
      },
    },
    requestPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const setPage = (page: number) => {
    if (page === pageIndex + 1) cursors.remember(page, data?.clients.nextCursor);
    goToPage(page);
  };
  const applyFilters = (next: ClientFilters) => {
    setSearch(next.search);
    update(next);
  };

  const page = data?.clients;
  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;
  // Past 1,000 matches the server stops counting: "Plus de 1 000 clients", and the pagers offer a next page.
  const atLeast = page?.totalIsLowerBound === true;
  const totalText = new Intl.NumberFormat('fr-FR').format(total);

  return (
    <Page maxWidth={1200} pageTitle={t('clients.pageTitle')} institute={institute?.name}>
      <PageHeader
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {can('exportClientsCsv') ? <ExportClientsButton filter={apiFilter(filters)} /> : null}
            <Button variant="contained" onClick={() => setCreating(true)}>
              {t('clients.create')}
            </Button>
          </Box>
        }
      />

      <TextField
        fullWidth
        autoFocus
        type="search"
        label={t('clients.searchLabel')}
        placeholder={t('clients.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        sx={{ mb: 2, bgcolor: 'background.paper' }}
      />

      <ClientFiltersPanel
        filters={filters}
        update={update}
        onApply={applyFilters}
        onReset={() => applyFilters(NO_FILTERS)}
      />

      <DuplicatesPanel canMerge={can('mergeClients')} onChanged={reload} />

      <ListStatus
        count={
          page
            ? atLeast
              ? t('clients.countAtLeast', { total: totalText })
              : t('clients.count', { count: total })
            : ''
        }
        refreshing={fetching && page !== undefined}
      />
      {error && !fetching ? (
        <LoadError message={t('clients.loadError')} error={error} onRetry={reload} sx={{ mb: 2 }} />
      ) : null}
      {!page && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {page && rows.length === 0 ? <EmptyList text={t('clients.empty')} /> : null}

      {page && rows.length > 0 && cards ? <ClientResultCards rows={rows} /> : null}
      {page && rows.length > 0 && !cards ? (
        <ClientResultsTable
          rows={rows}
          sort={filters.sort}
          descending={filters.descending}
          onSort={(sort: ClientSort) => update(sortChange(filters, sort))}
          footer={
            <TablePager
              total={total}
              pageIndex={pageIndex}
              pageSize={pageSize}
              onPage={setPage}
              onPageSize={setPageSize}
              rowsPerPageLabel={t('clients.rowsPerPage')}
              atLeastLabel={
                atLeast
                  ? ({ from, to }) => t('clients.displayedRowsAtLeast', { from, to, total: totalText })
                  : undefined
              }
            />
          }
        />
      ) : null}
      {page && cards ? (
        <CardPager
          total={atLeast ? Math.max(total, (pageIndex + 1) * pageSize) + 1 : total}
          pageIndex={pageIndex}
          pageSize={pageSize}
          onPage={setPage}
          label={t('clients.pages')}
        />
      ) : null}

      {creating ? (
        <ClientFormDialog
          open
          client={null}
          onClose={() => setCreating(false)}
          onSaved={(c) => void navigate(`/clients/${c.id}`)}
        />
      ) : null}
    </Page>
  );
}
