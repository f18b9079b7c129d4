import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../shared/page';
import { NO_VISIT_MONTHS, type ClientFilters } from './clients-filter';
import { parseMinSpent, parseTags } from './client-list-params';
import { SavedClientFilters } from './SavedClientFilters';

interface Props {
  filters: ClientFilters;
  update: (changes: Partial<ClientFilters>) => void;
  /** A saved filter was picked (the search box takes its text too). */
  onApply: (filters: ClientFilters) => void;
  onReset: () => void;
}

/** The filters under the search box: tags, no visit for N months, spent, consent, birthday, archived, saved. */
export function ClientFiltersPanel({ filters, update, onApply, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <FilterCard label={t('clients.filters')} columns="repeat(4, minmax(0, 1fr))">
      <TextField
        size="small"
        label={t('clients.tags')}
        defaultValue={filters.tags.join(', ')}
        key={filters.tags.join(',')}
        onBlur={(e) => update({ tags: parseTags(e.target.value) })}
      />
      <TextField
        select
        size="small"
        label={t('clients.noVisit')}
        value={filters.noVisitForMonths ?? ''}
        onChange={(e) => update({ noVisitForMonths: e.target.value === '' ? null : Number(e.target.value) })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('clients.any')}</MenuItem>
        {NO_VISIT_MONTHS.map((m) => (
          <MenuItem key={m} value={m}>
            {t('clients.noVisitMonths', { count: m })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="number"
        label={t('clients.minSpent')}
        defaultValue={filters.minSpentEuros ?? ''}
        key={`min-${filters.minSpentEuros ?? ''}`}
        slotProps={{ htmlInput: { min: 0, step: 10 } }}
        onBlur={(e) => update({ minSpentEuros: parseMinSpent(e.target.value) })}
      />
      <TextField
        select
        size="small"
        label={t('clients.marketing')}
        value={filters.marketingConsent === null ? '' : filters.marketingConsent ? 'oui' : 'non'}
        onChange={(e) =>
          update({ marketingConsent: e.target.value === '' ? null : e.target.value === 'oui' })
        }
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('clients.any')}</MenuItem>
        <MenuItem value="oui">{t('clients.yes')}</MenuItem>
        <MenuItem value="non">{t('clients.no')}</MenuItem>
      </TextField>
      <FormControlLabel
        control={
          <Switch
            checked={filters.birthdayThisMonth}
            onChange={(e) => update({ birthdayThisMonth: e.target.checked })}
          />
        }
        label={t('clients.birthday')}
      />
      <FormControlLabel
        control={
          <Switch checked={filters.archived} onChange={(e) => update({ archived: e.target.checked })} />
        }
        label={t('clients.archived')}
      />
      <SavedClientFilters filters={filters} onApply={onApply} onReset={onReset} />
    </FilterCard>
  );
}
