import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { CashSessionDocument, OpenCashSessionDocument } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useInstitute } from '../../shared/institute';
import { LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { countErrors } from './count-errors';
import { DenominationGrid } from './DenominationGrid';
import { big, OpenedSession } from './OpenedSession';
import { countInput, countTotal, type CashCount } from './denominations';
import { TillPicker } from './TillPicker';
import { useTill } from './useTill';

/** `/caisse/session`: the till's cash session — open with a counted float, cash in/out, close with a count. */
export function CashSessionPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <Page maxWidth={1200} pageTitle={t('till.pageTitle')} institute={institute?.name}>
      <PageHeader
        title={t('till.title')}
        subtitle={t('till.subtitle')}
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        actions={
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            <Button component={RouterLink} to="/caisse/ventes" variant="outlined" sx={{ minHeight: 48 }}>
              {t('till.tabs.sales')}
            </Button>
            <Button component={RouterLink} to="/caisse/clotures" variant="outlined" sx={{ minHeight: 48 }}>
              {t('till.tabs.closures')}
            </Button>
          </Stack>
        }
      />
      <PermissionGate operation="cashSession" denied={t('till.denied')}>
        <SessionScreen />
      </PermissionGate>
    </Page>
  );
}

function SessionScreen() {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const choice = useTill(!can('tills'));
  const [notice, setNotice] = useState<string | null>(null);
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
      {notice !== null ? (
        <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 2 }} role="status">
          {notice}
        </Alert>
      ) : null}
      <TillSession key={choice.till.id} tillId={choice.till.id} onNotice={setNotice} />
    </>
  );
}

function TillSession({ tillId, onNotice }: { tillId: string; onNotice: (text: string | null) => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reload] = useQuery({
    query: CashSessionDocument,
    variables: { tillId },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  if (error && data === undefined)
    return <LoadError message={t('till.loadError')} error={error} onRetry={refresh} />;
  if (data === undefined) return fetching ? <Skeleton variant="rounded" height={320} /> : null;
  const session = data.cashSession;
  if (session === null)
    return (
      <OpenSessionCard
        tillId={tillId}
        onOpened={(text) => {
          onNotice(text);
          refresh();
        }}
      />
    );
  return <OpenedSession tillId={tillId} session={session} onNotice={onNotice} refresh={refresh} />;
}

function OpenSessionCard({ tillId, onOpened }: { tillId: string; onOpened: (text: string) => void }) {
  const { t } = useTranslation();
  const [count, setCount] = useState<CashCount>({});
  const [sent, setSent] = useState<CashCount>({});
  const [state, open] = useMutation(OpenCashSessionDocument);
  const fields = fieldErrors(state.error);
  const total = countTotal(count);
  const submit = async () => {
    setSent(count);
    const result = await open({ input: { tillId, counts: countInput(count) } });
    if (result.data) {
      onOpened(
        t('till.closed.opened', { amount: formatEuros(result.data.openCashSession.openingFloatCents) }),
      );
    }
  };
  return (
    <Card component="section" aria-labelledby="till-closed-title">
      <CardContent sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="till-closed-title" variant="h5" component="h2">
          {t('till.closed.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('till.closed.intro')}
        </Typography>
        {state.error && Object.keys(fields).length === 0 ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errorMessage(state.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
          </Alert>
        ) : null}
        <DenominationGrid
          value={count}
          onChange={setCount}
          errors={countErrors(fields, sent)}
          disabled={state.fetching}
        />
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 2 }}>
          <Button
            variant="contained"
            size="large"
            sx={big}
            disabled={state.fetching}
            onClick={() => void submit()}
          >
            {t('till.closed.open', { amount: formatEuros(total) })}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
