import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { RecordPayoutDocument, type PayoutProvider } from '../../gql/graphql';
import { parseEuros } from '../../shared/money';

const PROVIDERS: readonly PayoutProvider[] = ['STRIPE', 'PAYPAL', 'SUMUP'];
/** Three columns on a desktop, one on a phone. */
const FORM_GRID = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' },
  gap: 2,
} as const;

type Field = 'paidOn' | 'grossCents' | 'feeCents' | 'netCents';

/** A provider's payout typed from its statement: provider, day, gross, fees, net (= gross − fees). */
export function PayoutForm({ today, onDone }: { today: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [provider, setProvider] = useState<PayoutProvider>('STRIPE');
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [gross, setGross] = useState('');
  const [fees, setFees] = useState('');
  const [net, setNet] = useState('');
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [state, record] = useMutation(RecordPayoutDocument);
  const server = fieldErrors(state.error);
  const problem =
    state.error && Object.keys(server).length === 0
      ? errorMessage(state.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
      : null;
  const grossCents = parseEuros(gross);
  const feeCents = fees.trim() === '' ? 0 : parseEuros(fees);
  const expected = grossCents !== null && feeCents !== null ? grossCents - feeCents : null;

  const submit = async () => {
    const netCents = parseEuros(net);
    const problems: Partial<Record<Field, string>> = {
      paidOn: paidOn === '' ? t('accounting.bank.required') : undefined,
      grossCents: grossCents === null ? t('accounting.bank.amountInvalid') : undefined,
      feeCents: feeCents === null ? t('accounting.bank.amountInvalid') : undefined,
      netCents: netCents === null ? t('accounting.bank.amountInvalid') : undefined,
    };
    setLocal(problems);
    if (Object.values(problems).some((p) => p !== undefined)) return;
    const result = await record({
      input: {
        provider,
        providerPayoutId: reference.trim() || null,
        paidOn,
        grossCents: grossCents!,
        feeCents: feeCents!,
        netCents: netCents!,
      },
    });
    if (result.data) {
      onDone(
        t('accounting.bank.payouts.saved', {
          provider: t(`accounting.bank.providers.${provider}`),
          amount: formatEuros(result.data.recordPayout.netCents),
        }),
      );
      setReference('');
      setGross('');
      setFees('');
      setNet('');
    }
  };
  const err = (field: Field) => local[field] ?? server[field];
  const amount = (field: Field, label: string, value: string, set: (v: string) => void, help?: string) => (
    <TextField
      fullWidth
      label={label}
      value={value}
      onChange={(e) => set(e.target.value)}
      error={err(field) !== undefined}
      helperText={err(field) ?? help}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
    />
  );

  return (
    <Card sx={{ mb: 2 }}>
      <CardContent
        component="form"
        noValidate
        aria-label={t('accounting.bank.payouts.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('accounting.bank.payouts.title')}
        </Typography>
        {problem !== null ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        ) : null}
        <Box sx={FORM_GRID}>
          <TextField
            select
            fullWidth
            label={t('accounting.bank.payouts.provider')}
            value={provider}
            onChange={(e) => setProvider(e.target.value as PayoutProvider)}
          >
            {PROVIDERS.map((p) => (
              <MenuItem key={p} value={p}>
                {t(`accounting.bank.providers.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          <FrenchDateField
            fullWidth
            size="medium"
            label={t('accounting.bank.payouts.paidOn')}
            value={paidOn || null}
            onChange={(day) => setPaidOn(day ?? '')}
            error={err('paidOn')}
          />
          <TextField
            fullWidth
            label={t('accounting.bank.payouts.reference')}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            error={server.providerPayoutId !== undefined}
            helperText={server.providerPayoutId ?? t('accounting.bank.payouts.referenceHelp')}
          />
          {amount('grossCents', t('accounting.bank.payouts.gross'), gross, setGross)}
          {amount('feeCents', t('accounting.bank.payouts.fees'), fees, setFees)}
          {amount(
            'netCents',
            t('accounting.bank.payouts.net'),
            net,
            setNet,
            expected !== null && expected > 0
              ? t('accounting.bank.payouts.netHelp', { amount: formatEuros(expected) })
              : undefined,
          )}
        </Box>
        <Button
          type="submit"
          variant="contained"
          disabled={state.fetching}
          sx={{ mt: 2, minHeight: 44, width: { xs: '100%', sm: 'auto' } }}
        >
          {t('accounting.bank.payouts.add')}
        </Button>
      </CardContent>
    </Card>
  );
}
