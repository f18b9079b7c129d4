import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PaymentsDocument } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { useInstitute } from '../../shared/institute';
import { type LedgerPayment } from './payment-summary';
import { apiFilter, periodProblem } from './payments-filter';
import { PaymentsFilters } from './PaymentsFilters';
import { PaymentCards, PaymentsTable } from './PaymentsList';
import { useRefundPermission } from './refund-permission';
import { RefundDialog } from './RefundDialog';
import { useLedgerParams } from './useLedgerParams';
import { usePaymentsExport, type Notice } from './usePaymentsExport';
import { EmptyList, ListStatus, LoadError, Page, PageHeader } from '../../shared/page';
import { CardPager } from '../../shared/paging';

export interface PaymentsPageProps {
  /** The clock (tests pass a fixed one). */
  clock?: () => number;
}

/** `/paiements`: the ledger, filtered (method, status, period), paged, refundable, exportable as CSV. */
export function PaymentsPage({ clock = Date.now }: PaymentsPageProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const cards = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const { institute } = useInstitute();
  const { permission, recheck } = useRefundPermission();
  const { filters, pageIndex, update, setPage } = useLedgerParams();
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
  const [notice, setNotice] = useState<Notice | null>(null);
  const { exporting, exportCsv } = usePaymentsExport(filters, clock, setNotice);

  const page = data?.payments;
  const total = page?.total ?? 0;
  const rows = page?.items ?? [];

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

      <PaymentsFilters filters={filters} badPeriod={badPeriod} onChange={(changes) => update(changes)} />

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
        <PaymentCards rows={rows} permission={permission} onRefund={setRefunding} />
      ) : null}

      {page && rows.length > 0 && !cards ? (
        <PaymentsTable
          rows={rows}
          permission={permission}
          onRefund={setRefunding}
          total={total}
          pageIndex={pageIndex}
          pageSize={pageSize}
          onPage={setPage}
          onPageSize={setPageSize}
        />
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
