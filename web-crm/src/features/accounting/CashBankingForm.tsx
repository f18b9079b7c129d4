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
import { FrenchDateField, useDateValidity } from '@serenaia/shared/FrenchDateField';
import { RecordCashBankingDocument } from '../../gql/graphql';
import { parseEuros } from '../../shared/money';

/** Three columns on a desktop, one on a phone. */
const FORM_GRID = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' },
  gap: 2,
} as const;

type Field = 'tillId' | 'amountCents' | 'depositedOn' | 'creditedOn';

/** Cash taken from a till to the bank: till, amount, day deposited, and the bank's credit day if known. */
export function CashBankingForm({
  today,
  tills,
  onDone,
}: {
  today: string;
  tills: readonly { id: string; name: string }[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [tillId, setTillId] = useState(tills[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [depositedOn, setDepositedOn] = useState(today);
  const [creditedOn, setCreditedOn] = useState('');
  const [slip, setSlip] = useState('');
  const dates = useDateValidity();
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [state, record] = useMutation(RecordCashBankingDocument);
  const server = fieldErrors(state.error);
  const problem =
    state.error && Object.keys(server).length === 0
      ? errorMessage(state.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
      : null;

  const submit = async () => {
    const cents = parseEuros(amount);
    const problems: Partial<Record<Field, string>> = {
      tillId: tillId === '' ? t('accounting.bank.required') : undefined,
      amountCents: cents === null || cents <= 0 ? t('accounting.bank.amountInvalid') : undefined,
      depositedOn: depositedOn === '' ? t('accounting.bank.required') : undefined,
    };
    setLocal(problems);
    if (dates.invalid || Object.values(problems).some((p) => p !== undefined)) return;
    const result = await record({
      input: {
        tillId,
        amountCents: cents!,
        depositedOn,
        creditedOn: creditedOn || null,
        slipRef: slip.trim() || null,
      },
    });
    if (result.data) {
      onDone(
        t('accounting.bank.cash.saved', { amount: formatEuros(result.data.recordCashBanking.amountCents) }),
      );
      setAmount('');
      setSlip('');
      setCreditedOn('');
    }
  };
  const err = (field: Field) => local[field] ?? server[field];

  return (
    <Card sx={{ mb: 2 }}>
      <CardContent
        component="form"
        noValidate
        aria-label={t('accounting.bank.cash.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('accounting.bank.cash.title')}
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
            label={t('accounting.bank.cash.till')}
            value={tillId}
            onChange={(e) => setTillId(e.target.value)}
            error={err('tillId') !== undefined}
            helperText={err('tillId')}
          >
            {tills.map((till) => (
              <MenuItem key={till.id} value={till.id}>
                {till.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth
            label={t('accounting.bank.cash.amount')}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={err('amountCents') !== undefined}
            helperText={err('amountCents')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
          <TextField
            fullWidth
            label={t('accounting.bank.cash.slip')}
            value={slip}
            onChange={(e) => setSlip(e.target.value)}
            error={server.slipRef !== undefined}
            helperText={server.slipRef}
          />
          <FrenchDateField
            fullWidth
            size="medium"
            label={t('accounting.bank.cash.depositedOn')}
            value={depositedOn || null}
            onChange={(day) => setDepositedOn(day ?? '')}
            onValidityChange={dates.validity('depositedOn')}
            error={err('depositedOn')}
          />
          <FrenchDateField
            fullWidth
            size="medium"
            label={t('accounting.bank.cash.creditedOn')}
            value={creditedOn || null}
            onChange={(day) => setCreditedOn(day ?? '')}
            onValidityChange={dates.validity('creditedOn')}
            error={err('creditedOn')}
            helperText={t('accounting.bank.cash.creditedOnHelp')}
          />
        </Box>
        <Button
          type="submit"
          variant="contained"
          disabled={state.fetching || tills.length === 0 || dates.invalid}
          sx={{ mt: 2, minHeight: 44, width: { xs: '100%', sm: 'auto' } }}
        >
          {t('accounting.bank.cash.add')}
        </Button>
      </CardContent>
    </Card>
  );
}
