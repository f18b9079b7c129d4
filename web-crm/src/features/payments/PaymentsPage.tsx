import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import { PaymentsDocument } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { localDateOf } from '@serenaia/shared/paris-time';
import { useInstitute } from '../../shared/institute';
import { RefundButton } from './BookingPaymentSection';
import { formatDateTime } from '../../shared/date-format';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { PaymentStatusChip } from './PaymentStatusChip';
import { type LedgerPayment } from './payment-summary';
import { downloadText, exportFileName, fetchAllPayments } from './payments-export';
import { paymentsCsv, type CsvLabels } from './payments-csv';
import {
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  apiFilter,
  filtersFromParams,
  filtersToParams,
  periodProblem,
  type LedgerFilters,
} from './payments-filter';
import { useRefundPermission } from './refund-permission';
import { RefundDialog } from './RefundDialog';
import { EmptyList, FilterCard, ListStatus, LoadError, Page, PageHeader } from '../../shared/page';
import { CardPager, TablePager } from '../../shared/paging';

interface Notice {
  severity: 'success' | 'error';
  message: string;
}

export interface PaymentsPageProps {
  /** The clock (tests pass a fixed one). */
  clock?: () => number;
}

/** `/paiements`: the ledger, filtered (method, status, period), paged, refundable, exportable as CSV. */
export function PaymentsPage({ clock = Date.now }: PaymentsPageProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const cards = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const client = useClient();
  const { institute } = useInstitute();
  const { permission, recheck } = useRefundPermission();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageIndex = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const [pageSize, setPageSize] = useState(25);
  const badPeriod = periodProblem(filters);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PaymentsDocument,
    variables: { filter: apiFilter(filters, { offset: pageIndex * pageSize, limit: pageSize }) },
    requestPolicy: 'cache-and-network',
    pause: badPeriod,
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [refunding, setRefunding] = useState<LedgerPayment | null>(null);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const update = (changes: Partial<LedgerFilters>, page: number | null = null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        const merged = { ...filtersFromParams(prev), ...changes };
        for (const [key, value] of Object.entries(filtersToParams(merged))) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        if (page === null || page <= 0) next.delete('page');
        else next.set('page', String(page + 1));
        return next;
      },
      { replace: true },
    );
  const setPage = (page: number) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (page <= 0) next.delete('page');
        else next.set('page', String(page + 1));
        return next;
      },
      { replace: true },
    );

  const labels = (): CsvLabels => ({
    headers: t('payments.csv.headers', { returnObjects: true }),
    kind: t('payments.kind', { returnObjects: true }),
    method: t('payments.method', { returnObjects: true }),
    provider: t('payments.provider', { returnObjects: true }),
    status: t('payments.status', { returnObjects: true }),
  });
  const exportCsv = async () => {
    setExporting(true);
    try {
      const rows = await fetchAllPayments(client, filters);
      const today = localDateOf(clock());
      downloadText(exportFileName(t('payments.csv.fileName'), filters, today), paymentsCsv(rows, labels()));
      setNotice({ severity: 'success', message: t('payments.list.exported', { count: rows.length }) });
    } catch (e) {
      const detail =
        e instanceof Error && 'graphQLErrors' in e
          ? errorMessage(e as Parameters<typeof errorMessage>[0], {
              network: t('errors.network'),
              unexpected: t('errors.unexpected'),
            })
          : t('errors.unexpected');
      setNotice({ severity: 'error', message: `${t('payments.list.exportError')} ${detail}` });
    } finally {
      setExporting(false);
    }
  };

  const page = data?.payments;
  const total = page?.total ?? 0;
  const rows = page?.items ?? [];
  const hasFilter = filters.method || filters.status || filters.from || filters.to;

  const dateOf = (p: LedgerPayment) => formatDateTime(p.createdAt);
  const bookingLink = (p: LedgerPayment, placeholder = true) =>
    p.bookingId ? (
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
  const refunded = (p: LedgerPayment) => (p.refundedCents > 0 ? formatEuros(p.refundedCents) : '');

  return (
    <Page maxWidth={1200} pageTitle={t('payments.pageTitle')} institute={institute?.name}>
      <PageHeader
        title={t('payments.title')}
        subtitle={t('payments.subtitle')}
        sx={{ alignItems: 'flex-end', flexWrap: 'wrap' }}
        actions={
          <Button
            variant="outlined"
            startIcon={<FileDownloadOutlined />}
            disabled={exporting || badPeriod}
            onClick={() => void exportCsv()}
            sx={{ width: { xs: '100%', sm: 'auto' } }}
          >
            {exporting ? t('payments.list.exporting') : t('payments.list.export')}
          </Button>
        }
      />

      <FilterCard label={t('payments.list.filters')} columns="repeat(4, minmax(0, 1fr)) auto">
        <TextField
          select
          size="small"
          label={t('payments.list.method')}
          value={filters.method ?? ''}
          onChange={(e) => update({ method: PAYMENT_METHODS.find((m) => m === e.target.value) ?? null })}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('payments.list.all')}</MenuItem>
          {PAYMENT_METHODS.map((m) => (
            <MenuItem key={m} value={m}>
              {t(`payments.method.${m}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('payments.list.status')}
          value={filters.status ?? ''}
          onChange={(e) => update({ status: PAYMENT_STATUSES.find((s) => s === e.target.value) ?? null })}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('payments.list.all')}</MenuItem>
          {PAYMENT_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`payments.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <FrenchDateField
          label={t('payments.list.from')}
          value={filters.from}
          onChange={(from) => update({ from })}
        />
        <FrenchDateField
          label={t('payments.list.to')}
          value={filters.to}
          onChange={(to) => update({ to })}
          error={badPeriod ? t('payments.list.periodError') : undefined}
        />
        <Button
          color="inherit"
          disabled={!hasFilter}
          onClick={() => update({ method: null, status: null, from: null, to: null })}
          sx={{ gridColumn: { xs: '1 / -1', md: 'auto' }, justifySelf: { xs: 'start', md: 'auto' } }}
        >
          {t('payments.list.reset')}
        </Button>
      </FilterCard>

      <ListStatus
        count={page ? t('payments.list.count', { count: total }) : ''}
        refreshing={fetching && page !== undefined}
      />
      {permission === 'denied' ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {t('payments.refund.adminOnly')}
        </Typography>
      ) : null}

      {error && !fetching ? (
        <LoadError message={t('payments.list.loadError')} error={error} onRetry={reload} sx={{ mb: 2 }} />
      ) : null}

      {!page && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {page && rows.length === 0 ? <EmptyList text={t('payments.list.empty')} /> : null}

      {page && rows.length > 0 && cards ? (
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
                  <Typography
                    sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                  >
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
                  {bookingLink(p, false)}
                  <RefundButton payment={p} permission={permission} onClick={() => setRefunding(p)} />
                </Box>
              </CardContent>
            </Card>
          ))}
        </Box>
      ) : null}

      {page && rows.length > 0 && !cards ? (
        <Card>
          <TableContainer>
            <Table size="small" aria-label={t('payments.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('payments.list.date')}</TableCell>
                  <TableCell>{t('payments.list.kind')}</TableCell>
                  <TableCell>{t('payments.list.method')}</TableCell>
                  <TableCell>{t('payments.list.status')}</TableCell>
                  <TableCell align="right">{t('payments.list.amount')}</TableCell>
                  <TableCell align="right">{t('payments.list.refunded')}</TableCell>
                  <TableCell>{t('payments.list.booking')}</TableCell>
                  <TableCell align="right">{t('payments.list.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((p) => (
                  <TableRow key={p.id} data-payment-id={p.id} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {dateOf(p)}
                    </TableCell>
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
                    <TableCell
                      align="right"
                      sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                    >
                      {refunded(p)}
                    </TableCell>
                    <TableCell>{bookingLink(p)}</TableCell>
                    <TableCell align="right" sx={{ py: 0.25 }}>
                      <RefundButton payment={p} permission={permission} onClick={() => setRefunding(p)} />
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
            rowsPerPageLabel={t('payments.list.rowsPerPage')}
          />
        </Card>
      ) : null}

      {page && cards ? (
        <CardPager
          total={total}
          pageIndex={pageIndex}
          pageSize={pageSize}
          onPage={setPage}
          label={t('payments.list.pages')}
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
            setNotice({
              severity: 'success',
              message: t('payments.refund.done', { amount: formatEuros(amount) }),
            });
          }}
        />
      ) : null}
      <Snackbar
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' ? 10_000 : 4_000}
        onClose={(_, reason) => reason !== 'clickaway' && setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert severity={notice.severity} variant="filled" onClose={() => setNotice(null)}>
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </Page>
  );
}
