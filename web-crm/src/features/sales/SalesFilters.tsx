import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { eurosInput, parseEuros } from '../../shared/money';
import { FilterCard } from '../../shared/page';
import { filterProblems, NO_FILTERS, SALE_STATES, type SalesFilters as Filters } from './sales-filter';

/** An amount typed in euros, applied on Enter or when leaving the field; empty clears it. */
function AmountField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: number | null;
  onChange: (cents: number | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : eurosInput(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value === null ? '' : eurosInput(value));
    setInvalid(false);
  }, [value]);
  const commit = () => {
    if (text.trim() === '') {
      setInvalid(false);
      if (value !== null) onChange(null);
      return;
    }
    const cents = parseEuros(text);
    setInvalid(cents === null);
    if (cents !== null && cents !== value) onChange(cents);
  };
  const message = invalid ? t('sales.filters.amountInvalid') : error;
  return (
    <TextField
      size="small"
      label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={message !== undefined}
      helperText={message}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
    />
  );
}

/** The history's filters: Paris period, till, status, amount range, and the client filter when set. */
export function SalesFilters({
  value,
  onChange,
  tills,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  tills: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const problems = filterProblems(value);
  const update = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <FilterCard label={t('sales.filters.label')} columns="repeat(4, minmax(0, 1fr))">
      <FrenchDateField
        label={t('sales.filters.from')}
        value={value.from}
        onChange={(from) => update({ from })}
      />
      <FrenchDateField
        label={t('sales.filters.to')}
        value={value.to}
        onChange={(to) => update({ to })}
        error={problems.period ? t('sales.filters.periodProblem') : undefined}
      />
      <TextField
        select
        size="small"
        label={t('sales.filters.till')}
        value={value.tillId ?? ''}
        onChange={(e) => update({ tillId: e.target.value === '' ? null : e.target.value })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('sales.filters.allTills')}</MenuItem>
        {tills.map((till) => (
          <MenuItem key={till.id} value={till.id}>
            {till.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('sales.filters.state')}
        value={value.state ?? ''}
        onChange={(e) => update({ state: SALE_STATES.find((s) => s === e.target.value) ?? null })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('sales.filters.allStates')}</MenuItem>
        {SALE_STATES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`sales.filters.states.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <AmountField
        label={t('sales.filters.min')}
        value={value.minCents}
        onChange={(minCents) => update({ minCents })}
      />
      <AmountField
        label={t('sales.filters.max')}
        value={value.maxCents}
        onChange={(maxCents) => update({ maxCents })}
        error={problems.amount ? t('sales.filters.amountProblem') : undefined}
      />
      <Button
        onClick={() => onChange(NO_FILTERS)}
        sx={{ minHeight: 40, gridColumn: { xs: '1 / -1', md: 'span 2' }, justifySelf: { md: 'end' } }}
      >
        {t('sales.filters.reset')}
      </Button>
      {value.clientId !== null ? (
        <Chip
          label={t('sales.filters.client')}
          onDelete={() => update({ clientId: null })}
          deleteIcon={undefined}
          aria-label={t('sales.filters.clearClient')}
          sx={{ gridColumn: '1 / -1', justifySelf: 'start' }}
        />
      ) : null}
    </FilterCard>
  );
}
