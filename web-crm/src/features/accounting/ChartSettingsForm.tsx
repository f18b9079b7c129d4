import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { capitalize } from '@serenaia/shared/format';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  UpdateAccountingSettingsDocument,
  type AccountingSettingsFieldsFragment,
  type DepositTreatment,
  type FecEncoding,
} from '../../gql/graphql';
import { SaveBar } from '../../shared/SaveBar';
import { useSettingsSave } from '../../shared/settings-save';
import { frenchMonth } from './periods';
import { accountUsage, journalUsage } from './usage-labels';

type Settings = AccountingSettingsFieldsFragment;
type Mapping = { key: string; number: string; label: string };
type Journal = { key: string; code: string; label: string };

const strip = <T extends object>(rows: readonly T[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== '__typename')) as T);

/** One row of the mapping: what it is for, then its editable fields (read-only without the right). */
function MappingRow({ usage, children }: { usage: string; children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr 2fr', md: '200px 160px 1fr' },
        alignItems: 'center',
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ gridColumn: { xs: '1 / -1', md: 'auto' } }}>
        {usage}
      </Typography>
      {children}
    </Box>
  );
}

/** « Plan comptable »: accounts, journal codes, fiscal year, FEC encoding, deposits; saved by an admin. */
export function ChartSettingsForm({ settings, editable }: { settings: Settings; editable: boolean }) {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<Mapping[]>(() => strip(settings.accounts));
  const [journals, setJournals] = useState<Journal[]>(() => strip(settings.journals));
  const [startMonth, setStartMonth] = useState(settings.fiscalYearStartMonth);
  const [encoding, setEncoding] = useState<FecEncoding>(settings.fecEncoding);
  const [deposit, setDeposit] = useState<DepositTreatment>(settings.depositTreatment);
  const [{ fetching }, update] = useMutation(UpdateAccountingSettingsDocument);
  const { serverErrors, feedback, edited, settle } = useSettingsSave<string>({
    saved: t('accounting.chart.saved'),
    saveError: t('accounting.chart.saveError'),
  });
  const field = (path: string) => serverErrors[path];
  const setAccount = (index: number, change: Partial<Mapping>) => {
    edited();
    setAccounts((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  };
  const setJournal = (index: number, change: Partial<Journal>) => {
    edited();
    setJournals((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  };
  const submit = async () => {
    const result = await update({
      input: {
        accounts,
        journals,
        fiscalYearStartMonth: startMonth,
        fecEncoding: encoding,
        depositTreatment: deposit,
      },
    });
    settle(result, (data) => {
      setAccounts(strip(data.updateAccountingSettings.accounts));
      setJournals(strip(data.updateAccountingSettings.journals));
    });
  };
  const readOnly = { htmlInput: { readOnly: !editable } };
  return (
    <Box
      component="form"
      noValidate
      aria-label={t('accounting.chart.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (editable) void submit();
      }}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Card>
        <CardContent
          sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}
        >
          <TextField
            select
            size="small"
            label={t('accounting.chart.fiscalYearStart')}
            value={startMonth}
            disabled={!editable}
            onChange={(e) => {
              edited();
              setStartMonth(Number(e.target.value));
            }}
          >
            {Array.from({ length: 12 }, (_, i) => (
              <MenuItem key={i + 1} value={i + 1}>
                {capitalize(frenchMonth(`2000-${String(i + 1).padStart(2, '0')}`).replace(' 2000', ''))}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('accounting.chart.fecEncoding')}
            value={encoding}
            disabled={!editable}
            onChange={(e) => {
              edited();
              setEncoding(e.target.value as FecEncoding);
            }}
          >
            <MenuItem value="UTF_8">UTF-8</MenuItem>
            <MenuItem value="ISO_8859_15">ISO-8859-15</MenuItem>
          </TextField>
          <TextField
            select
            size="small"
            label={t('accounting.chart.depositTreatment')}
            value={deposit}
            disabled={!editable}
            onChange={(e) => {
              edited();
              setDeposit(e.target.value as DepositTreatment);
            }}
          >
            <MenuItem value="ACOMPTE">{t('accounting.chart.deposit.ACOMPTE')}</MenuItem>
            <MenuItem value="ARRHES">{t('accounting.chart.deposit.ARRHES')}</MenuItem>
          </TextField>
        </CardContent>
      </Card>
      <Card component="section" aria-label={t('accounting.chart.journals')}>
        <CardContent sx={{ display: 'grid', gap: 1.5 }}>
          <Typography variant="h6" component="h2">
            {t('accounting.chart.journals')}
          </Typography>
          {journals.map((journal, i) => (
            <MappingRow key={journal.key} usage={journalUsage(journal.key)}>
              <TextField
                size="small"
                label={t('accounting.chart.code')}
                value={journal.code}
                onChange={(e) => setJournal(i, { code: e.target.value.toUpperCase() })}
                error={field(`journals.${i}.code`) !== undefined}
                helperText={field(`journals.${i}.code`)}
                slotProps={readOnly}
              />
              <TextField
                size="small"
                label={t('accounting.chart.label')}
                value={journal.label}
                onChange={(e) => setJournal(i, { label: e.target.value })}
                error={field(`journals.${i}.label`) !== undefined}
                helperText={field(`journals.${i}.label`)}
                slotProps={readOnly}
              />
            </MappingRow>
          ))}
        </CardContent>
      </Card>
      <Card component="section" aria-label={t('accounting.chart.accounts')}>
        <CardContent sx={{ display: 'grid', gap: 1.5 }}>
          <Typography variant="h6" component="h2">
            {t('accounting.chart.accounts')}
          </Typography>
          {accounts.map((account, i) => (
            <MappingRow key={account.key} usage={accountUsage(account.key)}>
              <TextField
                size="small"
                label={t('accounting.chart.number')}
                value={account.number}
                onChange={(e) => setAccount(i, { number: e.target.value.trim() })}
                error={field(`accounts.${i}.number`) !== undefined}
                helperText={field(`accounts.${i}.number`)}
                slotProps={readOnly}
              />
              <TextField
                size="small"
                label={t('accounting.chart.label')}
                value={account.label}
                onChange={(e) => setAccount(i, { label: e.target.value })}
                error={field(`accounts.${i}.label`) !== undefined}
                helperText={field(`accounts.${i}.label`)}
                slotProps={readOnly}
              />
            </MappingRow>
          ))}
        </CardContent>
      </Card>
      <Typography variant="body2" color="text.secondary">
        {t('accounting.chart.note')}
      </Typography>
      {editable ? (
        <SaveBar
          feedback={feedback}
          disabled={false}
          saving={fetching}
          label={t('dialogs.save')}
          savingLabel={t('dialogs.saving')}
        />
      ) : null}
    </Box>
  );
}
