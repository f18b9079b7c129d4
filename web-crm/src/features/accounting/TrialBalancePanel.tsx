import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { TrialBalanceDocument } from '../../gql/graphql';
import { LoadError } from '../../shared/page';
import { PeriodFields } from '../../shared/PeriodFields';
import { PrintButton } from '../../shared/print';
import { ACCOUNTING_PATH } from './AccountingPage';
import { AmountCell, PHONE_CELLS, WIDE_ONLY } from './amounts';
import { frenchDay, isPeriod } from './periods';
import { usePeriodParams } from './usePeriodParams';

/** « Balance générale »: debit, credit and balance per account over a period, with the totals; printable. */
export function TrialBalancePanel() {
  const { t } = useTranslation();
  const { from, to, params, setPeriod, set } = usePeriodParams();
  const validatedOnly = params.get('validees') === '1';
  const ready = isPeriod(from, to);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TrialBalanceDocument,
    variables: { period: { from: from ?? '', to: to ?? '', validatedOnly } },
    pause: !ready,
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.trialBalance ?? [];
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((s, row) => s + pick(row), 0);
  return (
    <Box component="section" aria-label={t('accounting.balance.title')}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          {t('accounting.balance.title')}
          {from && to ? (
            <Typography component="span" color="text.secondary" sx={{ display: 'block', fontSize: '1rem' }}>
              {frenchDay(from)} – {frenchDay(to)}
            </Typography>
          ) : null}
        </Typography>
        <PrintButton label={t('accounting.print')} />
      </Box>
      <PeriodFields
        from={from}
        to={to}
        onChange={setPeriod}
        labels={{ from: t('accounting.period.from'), to: t('accounting.period.to') }}
        invalid={from && to && from > to ? t('accounting.period.invalid') : undefined}
      >
        <FormControlLabel
          control={
            <Checkbox
              checked={validatedOnly}
              onChange={(e) => set({ validees: e.target.checked ? '1' : null })}
            />
          }
          label={t('accounting.balance.validatedOnly')}
        />
      </PeriodFields>
      {error ? (
        <LoadError
          message={t('accounting.balance.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {data === undefined && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {data?.trialBalance && rows.length === 0 ? (
        <Alert severity="info">{t('accounting.balance.empty')}</Alert>
      ) : null}
      {rows.length > 0 ? (
        <Card>
          <TableContainer>
            <Table size="small" aria-label={t('accounting.balance.title')} sx={PHONE_CELLS}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('accounting.balance.account')}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t('accounting.balance.label')}</TableCell>
                  <TableCell align="right">{t('accounting.amounts.debit')}</TableCell>
                  <TableCell align="right">{t('accounting.amounts.credit')}</TableCell>
                  <TableCell align="right">{t('accounting.amounts.balance')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.accountNumber} hover>
                    <TableCell>
                      <Link
                        component={RouterLink}
                        to={`${ACCOUNTING_PATH}/grand-livre?compte=${encodeURIComponent(row.accountNumber)}&du=${from ?? ''}&au=${to ?? ''}`}
                        aria-label={t('accounting.balance.openLedger', { account: row.accountNumber })}
                      >
                        {row.accountNumber}
                      </Link>
                      <Typography
                        variant="caption"
                        component="div"
                        color="text.secondary"
                        sx={{ display: { sm: 'none' } }}
                      >
                        {row.accountLabel}
                      </Typography>
                    </TableCell>
                    <TableCell sx={WIDE_ONLY}>{row.accountLabel}</TableCell>
                    <AmountCell cents={row.debitCents} />
                    <AmountCell cents={row.creditCents} />
                    <AmountCell cents={row.balanceCents} showZero />
                  </TableRow>
                ))}
                <TableRow sx={{ '& td': { fontWeight: 700 } }} data-testid="balance-totals">
                  <TableCell>{t('accounting.amounts.total')}</TableCell>
                  <TableCell sx={WIDE_ONLY} />
                  <AmountCell cents={sum((r) => r.debitCents)} showZero />
                  <AmountCell cents={sum((r) => r.creditCents)} showZero />
                  <AmountCell cents={sum((r) => r.balanceCents)} showZero />
                </TableRow>
              </TableBody>
            </Table>
          </TableContainer>
        </Card>
      ) : null}
    </Box>
  );
}
