import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RecordOpeningEntryDocument } from '../../gql/graphql';
import { parseEuros } from '../../shared/money';

interface Line {
  key: number;
  account: string;
  label: string;
  debit: string;
  credit: string;
}
const ROW = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr 1fr', sm: '120px 1fr 130px 130px 48px' },
  gap: 1,
  alignItems: 'start',
  mb: 1,
  // On a phone each line is its own framed block (account and label, then debit and credit).
  borderWidth: { xs: 1, sm: 0 },
  borderStyle: 'solid',
  borderColor: 'divider',
  borderRadius: 1,
  p: { xs: 1, sm: 0 },
} as const;
let nextKey = 0;
const blank = (): Line => ({ key: ++nextKey, account: '', label: '', debit: '', credit: '' });
const cents = (text: string) => (text.trim() === '' ? 0 : parseEuros(text));

/** The opening entry (AN) of a fiscal year: account, debit, credit lines; balanced; once per year. */
export function OpeningEntryForm({ today }: { today: string }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(today.slice(0, 4));
  const [lines, setLines] = useState<Line[]>(() => [blank(), blank()]);
  const [done, setDone] = useState<string | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, record] = useMutation(RecordOpeningEntryDocument);
  const server = fieldErrors(state.error);
  const err = (field: string) => local[field] ?? server[field];
  const problem =
    state.error && Object.keys(server).length === 0
      ? errorMessage(state.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
      : null;
  const debit = lines.reduce((s, l) => s + (cents(l.debit) ?? 0), 0);
  const credit = lines.reduce((s, l) => s + (cents(l.credit) ?? 0), 0);
  const set = (key: number, change: Partial<Line>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...change } : l)));

  const submit = async () => {
    const problems: Record<string, string> = {};
    lines.forEach((l, i) => {
      if (l.account.trim() === '') problems[`lines.${i}.accountNumber`] = t('accounting.bank.required');
      if (cents(l.debit) === null) problems[`lines.${i}.debitCents`] = t('accounting.bank.amountInvalid');
      if (cents(l.credit) === null) problems[`lines.${i}.creditCents`] = t('accounting.bank.amountInvalid');
    });
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await record({
      input: {
        fiscalYear: Number(year),
        lines: lines.map((l) => ({
          accountNumber: l.account.trim(),
          accountLabel: l.label.trim() || null,
          debitCents: cents(l.debit)!,
          creditCents: cents(l.credit)!,
        })),
      },
    });
    if (result.data) {
      setDone(
        t('accounting.opening.saved', {
          date: result.data.recordOpeningEntry.entryDate.split('-').reverse().join('/'),
        }),
      );
      setLines([blank(), blank()]);
    }
  };

  return (
    <Card sx={{ mt: 4 }}>
      <CardContent
        component="form"
        noValidate
        aria-label={t('accounting.opening.title')}
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          void submit();
        }}
      >
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('accounting.opening.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('accounting.opening.intro')}
        </Typography>
        {problem !== null ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        ) : null}
        {done !== null ? (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {done}
          </Alert>
        ) : null}
        <TextField
          label={t('accounting.opening.fiscalYear')}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={err('fiscalYear') !== undefined}
          helperText={err('fiscalYear')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ mb: 2, width: { xs: '100%', sm: 200 } }}
        />
        {err('lines') !== undefined ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {err('lines')}
          </Alert>
        ) : null}
        {lines.map((l, i) => (
          <Box key={l.key} sx={ROW} role="group" aria-label={`${t('accounting.opening.account')} ${i + 1}`}>
            <TextField
              size="small"
              label={t('accounting.opening.account')}
              value={l.account}
              onChange={(e) => set(l.key, { account: e.target.value })}
              error={err(`lines.${i}.accountNumber`) !== undefined}
              helperText={err(`lines.${i}.accountNumber`)}
            />
            <TextField
              size="small"
              label={t('accounting.opening.label')}
              value={l.label}
              onChange={(e) => set(l.key, { label: e.target.value })}
            />
            <TextField
              size="small"
              label={t('accounting.opening.debit')}
              value={l.debit}
              onChange={(e) => set(l.key, { debit: e.target.value })}
              error={err(`lines.${i}.debitCents`) !== undefined}
              helperText={err(`lines.${i}.debitCents`)}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <TextField
              size="small"
              label={t('accounting.opening.credit')}
              value={l.credit}
              onChange={(e) => set(l.key, { credit: e.target.value })}
              error={err(`lines.${i}.creditCents`) !== undefined}
              helperText={err(`lines.${i}.creditCents`)}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <IconButton
              aria-label={t('accounting.opening.removeLine', { n: i + 1 })}
              disabled={lines.length <= 2}
              sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' }, justifySelf: { xs: 'end', sm: 'center' } }}
              onClick={() => setLines((ls) => ls.filter((x) => x.key !== l.key))}
            >
              <DeleteOutline />
            </IconButton>
          </Box>
        ))}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 1 }}>
          <Button startIcon={<AddOutlined />} onClick={() => setLines((ls) => [...ls, blank()])}>
            {t('accounting.opening.addLine')}
          </Button>
          <Typography color={debit === credit ? 'text.secondary' : 'error'} sx={{ flexGrow: 1 }}>
            {t('accounting.opening.totals', { debit: formatEuros(debit), credit: formatEuros(credit) })}
          </Typography>
          <Button
            type="submit"
            variant="contained"
            disabled={state.fetching}
            sx={{ minHeight: 44, width: { xs: '100%', sm: 'auto' } }}
          >
            {t('accounting.opening.save')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
