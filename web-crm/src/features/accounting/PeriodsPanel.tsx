import LockOutlined from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { capitalize } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { addMonths } from '@serenaia/shared/paris-time';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LockPeriodDocument, PeriodLocksDocument } from '../../gql/graphql';
import { formatDateTime } from '../../shared/date-format';
import { ConfirmDialog } from '../../shared/dialogs';
import { LoadError } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { useAccountingContext } from './AccountingPage';
import { OpeningEntryForm } from './OpeningEntryForm';
import { frenchMonth, previousMonth } from './periods';

/** « Périodes »: the locked months, and « Clôturer la période » for a month not locked yet. */
export function PeriodsPanel() {
  const { t } = useTranslation();
  const { today } = useAccountingContext();
  const { can } = usePermissions();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PeriodLocksDocument,
    requestPolicy: 'cache-and-network',
  });
  const locked = new Set((data?.periodLocks ?? []).map((lock) => lock.month.slice(0, 7)));
  const last = previousMonth(today);
  const candidates = Array.from({ length: 13 }, (_, i) => addMonths(last, -i)).filter((m) => !locked.has(m));
  const [month, setMonth] = useState(last);
  const chosen = candidates.includes(month) ? month : (candidates[0] ?? '');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [lockState, lock] = useMutation(LockPeriodDocument);
  const [serverError, setServerError] = useState<string | null>(null);
  const confirm = async () => {
    const result = await lock({
      input: { year: Number(chosen.slice(0, 4)), month: Number(chosen.slice(5, 7)) },
    });
    if (result.data) {
      setConfirming(false);
      setDone(chosen);
      reexecute({ requestPolicy: 'network-only' });
    } else if (result.error) {
      setServerError(
        `${t('accounting.periods.lockError')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      );
    }
  };
  const locks = [...(data?.periodLocks ?? [])].sort((a, b) => b.month.localeCompare(a.month));
  return (
    <Box component="section" aria-label={t('accounting.periods.title')}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('accounting.periods.intro')}
      </Typography>
      {can('lockPeriod') && chosen !== '' ? (
        <Card sx={{ mb: 2 }}>
          <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              select
              size="small"
              label={t('accounting.periods.month')}
              value={chosen}
              onChange={(e) => setMonth(e.target.value)}
              sx={{ minWidth: 220, flexGrow: { xs: 1, sm: 0 } }}
            >
              {candidates.map((m) => (
                <MenuItem key={m} value={m}>
                  {capitalize(frenchMonth(m))}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="contained"
              startIcon={<LockOutlined />}
              onClick={() => {
                setServerError(null);
                setConfirming(true);
              }}
              sx={{ width: { xs: '100%', sm: 'auto' } }}
            >
              {t('accounting.periods.lock')}
            </Button>
          </CardContent>
        </Card>
      ) : null}
      {done ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setDone(null)}>
          {t('accounting.periods.locked', { month: capitalize(frenchMonth(done)) })}
        </Alert>
      ) : null}
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('accounting.periods.title')}
      </Typography>
      {error ? (
        <LoadError
          message={t('accounting.periods.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {data === undefined && fetching ? <Skeleton variant="rounded" height={120} /> : null}
      {data?.periodLocks && locks.length === 0 ? (
        <Alert severity="info">{t('accounting.periods.empty')}</Alert>
      ) : null}
      {locks.length > 0 ? (
        <Card>
          <List aria-label={t('accounting.periods.title')}>
            {locks.map((lockRow) => (
              <ListItem key={lockRow.month}>
                <ListItemIcon>
                  <LockOutlined color="action" />
                </ListItemIcon>
                <ListItemText
                  primary={capitalize(frenchMonth(lockRow.month))}
                  secondary={t('accounting.periods.lockedAt', { date: formatDateTime(lockRow.lockedAt) })}
                />
              </ListItem>
            ))}
          </List>
        </Card>
      ) : null}
      {can('recordOpeningEntry') ? <OpeningEntryForm today={today} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={t('accounting.periods.lockTitle', { month: frenchMonth(chosen) })}
          body={t('accounting.periods.lockBody', { month: frenchMonth(chosen) })}
          confirmLabel={t('accounting.periods.lockConfirm')}
          busy={lockState.fetching}
          serverError={serverError}
          onConfirm={() => void confirm()}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </Box>
  );
}
