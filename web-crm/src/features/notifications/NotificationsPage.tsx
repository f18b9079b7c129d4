import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import type { CombinedError } from '@urql/core';
import { Fragment, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { NotificationsDocument } from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { useInstitute } from '../../shared/institute';
import { formatDateTime } from '../../shared/date-format';
import { ChannelIcon, NotificationStatus } from './NotificationDetail';
import { NotificationFilters } from './NotificationFilters';
import { ResendButton } from './ResendButton';
import { displayRecipient, type LogNotification } from './notification-format';
import {
  apiFilter,
  filtersFromParams,
  filtersToParams,
  periodProblem,
  type LogFilters,
} from './notifications-filter';
import { EmptyList, ListStatus, LoadError, Page, PageHeader } from '../../shared/page';
import { CardPager, TablePager } from '../../shared/paging';

interface Notice {
  severity: 'success' | 'error';
  message: string;
}

/** `/notifications` ("Messages"): every e-mail and SMS, filtered, paged, with the failures' errors and a resend. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const cards = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const { institute } = useInstitute();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageIndex = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const [pageSize, setPageSize] = useState(25);
  const badPeriod = periodProblem(filters);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationsDocument,
    variables: { filter: apiFilter(filters), page: { offset: pageIndex * pageSize, limit: pageSize } },
    requestPolicy: 'cache-and-network',
    pause: badPeriod,
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [notice, setNotice] = useState<Notice | null>(null);

  const update = (changes: Partial<LogFilters>) =>
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

  const onResent = () => {
    reload();
    setNotice({ severity: 'success', message: t('notifications.resend.done') });
  };
  const onFailed = (e: CombinedError | undefined) =>
    setNotice({
      severity: 'error',
      message: `${t('notifications.resend.error')} ${
        e ? errorMessage(e, { network: t('errors.network'), unexpected: t('errors.unexpected') }) : ''
      }`.trim(),
    });

  const page = data?.notifications;
  const total = page?.total ?? 0;
  const rows = page?.items ?? [];

  const recipient = (n: LogNotification) =>
    n.recipient === '' ? (
      <Typography component="span" variant="body2" color="text.secondary">
        {t('notifications.list.noRecipient')}
      </Typography>
    ) : n.channel === 'SMS' ? (
      // A phone number stays on one line.
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {displayRecipient(n.recipient)}
      </Box>
    ) : (
      // An address breaks before its @ when the column is narrow, anywhere else only if it must.
      <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
        {n.recipient.split('@').map((part, i) =>
          i === 0 ? (
            part
          ) : (
            <Fragment key={i}>
              <wbr />@{part}
            </Fragment>
          ),
        )}
      </Box>
    );
  const booking = (n: LogNotification) =>
    n.bookingId ? (
      <Link component={RouterLink} to={`/agenda?rdv=${encodeURIComponent(n.bookingId)}`}>
        {n.clientName && n.bookingStart
          ? t('notifications.list.bookingOf', { client: n.clientName, date: formatDateTime(n.bookingStart) })
          : t('notifications.list.openBooking')}
      </Link>
    ) : null;
  const resend = (n: LogNotification) => (
    <ResendButton notification={n} onResent={onResent} onFailed={onFailed} />
  );
  const templateLabel = (n: LogNotification) => (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      <ChannelIcon channel={n.channel} />
      <span>{t(`notifications.template.${n.template}`)}</span>
    </Box>
  );

  return (
    <Page maxWidth={1200} pageTitle={t('notifications.pageTitle')} institute={institute?.name}>
      <PageHeader title={t('notifications.title')} subtitle={t('notifications.subtitle')} />

      <NotificationFilters filters={filters} badPeriod={badPeriod} onChange={update} />

      <ListStatus
        count={page ? t('notifications.list.count', { count: total }) : ''}
        refreshing={fetching && page !== undefined}
      />

      {error && !fetching ? (
        <LoadError
          message={t('notifications.list.loadError')}
          error={error}
          onRetry={reload}
          sx={{ mb: 2 }}
        />
      ) : null}

      {!page && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {page && rows.length === 0 ? <EmptyList text={t('notifications.list.empty')} /> : null}

      {page && rows.length > 0 && cards ? (
        <Box
          component="ul"
          aria-label={t('notifications.title')}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}
        >
          {rows.map((n) => (
            <Card component="li" key={n.id} data-notification-id={n.id}>
              <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 }, display: 'grid', gap: 0.75 }}>
                <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
                  <Typography component="div" sx={{ fontWeight: 700, flexGrow: 1, minWidth: 0 }}>
                    {templateLabel(n)}
                  </Typography>
                  <Typography
                    variant="body2"
                    color="text.secondary"
                    sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                  >
                    {formatDateTime(n.createdAt)}
                  </Typography>
                </Box>
                <Typography variant="body2">{recipient(n)}</Typography>
                <NotificationStatus notification={n} />
                <Box
                  sx={{
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'space-between',
                    gap: 1,
                    minHeight: 32,
                  }}
                >
                  <Typography variant="body2" component="div" sx={{ minWidth: 0 }}>
                    {booking(n)}
                  </Typography>
                  {resend(n)}
                </Box>
              </CardContent>
            </Card>
          ))}
        </Box>
      ) : null}

      {page && rows.length > 0 && !cards ? (
        <Card>
          <TableContainer>
            <Table size="small" aria-label={t('notifications.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('notifications.list.date')}</TableCell>
                  <TableCell>{t('notifications.list.template')}</TableCell>
                  <TableCell>{t('notifications.list.recipient')}</TableCell>
                  <TableCell>{t('notifications.list.booking')}</TableCell>
                  <TableCell sx={{ width: '30%' }}>{t('notifications.list.status')}</TableCell>
                  <TableCell align="right">{t('notifications.list.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((n) => (
                  <TableRow key={n.id} data-notification-id={n.id} hover sx={{ verticalAlign: 'top' }}>
                    <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {formatDateTime(n.createdAt)}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{templateLabel(n)}</TableCell>
                    <TableCell sx={{ maxWidth: 240 }}>{recipient(n)}</TableCell>
                    <TableCell>{booking(n)}</TableCell>
                    <TableCell>
                      <NotificationStatus notification={n} />
                    </TableCell>
                    <TableCell align="right" sx={{ py: 0.5 }}>
                      {resend(n)}
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
            rowsPerPageLabel={t('notifications.list.rowsPerPage')}
          />
        </Card>
      ) : null}

      {page && cards ? (
        <CardPager
          total={total}
          pageIndex={pageIndex}
          pageSize={pageSize}
          onPage={setPage}
          label={t('notifications.list.pages')}
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
