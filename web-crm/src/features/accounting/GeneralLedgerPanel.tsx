import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AccountingSettingsDocument, GeneralLedgerDocument } from '../../gql/graphql';
import { LoadError } from '../../shared/page';
import { PeriodFields } from '../../shared/PeriodFields';
import { PrintButton } from '../../shared/print';
import { AccountPicker, type AccountOption } from './AccountPicker';
import { AmountCell, PHONE_CELLS, WIDE_ONLY } from './amounts';
import { frenchDay, isPeriod } from './periods';
import { usePeriodParams } from './usePeriodParams';

/** The chart's accounts, once per number, in number order. */
function accountOptions(accounts: readonly AccountOption[] | undefined): AccountOption[] {
  const byNumber = new Map<string, AccountOption>();
  for (const a of accounts ?? []) if (!byNumber.has(a.number)) byNumber.set(a.number, a);
  return [...byNumber.values()].sort((x, y) => x.number.localeCompare(y.number));
}

/** « Grand livre »: an account's lines over a period, with its opening, running and closing balance. */
export function GeneralLedgerPanel() {
  const { t } = useTranslation();
  const { from, to, params, setPeriod, set } = usePeriodParams();
  const account = params.get('compte') ?? '';
  const [settings] = useQuery({ query: AccountingSettingsDocument });
  const ready = isPeriod(from, to) && account.length >= 3;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GeneralLedgerDocument,
    variables: { input: { from: from ?? '', to: to ?? '', accountNumber: account, validatedOnly: false } },
    pause: !ready,
    requestPolicy: 'cache-and-network',
  });
  const ledger = ready ? data?.generalLedger : undefined;
  const options = accountOptions(settings.data?.accountingSettings.accounts);
  const accountLabel = options.find((o) => o.number === account)?.label;
  const lines = ledger?.lines ?? [];
  return (
    <Box component="section" aria-label={t('accounting.ledger.title')}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          {t('accounting.ledger.title')}
          {account ? ` · ${account}${accountLabel ? ` ${accountLabel}` : ''}` : ''}
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
        <AccountPicker
          label={t('accounting.ledger.account')}
          value={account}
          options={options}
          onChange={(number) => set({ compte: number })}
        />
      </PeriodFields>
      {account === '' ? <Alert severity="info">{t('accounting.ledger.choose')}</Alert> : null}
      {error && ready ? (
        <LoadError
          message={t('accounting.ledger.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {ready && ledger === undefined && fetching ? <Skeleton variant="rounded" height={320} /> : null}
      {ledger ? (
        <Card>
          <TableContainer>
            <Table size="small" aria-label={t('accounting.ledger.title')} sx={PHONE_CELLS}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('accounting.ledger.columns.date')}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t('accounting.ledger.columns.journal')}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t('accounting.ledger.columns.num')}</TableCell>
                  <TableCell>{t('accounting.ledger.columns.piece')}</TableCell>
                  <TableCell>{t('accounting.ledger.columns.label')}</TableCell>
                  <TableCell align="right">{t('accounting.amounts.debit')}</TableCell>
                  <TableCell align="right">{t('accounting.amounts.credit')}</TableCell>
                  <TableCell align="right">{t('accounting.amounts.balance')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                <TableRow sx={{ '& td': { fontStyle: 'italic' } }}>
                  <TableCell colSpan={5}>{t('accounting.ledger.opening')}</TableCell>
                  <TableCell sx={WIDE_ONLY} colSpan={2} />
                  <AmountCell cents={ledger.openingBalanceCents} showZero />
                </TableRow>
                {lines.map((line, index) => (
                  <TableRow key={`${line.entryId}-${index}`} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{frenchDay(line.entryDate)}</TableCell>
                    <TableCell sx={WIDE_ONLY}>{line.journalCode}</TableCell>
                    <TableCell sx={WIDE_ONLY}>{line.entryNum ?? ''}</TableCell>
                    <TableCell>{line.pieceRef}</TableCell>
                    <TableCell>{line.label}</TableCell>
                    <AmountCell cents={line.debitCents} />
                    <AmountCell cents={line.creditCents} />
                    <AmountCell cents={line.balanceCents} showZero />
                  </TableRow>
                ))}
                {lines.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={6}>{t('accounting.ledger.empty')}</TableCell>
                    <TableCell sx={WIDE_ONLY} colSpan={2} />
                  </TableRow>
                ) : null}
                <TableRow sx={{ '& td': { fontWeight: 700 } }}>
                  <TableCell colSpan={3}>{t('accounting.ledger.closing')}</TableCell>
                  <TableCell sx={WIDE_ONLY} colSpan={2} />
                  <AmountCell cents={lines.reduce((s, l) => s + l.debitCents, 0)} showZero />
                  <AmountCell cents={lines.reduce((s, l) => s + l.creditCents, 0)} showZero />
                  <AmountCell cents={ledger.closingBalanceCents} showZero />
                </TableRow>
              </TableBody>
            </Table>
          </TableContainer>
        </Card>
      ) : null}
    </Box>
  );
}
