import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  SyncProviderPayoutsDocument,
  type PayoutProvider,
  type SyncProviderPayoutsMutation,
} from '../../gql/graphql';

/** The providers whose API gives their payouts (PayPal's are typed from its statement). */
const SOURCES: readonly PayoutProvider[] = ['STRIPE', 'SUMUP'];

type Result = SyncProviderPayoutsMutation['syncProviderPayouts'];

/**
 * « Importer les virements Stripe / SumUp »: the provider's paid payouts of the last 90 days read through
 * its API and booked; those already recorded are left alone, those that cannot be booked are listed.
 */
export function PayoutSyncBar({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [state, sync] = useMutation(SyncProviderPayoutsDocument);
  const [running, setRunning] = useState<PayoutProvider | null>(null);
  const [failures, setFailures] = useState<Result['failures']>([]);

  const run = async (provider: PayoutProvider) => {
    setRunning(provider);
    setFailures([]);
    const result = await sync({ input: { provider } });
    setRunning(null);
    const synced = result.data?.syncProviderPayouts;
    if (!synced) return;
    setFailures(synced.failures);
    onDone(
      t('accounting.bank.sync.done', {
        provider: t(`accounting.bank.providers.${provider}`),
        count: synced.recorded.length,
        already: synced.alreadyRecorded,
      }),
    );
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {SOURCES.map((provider) => (
          <Button
            key={provider}
            variant="outlined"
            disabled={running !== null}
            onClick={() => void run(provider)}
          >
            {running === provider
              ? t('accounting.bank.sync.running')
              : t('accounting.bank.sync.button', { provider: t(`accounting.bank.providers.${provider}`) })}
          </Button>
        ))}
      </Box>
      {state.error && running === null ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errorMessage(state.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
        </Alert>
      ) : null}
      {failures.length > 0 ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {t('accounting.bank.sync.failures')}
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {failures.map((f) => (
              <li key={f.providerPayoutId}>
                {f.providerPayoutId} : {f.message}
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}
    </Box>
  );
}
