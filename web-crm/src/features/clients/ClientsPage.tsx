import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import {
  ClientListDocument,
  ExportClientsDocument,
  SaveClientFilterDocument,
  SavedClientFiltersDocument,
  type ClientSort,
} from '../../gql/graphql';
import { useCurrentUser } from '../auth';
import { useInstitute } from '../institute';
import { formatShortDate } from '../../shared/date-format';
import { EmptyList, FilterCard, ListStatus, LoadError, Page, PageHeader } from '../../shared/page';
import { CardPager, TablePager, usePageCursors } from '../../shared/paging';
import { ClientFormDialog } from './ClientFormDialog';
import { displayPhone } from './phone';
import { DuplicatesPanel } from './DuplicatesPanel';
import {
  NO_FILTERS,
  NO_VISIT_MONTHS,
  apiFilter,
  filtersFromParams,
  filtersFromSaved,
  filtersToParams,
  hasFilter,
  type ClientFilters,
} from './clients-filter';

const SORTABLE: { sort: ClientSort; label: 'name' | 'lastVisit' | 'visits' | 'totalSpent' }[] = [
  { sort: 'NAME', label: 'name' },
  { sort: 'LAST_VISIT', label: 'lastVisit' },
  { sort: 'TOTAL_SPENT', label: 'totalSpent' },
];

