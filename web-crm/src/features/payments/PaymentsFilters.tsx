import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { FilterCard } from '../../shared/page';
import { PAYMENT_METHODS, PAYMENT_STATUSES, type LedgerFilters } from './payments-filter';

/** The ledger's filters: method, status, period (checked), and a reset. */
export function PaymentsFilters({
  filters,
  badPeriod,
  onChange,
}: {
  filters: LedgerFilters;
  badPeriod: boolean;
  onChange: (changes: Partial<LedgerFilters>) => void;
}) {
  const { t } = useTranslation();
  const hasFilter = filters.method || filters.status || filters.from || filters.to;
  return (
    <FilterCard label={t('payments.list.filters')} columns="repeat(4, minmax(0, 1fr)) auto">
      <TextField
        select
        size="small"
        label={t('payments.list.method')}
        value={filters.method ?? ''}
        onChange={(e) => onChange({ method: PAYMENT_METHODS.find((m) => m === e.target.value) ?? null })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('payments.list.all')}</MenuItem>
        {PAYMENT_METHODS.map((m) => (
          <MenuItem key={m} value={m}>
            {t(`payments.method.${m}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('payments.list.status')}
        value={filters.status ?? ''}
        onChange={(e) => onChange({ status: PAYMENT_STATUSES.find((s) => s === e.target.value) ?? null })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('payments.list.all')}</MenuItem>
        {PAYMENT_STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`payments.status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <FrenchDateField
        label={t('payments.list.from')}
        value={filters.from}
        onChange={(from) => onChange({ from })}
      />
      <FrenchDateField
        label={t('payments.list.to')}
        value={filters.to}
        onChange={(to) => onChange({ to })}
        error={badPeriod ? t('payments.list.periodError') : undefined}
      />
      <Button
        color="inherit"
        disabled={!hasFilter}
        onClick={() => onChange({ method: null, status: null, from: null, to: null })}
        sx={{ gridColumn: { xs: '1 / -1', md: 'auto' }, justifySelf: { xs: 'start', md: 'auto' } }}
      >
        {t('payments.list.reset')}
      </Button>
    </FilterCard>
  );
}
