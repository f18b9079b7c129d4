import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  ClosePeriodDocument,
  ClosuresDocument,
  type ClosureFieldsFragment,
  type ClosurePeriod,
} from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { localDateOf } from '@serenaia/shared/paris-time';
import { useCurrentUser } from '../../shared/session';
import { useInstitute, type InstituteIdentity } from '../../shared/institute';
import { LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { periodLabel } from './closure-text';
import { ConfirmDialog } from '../../shared/dialogs';
import { ClosureRow } from './ClosureRow';
import { JournalPanel } from './JournalPanel';
import { MakeClosureCard } from './MakeClosureCard';
import { periodActions } from './period-actions';
import { TillPicker } from './TillPicker';
import { useTill, type TillSummary } from './useTill';
import { ZReport } from './ZReport';

const PERIODS: ClosurePeriod[] = ['DAY', 'MONTH', 'YEAR'];

/** `/caisse/clotures`: Z reports, monthly and annual closures, the journal's verification and archives. */
export function ClosuresPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { can } = usePermissions();
  return (
    <Page maxWidth={1200} pageTitle={t('till.closures.pageTitle')} institute={institute?.name}>
      <PageHeader
        title={t('till.closures.title')}
        subtitle={t('till.closures.subtitle')}
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        actions={
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            {can('sales') ? (
              <Button component={RouterLink} to="/caisse/ventes" variant="outlined" sx={{ minHeight: 48 }}>
                {t('till.tabs.sales')}
              </Button>
            ) : null}
            {can('cashSession') ? (
              <Button component={RouterLink} to="/caisse/session" variant="outlined" sx={{ minHeight: 48 }}>
                {t('till.closures.toSession')}
              </Button>
            ) : null}
          </Stack>
        }
      />
      <PermissionGate operation="closures" denied={t('till.denied')}>
        <ClosuresScreen institute={institute} />
      </PermissionGate>
    </Page>
  );
}

function ClosuresScreen({ institute }: { institute: InstituteIdentity | undefined }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const choice = useTill(!can('tills'));
  if (choice.error)
    return <LoadError message={t('till.loadError')} error={choice.error} onRetry={choice.retry} />;
  if (choice.till === undefined) {
    return choice.fetching ? (
      <Skeleton variant="rounded" height={320} />
    ) : (
      <Alert severity="info">{t('till.noTill')}</Alert>
    );
  }
  return (
    <>
      <TillPicker tills={choice.tills} value={choice.till.id} onChange={choice.choose} />
      <TillClosures key={choice.till.id} till={choice.till} institute={institute} />
    </>
  );
}

interface Pending {
  period: ClosurePeriod;
  date: string;
  text: string;
}

function TillClosures({ till, institute }: { till: TillSummary; institute: InstituteIdentity | undefined }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const { user } = useCurrentUser();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [period, setPeriod] = useState<ClosurePeriod>('DAY');
  const [{ data, fetching, error }, reload] = useQuery({
    query: ClosuresDocument,
    variables: { filter: { tillId: till.id } },
    requestPolicy: 'cache-and-network',
  });
  const [shown, setShown] = useState<ClosureFieldsFragment | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [closing, closePeriod] = useMutation(ClosePeriodDocument);
  const today = localDateOf(Date.now());
  const all = data?.closures ?? [];
  const actions = periodActions({
    today,
    closures: all,
    canClose: can('closePeriod'),
    isAdmin: user?.role === 'ADMIN',
  });

  const confirm = async () => {
    if (pending === null) return;
    const result = await closePeriod({
      input: { tillId: till.id, period: pending.period, date: pending.date },
    });
    setPending(null);
    if (result.data) {
      setNotice(t('till.closures.made', { number: result.data.closePeriod.number }));
      setPeriod(result.data.closePeriod.period);
      setShown(result.data.closePeriod);
      reload({ requestPolicy: 'network-only' });
    }
  };
  const ask = (p: ClosurePeriod, date: string) => {
    setNotice(null);
    const text =
      p === 'DAY'
        ? t('till.closures.confirmDay', { date: periodLabel('DAY', date) })
        : t('till.closures.confirmMonth', { period: periodLabel(p, date) });
    setPending({ period: p, date, text });
  };
  const rows = all.filter((c) => c.period === period).reverse();

  return (
    <Stack spacing={2}>
      {notice !== null ? (
        <Alert severity="success" role="status" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      {closing.error ? (
        <Alert severity="error">
          {errorMessage(closing.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
        </Alert>
      ) : null}
      {actions.day ? (
        <MakeClosureCard
          today={today}
          month={actions.month}
          year={actions.year}
          busy={closing.fetching}
          onAsk={ask}
        />
      ) : null}

      <Card component="section" aria-labelledby="till-list-title">
        <CardContent sx={{ p: { xs: 2, md: 3 } }}>
          <Typography id="till-list-title" variant="h6" component="h2">
            {t('till.closures.listTitle')}
          </Typography>
          <Tabs
            value={period}
            onChange={(_, p: ClosurePeriod) => setPeriod(p)}
            sx={{ mb: 1 }}
            variant="fullWidth"
          >
            {PERIODS.map((p) => (
              <Tab key={p} value={p} label={t(`till.closures.periods.${p}`)} sx={{ minHeight: 56 }} />
            ))}
          </Tabs>
          {error && data === undefined ? (
            <LoadError
              message={t('till.loadError')}
              error={error}
              onRetry={() => reload({ requestPolicy: 'network-only' })}
            />
          ) : data === undefined ? (
            fetching ? (
              <Skeleton variant="rounded" height={160} />
            ) : null
          ) : rows.length === 0 ? (
            <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
              {t('till.closures.empty')}
            </Typography>
          ) : (
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {rows.map((c) => (
                <ClosureRow key={c.id} closure={c} onShow={() => setShown(c)} />
              ))}
            </Box>
          )}
        </CardContent>
      </Card>

      <JournalPanel tillId={till.id} />

      {pending !== null && (
        <ConfirmDialog
          title={t('till.closures.confirmTitle')}
          body={pending.text}
          confirmLabel={t('till.closures.confirm')}
          backLabel={t('till.closures.cancel')}
          danger={false}
          busy={closing.fetching}
          serverError={null}
          onConfirm={() => void confirm()}
          onClose={() => setPending(null)}
        />
      )}
      <Dialog open={shown !== null} onClose={() => setShown(null)} fullScreen={phone} maxWidth="sm" fullWidth>
        <DialogContent>
          {shown !== null ? <ZReport closure={shown} tillName={till.name} institute={institute} /> : null}
        </DialogContent>
        <DialogActions className="till-no-print" sx={{ px: 3, pb: 2 }}>
          <Button onClick={() => setShown(null)} sx={{ minHeight: 48 }}>
            {t('till.report.close')}
          </Button>
          <Button variant="contained" onClick={() => window.print()} sx={{ minHeight: 48, px: 3 }}>
            {t('till.report.print')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
