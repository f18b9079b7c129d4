import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { formatEuros } from '@serenaia/shared/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AccountingEntriesDocument, AccountingSettingsDocument } from '../../gql/graphql';
import { LoadError } from '../../shared/page';
import { CardPager, PagedTable } from '../../shared/paging';
import { usePermissions } from '../../shared/permissions';
import { useAccountingContext } from './AccountingPage';
import { AmountCell } from './amounts';
import { EntriesFilters, apiEntriesFilter, type EntriesFilter } from './EntriesFilters';
import { EntryDrawer, type Entry } from './EntryDrawer';
import { EntryStatusChip } from './EntryStatusChip';
import { journalOptions } from './journal-options';
import { frenchDay } from './periods';
import { ValidateEntriesDialog } from './ValidateEntriesDialog';

const EMPTY: EntriesFilter = { from: null, to: null, journalCode: '', status: '', account: '' };

/** « Écritures »: the journal entries, filtered and paged; one opens in a drawer; drafts are validated. */
export function EntriesPanel() {
  const { t } = useTranslation();
  const { today } = useAccountingContext();
  const theme = useTheme();
  const cards = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const { can } = usePermissions();
  const [filter, setFilter] = useState<EntriesFilter>(EMPTY);
  const [pageIndex, setPageIndex] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [open, setOpen] = useState<Entry | null>(null);
  const [validating, setValidating] = useState(false);
  const [validated, setValidated] = useState<number | null>(null);
  const invalidPeriod =
    filter.from !== null && filter.to !== null && filter.from > filter.to
      ? t('accounting.period.invalid')
      : undefined;
  const [settings] = useQuery({ query: AccountingSettingsDocument });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AccountingEntriesDocument,
    variables: { filter: apiEntriesFilter(filter), page: { offset: pageIndex * pageSize, limit: pageSize } },
    pause: invalidPeriod !== undefined,
    requestPolicy: 'cache-and-network',
  });
  const change = (next: EntriesFilter) => {
    setFilter(next);
    setPageIndex(0);
  };
  const rows = data?.accountingEntries.items ?? [];
  const total = data?.accountingEntries.total ?? 0;
  return (
    <>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 2 }}>
        {can('validateEntries') ? (
          <Button
            variant="contained"
            onClick={() => setValidating(true)}
            sx={{ width: { xs: '100%', sm: 'auto' } }}
          >
            {t('accounting.entries.validate')}
          </Button>
        ) : null}
      </Box>
      <EntriesFilters
        value={filter}
        onChange={change}
        journals={journalOptions(settings.data?.accountingSettings.journals)}
        invalidPeriod={invalidPeriod}
      />
      {validated !== null ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setValidated(null)}>
          {validated === 0
            ? t('accounting.entries.validatedNone')
            : t('accounting.entries.validated', { count: validated })}
        </Alert>
      ) : null}
      {error ? (
        <LoadError
          message={t('accounting.entries.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          sx={{ mb: 2 }}
        />
      ) : null}
      {data === undefined && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {data?.accountingEntries ? (
        <Typography color="text.secondary" sx={{ mb: 1 }} role="status">
          {t('accounting.entries.count', { count: total })}
        </Typography>
      ) : null}
      {data?.accountingEntries && rows.length === 0 ? (
        <Alert severity="info">{t('accounting.entries.empty')}</Alert>
      ) : null}
      {rows.length > 0 && cards ? (
        <Stack spacing={1.5}>
          {rows.map((row) => (
            <Card key={row.id} variant="outlined">
              <CardActionArea
                onClick={() => setOpen(row)}
                aria-label={t('accounting.entries.open', { piece: row.pieceRef })}
              >
                <CardContent>
                  <Stack
                    direction="row"
                    sx={{ justifyContent: 'space-between', alignItems: 'baseline', gap: 1 }}
                  >
                    <Typography sx={{ fontWeight: 600 }}>
                      {row.journalCode} · {row.pieceRef}
                    </Typography>
                    <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                      {formatEuros(row.debitCents)}
                    </Typography>
                  </Stack>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {frenchDay(row.entryDate)} · {row.label}
                  </Typography>
                  <EntryStatusChip validated={row.validatedAt !== null} entryNum={row.entryNum ?? null} />
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
          <CardPager
            total={total}
            pageIndex={pageIndex}
            pageSize={pageSize}
            onPage={setPageIndex}
            label={t('accounting.tabs.entries')}
          />
        </Stack>
      ) : null}
      {rows.length > 0 && !cards ? (
        <PagedTable
          label={t('accounting.tabs.entries')}
          head={
            <>
              <TableCell>{t('accounting.entries.columns.date')}</TableCell>
              <TableCell>{t('accounting.entries.columns.journal')}</TableCell>
              <TableCell>{t('accounting.entries.columns.piece')}</TableCell>
              <TableCell>{t('accounting.entries.columns.label')}</TableCell>
              <TableCell align="right">{t('accounting.amounts.debit')}</TableCell>
              <TableCell align="right">{t('accounting.amounts.credit')}</TableCell>
              <TableCell>{t('accounting.entries.columns.status')}</TableCell>
            </>
          }
          total={total}
          pageIndex={pageIndex}
          pageSize={pageSize}
          onPage={setPageIndex}
          onPageSize={setPageSize}
          rowsPerPageLabel={t('accounting.entries.rowsPerPage')}
        >
          {rows.map((row) => (
            <TableRow key={row.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{frenchDay(row.entryDate)}</TableCell>
              <TableCell>{row.journalCode}</TableCell>
              <TableCell>
                <Link
                  component="button"
                  type="button"
                  onClick={() => setOpen(row)}
                  aria-label={t('accounting.entries.open', { piece: row.pieceRef })}
                >
                  {row.pieceRef}
                </Link>
              </TableCell>
              <TableCell>{row.label}</TableCell>
              <AmountCell cents={row.debitCents} />
              <AmountCell cents={row.creditCents} />
              <TableCell>
                <EntryStatusChip validated={row.validatedAt !== null} entryNum={row.entryNum ?? null} />
              </TableCell>
            </TableRow>
          ))}
        </PagedTable>
      ) : null}
      <EntryDrawer entry={open} onClose={() => setOpen(null)} />
      {validating ? (
        <ValidateEntriesDialog
          initialThrough={filter.to ?? today}
          onClose={() => setValidating(false)}
          onValidated={(count) => {
            setValidating(false);
            setValidated(count);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </>
  );
}
