import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatEuros } from '@serenaia/shared/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BankingDocument, type BankingQuery } from '../../gql/graphql';
import { LoadError } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { AmountCell, PHONE_CELLS, WIDE_ONLY } from './amounts';
import { useAccountingContext } from './AccountingPage';
import { CashBankingForm } from './CashBankingForm';
import { CreditCashDialog } from './CreditCashDialog';
import { PayoutForm } from './PayoutForm';
import { PayoutSyncBar } from './PayoutSyncBar';

const shortDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * « Banque »: the payouts of the payment providers (imported from Stripe's and SumUp's APIs, or typed)
 * and the cash taken to the bank, each with its entry posted at once (cases 8, 8b and 2 of the notes).
 */
export function BankPanel() {
  const { t } = useTranslation();
  const { today } = useAccountingContext();
  const { can } = usePermissions();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BankingDocument,
    requestPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string | null>(null);
  const [crediting, setCrediting] = useState<BankingQuery['cashBankings'][number] | null>(null);
  const refresh = (message: string) => {
    setDone(message);
    reexecute({ requestPolicy: 'network-only' });
  };
  return (
    <Box component="section" aria-label={t('accounting.tabs.bank')}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('accounting.bank.intro')}
      </Typography>
      {done ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setDone(null)}>
          {done}
        </Alert>
      ) : null}
      {error ? (
        <LoadError
          message={t('accounting.bank.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {data === undefined && fetching ? <Skeleton variant="rounded" height={240} /> : null}
      {can('syncProviderPayouts') ? <PayoutSyncBar onDone={refresh} /> : null}
      {can('recordPayout') ? <PayoutForm today={today} onDone={refresh} /> : null}
      {data ? (
        <Card sx={{ mb: 4 }}>
          {data.payouts.length === 0 ? (
            <Alert severity="info">{t('accounting.bank.payouts.empty')}</Alert>
          ) : (
            <Table size="small" aria-label={t('accounting.bank.payouts.title')} sx={PHONE_CELLS}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('accounting.bank.columns.date')}</TableCell>
                  <TableCell>{t('accounting.bank.columns.provider')}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t('accounting.bank.columns.reference')}</TableCell>
                  <TableCell align="right" sx={WIDE_ONLY}>
                    {t('accounting.bank.payouts.gross')}
                  </TableCell>
                  <TableCell align="right" sx={WIDE_ONLY}>
                    {t('accounting.bank.payouts.fees')}
                  </TableCell>
                  <TableCell align="right">{t('accounting.bank.payouts.net')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.payouts.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(p.paidOn)}</TableCell>
                    <TableCell>{t(`accounting.bank.providers.${p.provider}`)}</TableCell>
                    <TableCell sx={WIDE_ONLY}>{p.providerPayoutId ?? '—'}</TableCell>
                    <TableCell align="right" sx={{ ...WIDE_ONLY, whiteSpace: 'nowrap' }}>
                      {formatEuros(p.grossCents)}
                    </TableCell>
                    <TableCell align="right" sx={{ ...WIDE_ONLY, whiteSpace: 'nowrap' }}>
                      {p.feeCents === 0 ? '' : formatEuros(p.feeCents)}
                    </TableCell>
                    <AmountCell cents={p.netCents} showZero />
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      ) : null}
      {data && can('recordCashBanking') ? (
        <CashBankingForm today={today} tills={data.tills} onDone={refresh} />
      ) : null}
      {data ? (
        <Card>
          {data.cashBankings.length === 0 ? (
            <Alert severity="info">{t('accounting.bank.cash.empty')}</Alert>
          ) : (
            <Table size="small" aria-label={t('accounting.bank.cash.title')} sx={PHONE_CELLS}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('accounting.bank.cash.depositedOn')}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t('accounting.bank.columns.till')}</TableCell>
                  <TableCell sx={WIDE_ONLY}>{t('accounting.bank.cash.slip')}</TableCell>
                  <TableCell align="right">{t('accounting.bank.cash.amount')}</TableCell>
                  <TableCell>{t('accounting.bank.columns.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.cashBankings.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(c.depositedOn)}</TableCell>
                    <TableCell sx={WIDE_ONLY}>{c.tillName}</TableCell>
                    <TableCell sx={WIDE_ONLY}>{c.slipRef ?? '—'}</TableCell>
                    <AmountCell cents={c.amountCents} showZero />
                    <TableCell>
                      {c.creditedOn !== null ? (
                        <Chip size="small" color="success" label={shortDate(c.creditedOn)} />
                      ) : can('recordCashBankingCredit') ? (
                        <Button size="small" variant="outlined" onClick={() => setCrediting(c)}>
                          {t('accounting.bank.cash.credit')}
                        </Button>
                      ) : (
                        <Chip size="small" label={t('accounting.bank.cash.pending')} />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      ) : null}
      {crediting !== null ? (
        <CreditCashDialog
          banking={crediting}
          today={today}
          onClose={() => setCrediting(null)}
          onDone={(message) => {
            setCrediting(null);
            refresh(message);
          }}
        />
      ) : null}
    </Box>
  );
}