/** `/clients`: instant search (the server's trigram search), filters, sort, paging, export, duplicates. */
export function ClientsPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const cards = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const navigate = useNavigate();
  const urql = useClient();
  const { institute } = useInstitute();
  const { user } = useCurrentUser();
  const admin = user?.role === 'ADMIN';
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageIndex = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const [pageSize, setPageSize] = useState(25);
  const [search, setSearch] = useState(filters.search);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);

  const update = useCallback(
    (changes: Partial<ClientFilters>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const merged = { ...filtersFromParams(prev), ...changes };
          for (const [key, value] of Object.entries(filtersToParams(merged))) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
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
  const [{ data: saved }, reloadSaved] = useQuery({ query: SavedClientFiltersDocument });
  const [, saveFilter] = useMutation(SaveClientFilterDocument);

  const setPage = (page: number) => {
    if (page === pageIndex + 1) cursors.remember(page, data?.clients.nextCursor);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (page <= 0) next.delete('page');
        else next.set('page', String(page + 1));
        return next;
      },
      { replace: true },
    );
  };
  const sortBy = (sort: ClientSort) =>
    update({ sort, descending: filters.sort === sort ? !filters.descending : sort !== 'NAME' });

  const exportCsv = async () => {
    setExporting(true);
    const result = await urql.query(ExportClientsDocument, { filter: apiFilter(filters) }).toPromise();
    setExporting(false);
    const csv = result.data?.exportClientsCsv.csv;
    if (!csv) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'clients.csv';
    a.click();
    URL.revokeObjectURL(url);
  };
  const saveCurrent = async () => {
    const name = window.prompt(t('clients.filterName'));
    if (!name?.trim()) return;
    await saveFilter({ input: { name: name.trim(), filter: apiFilter(filters) } });
    reloadSaved({ requestPolicy: 'network-only' });
  };

  const page = data?.clients;
  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;
  const tags = (list: readonly string[]) =>
    list.map((tag) => <Chip key={tag} label={tag} size="small" sx={{ mr: 0.5, mb: 0.5 }} />);
  const lastVisit = (at: string | null | undefined) => (at ? formatShortDate(at) : t('clients.never'));

  return (
    <Page maxWidth={1200} pageTitle={t('clients.pageTitle')} institute={institute?.name}>
      <PageHeader
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {admin ? (
              <Button variant="outlined" disabled={exporting} onClick={() => void exportCsv()}>
                {t('clients.export')}
              </Button>
            ) : null}
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

      <FilterCard label={t('clients.filters')} columns="repeat(4, minmax(0, 1fr))">
        <TextField
          size="small"
          label={t('clients.tags')}
          defaultValue={filters.tags.join(', ')}
          key={filters.tags.join(',')}
          onBlur={(e) =>
            update({
              tags: e.target.value
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean),
            })
          }
        />
        <TextField
          select
          size="small"
          label={t('clients.noVisit')}
          value={filters.noVisitForMonths ?? ''}
          onChange={(e) =>
            update({ noVisitForMonths: e.target.value === '' ? null : Number(e.target.value) })
          }
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('clients.any')}</MenuItem>
          {NO_VISIT_MONTHS.map((m) => (
            <MenuItem key={m} value={m}>
              {t('clients.noVisitMonths', { count: m })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="number"
          label={t('clients.minSpent')}
          defaultValue={filters.minSpentEuros ?? ''}
          key={`min-${filters.minSpentEuros ?? ''}`}
          slotProps={{ htmlInput: { min: 0, step: 10 } }}
          onBlur={(e) =>
            update({
              minSpentEuros: e.target.value === '' ? null : Math.max(0, Math.floor(Number(e.target.value))),
            })
          }
        />
        <TextField
          select
          size="small"
          label={t('clients.marketing')}
          value={filters.marketingConsent === null ? '' : filters.marketingConsent ? 'oui' : 'non'}
          onChange={(e) =>
            update({ marketingConsent: e.target.value === '' ? null : e.target.value === 'oui' })
          }
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('clients.any')}</MenuItem>
          <MenuItem value="oui">{t('clients.yes')}</MenuItem>
          <MenuItem value="non">{t('clients.no')}</MenuItem>
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={filters.birthdayThisMonth}
              onChange={(e) => update({ birthdayThisMonth: e.target.checked })}
            />
          }
          label={t('clients.birthday')}
        />
        <FormControlLabel
          control={
            <Switch checked={filters.archived} onChange={(e) => update({ archived: e.target.checked })} />
          }
          label={t('clients.archived')}
        />
        <TextField
          select
          size="small"
          label={t('clients.savedFilters')}
          value=""
          onChange={(e) => {
            const chosen = saved?.savedClientFilters.find((f) => f.id === e.target.value);
            if (chosen) {
              const next = filtersFromSaved(chosen.filterJson);
              setSearch(next.search);
              update(next);
            }
          }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">—</MenuItem>
          {(saved?.savedClientFilters ?? []).map((f) => (
            <MenuItem key={f.id} value={f.id}>
              {f.name}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button size="small" disabled={!hasFilter(filters)} onClick={() => void saveCurrent()}>
            {t('clients.saveFilter')}
          </Button>
          <Button
            size="small"
            color="inherit"
            disabled={!hasFilter(filters)}
            onClick={() => {
              setSearch('');
              update(NO_FILTERS);
            }}
          >
            {t('clients.reset')}
          </Button>
        </Box>
      </FilterCard>

      <DuplicatesPanel admin={admin} onChanged={reload} />

      <ListStatus
        count={page ? t('clients.count', { count: total }) : ''}
        refreshing={fetching && page !== undefined}
      />
      {error && !fetching ? (
        <LoadError message={t('clients.loadError')} error={error} onRetry={reload} sx={{ mb: 2 }} />
      ) : null}
      {!page && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {page && rows.length === 0 ? <EmptyList text={t('clients.empty')} /> : null}

      {page && rows.length > 0 && cards ? (
        <Box
          component="ul"
          aria-label={t('clients.title')}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}
        >
          {rows.map(({ client: c, lastVisitAt, totalSpentCents }) => (
            <Card component="li" key={c.id} data-client-id={c.id}>
              <CardActionArea component={RouterLink} to={`/clients/${c.id}`}>
                <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 }, display: 'grid', gap: 0.5 }}>
                  <Typography sx={{ fontWeight: 700 }}>
                    {c.lastName} {c.firstName}
                  </Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {[displayPhone(c.phone), c.email].filter(Boolean).join(' · ')}
                  </Typography>
                  <Typography variant="body2">
                    {t('clients.column.lastVisit')} : {lastVisit(lastVisitAt)} ·{' '}
                    {formatEuros(totalSpentCents)}
                  </Typography>
                  {c.tags.length > 0 ? <Box>{tags(c.tags)}</Box> : null}
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Box>
      ) : null}

      {page && rows.length > 0 && !cards ? (
        <Card>
          <TableContainer>
            <Table size="small" aria-label={t('clients.title')}>
              <TableHead>
                <TableRow>
                  {SORTABLE.slice(0, 1).map((s) => (
                    <TableCell key={s.sort}>
                      <TableSortLabel
                        active={filters.sort === s.sort}
                        direction={filters.sort === s.sort && filters.descending ? 'desc' : 'asc'}
                        onClick={() => sortBy(s.sort)}
                      >
                        {t(`clients.column.${s.label}`)}
                      </TableSortLabel>
                    </TableCell>
                  ))}
                  <TableCell>{t('clients.column.contact')}</TableCell>
                  <TableCell>{t('clients.column.tags')}</TableCell>
                  <TableCell align="right">{t('clients.column.visits')}</TableCell>
                  {SORTABLE.slice(1).map((s) => (
                    <TableCell key={s.sort} align="right">
                      <TableSortLabel
                        active={filters.sort === s.sort}
                        direction={filters.sort === s.sort && filters.descending ? 'desc' : 'asc'}
                        onClick={() => sortBy(s.sort)}
                      >
                        {t(`clients.column.${s.label}`)}
                      </TableSortLabel>
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map(({ client: c, lastVisitAt, visits, totalSpentCents }) => (
                  <TableRow
                    key={c.id}
                    data-client-id={c.id}
                    hover
                    sx={{ cursor: 'pointer' }}
                    onClick={() => void navigate(`/clients/${c.id}`)}
                  >
                    <TableCell sx={{ fontWeight: 600 }}>
                      <RouterLink
                        to={`/clients/${c.id}`}
                        style={{ color: 'inherit', textDecoration: 'none' }}
                      >
                        {c.lastName} {c.firstName}
                      </RouterLink>
                    </TableCell>
                    <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                      {displayPhone(c.phone)}
                      {c.phone && c.email ? <br /> : null}
                      {c.email}
                    </TableCell>
                    <TableCell>{tags(c.tags)}</TableCell>
                    <TableCell align="right">{visits}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {lastVisit(lastVisitAt)}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {formatEuros(totalSpentCents)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePager
            total={total}
            pageIndex={pageIndex}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={setPageSize}
            rowsPerPageLabel={t('clients.rowsPerPage')}
          />
        </Card>
      ) : null}
      {page && cards ? (
        <CardPager
          total={total}
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
