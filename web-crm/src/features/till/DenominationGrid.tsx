import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros, formatPrice } from '@serenaia/shared/format';
import {
  countTotal,
  EURO_DENOMINATIONS,
  isNote,
  lineTotal,
  parseCount,
  withCount,
  type CashCount,
  type Denomination,
} from './denominations';

/**
 * Cash counted note by note and coin by coin, for a finger on a tablet: big − / + buttons, a count that
 * can also be typed, each line's subtotal and the live total. Notes on the left, coins on the right
 * from 1024 px; one column on a phone.
 */
export function DenominationGrid({
  value,
  onChange,
  errors = {},
  disabled = false,
}: {
  value: CashCount;
  onChange: (next: CashCount) => void;
  /** The server's message per denomination (from `extensions.fields`). */
  errors?: Partial<Record<Denomination, string>>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  // What is typed in a field that is not (yet) a whole number; cleared once it is one.
  const [drafts, setDrafts] = useState<Partial<Record<Denomination, string>>>({});
  const total = countTotal(value);

  const set = (d: Denomination, n: number) => {
    setDrafts((prev) => ({ ...prev, [d]: undefined }));
    onChange(withCount(value, d, n));
  };
  const row = (d: Denomination) => {
    const label = formatPrice(d);
    const name = t(isNote(d) ? 'till.grid.note' : 'till.grid.coin', { value: label });
    const n = value[d] ?? 0;
    const draft = drafts[d];
    const invalid = draft !== undefined;
    return (
      <Box
        key={d}
        role="group"
        aria-label={name}
        sx={{
          display: 'grid',
          // Fixed widths so that two halves fit a 1024 px tablet beside the menu; the subtotal takes the rest.
          gridTemplateColumns: '56px 48px minmax(48px, 60px) 48px minmax(0, 1fr)',
          alignItems: 'center',
          gap: 0.75,
          py: 0.5,
        }}
      >
        <Typography sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{label}</Typography>
        <IconButton
          aria-label={t('till.grid.minus', { value: label })}
          onClick={() => set(d, n - 1)}
          disabled={disabled || n === 0}
          sx={{ width: 48, height: 48, border: 1, borderColor: 'divider' }}
        >
          <RemoveIcon />
        </IconButton>
        <TextField
          value={draft ?? String(n)}
          onChange={(e) => {
            const parsed = parseCount(e.target.value);
            if (parsed === null) setDrafts((prev) => ({ ...prev, [d]: e.target.value }));
            else {
              setDrafts((prev) => ({ ...prev, [d]: e.target.value.trim() === '' ? '' : undefined }));
              onChange(withCount(value, d, parsed));
            }
          }}
          onFocus={(e) => e.target.select()}
          disabled={disabled}
          error={invalid || errors[d] !== undefined}
          helperText={errors[d]}
          slotProps={{
            htmlInput: {
              inputMode: 'numeric',
              'aria-label': t('till.grid.count', { value: label }),
              style: { textAlign: 'center', fontSize: '1.15rem', padding: '12px 4px' },
            },
          }}
        />
        <IconButton
          aria-label={t('till.grid.plus', { value: label })}
          onClick={() => set(d, n + 1)}
          disabled={disabled}
          sx={{ width: 48, height: 48, border: 1, borderColor: 'divider' }}
        >
          <AddIcon />
        </IconButton>
        <Typography
          variant="body2"
          color={n === 0 ? 'text.disabled' : 'text.primary'}
          noWrap
          sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
        >
          {formatEuros(lineTotal(value, d))}
        </Typography>
      </Box>
    );
  };

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }} aria-label={t('till.grid.label')}>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          columnGap: 3,
        }}
      >
        <Box>{EURO_DENOMINATIONS.filter(isNote).map(row)}</Box>
        <Box>{EURO_DENOMINATIONS.filter((d) => !isNote(d)).map(row)}</Box>
      </Box>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          flexWrap: 'wrap-reverse',
          gap: 1,
          mt: 2,
          pt: 2,
          borderTop: 1,
          borderColor: 'divider',
        }}
      >
        <Button
          onClick={() => onChange({})}
          disabled={disabled || total === 0}
          sx={{ minHeight: 48, whiteSpace: 'nowrap' }}
        >
          {t('till.grid.reset')}
        </Button>
        <Typography
          variant="h5"
          component="p"
          role="status"
          sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', ml: 'auto' }}
        >
          {t('till.grid.total')} : <strong>{formatEuros(total)}</strong>
        </Typography>
      </Box>
    </Box>
  );
}
