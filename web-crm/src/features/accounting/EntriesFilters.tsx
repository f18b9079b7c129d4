import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { LocalDate } from '@serenaia/shared/paris-time';
import { useTranslation } from 'react-i18next';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { FilterCard } from '../../shared/page';

export interface EntriesFilter {
  from: LocalDate | null;
  to: LocalDate | null;
  journalCode: string;
  status: '' | 'draft' | 'validated';
  account: string;
}

/** The server's filter for the form's values: blank fields are left out (no filter on them). */
export function apiEntriesFilter(filter: EntriesFilter) {
  const account = filter.account.trim();
  return {
    ...(filter.from !== null ? { from: filter.from } : {}),
    ...(filter.to !== null ? { to: filter.to } : {}),
    ...(filter.journalCode !== '' ? { journalCode: filter.journalCode } : {}),
    ...(filter.status !== '' ? { validated: filter.status === 'validated' } : {}),
    ...(account !== '' ? { accountNumber: account } : {}),
  };
}

/** Period, journal, status and account of the entries browser. */
export function EntriesFilters({
  value,
  onChange,
  journals,
  invalidPeriod,
}: {
  value: EntriesFilter;
  onChange: (next: EntriesFilter) => void;
  journals: { code: string; label: string }[];
  invalidPeriod?: string;
}) {
  const { t } = useTranslation();
  return (
    <FilterCard label={t('accounting.entries.filters')} columns="repeat(5, 1fr)">
      <FrenchDateField
        label={t('accounting.period.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <FrenchDateField
        label={t('accounting.period.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        error={invalidPeriod}
      />
      <TextField
        select
        size="small"
        label={t('accounting.entries.journal')}
        value={value.journalCode}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        onChange={(e) => onChange({ ...value, journalCode: e.target.value })}
      >
        <MenuItem value="">{t('accounting.journals.all')}</MenuItem>
        {journals.map((journal) => (
          <MenuItem key={journal.code} value={journal.code}>
            {journal.code} · {journal.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('accounting.entries.status')}
        value={value.status}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        onChange={(e) => onChange({ ...value, status: e.target.value as EntriesFilter['status'] })}
      >
        <MenuItem value="">{t('accounting.entries.statusAll')}</MenuItem>
        <MenuItem value="draft">{t('accounting.entries.draft')}</MenuItem>
        <MenuItem value="validated">{t('accounting.entries.validated')}</MenuItem>
      </TextField>
      <TextField
        size="small"
        label={t('accounting.entries.account')}
        placeholder={t('accounting.entries.accountHelp')}
        value={value.account}
        onChange={(e) => onChange({ ...value, account: e.target.value.replace(/\s/g, '').slice(0, 16) })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      />
    </FilterCard>
  );
}
