import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnlineMethod } from './deposit-phase';

/** Card or PayPal, when the institute takes both: changing it opens a checkout for that method. */
export function MethodChoice({
  methods,
  value,
  onChange,
}: {
  methods: OnlineMethod[];
  value: OnlineMethod;
  onChange: (method: OnlineMethod) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <FormControl component="fieldset" sx={{ display: 'block', mb: 2.5 }}>
      <FormLabel
        id={labelId}
        component="legend"
        // The legend keeps its colour while a radio has the focus (the radio shows the focus).
        sx={{ fontWeight: 600, mb: 1, color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}
      >
        {t('deposit.methods.label')}
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby={labelId}
        value={value}
        onChange={(event) => onChange(event.target.value as OnlineMethod)}
        // Side by side, or one under the other on a screen too narrow for both labels.
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(9.5rem, 1fr))', gap: 1.5 }}
      >
        {methods.map((method) => (
          <FormControlLabel
            key={method}
            value={method}
            control={<Radio size="small" />}
            label={t(`deposit.methods.${method}`)}
            sx={{
              m: 0,
              pr: 1,
              minHeight: 48,
              border: 2,
              borderRadius: 2,
              borderColor: value === method ? 'primary.main' : 'divider',
              bgcolor: value === method ? 'action.hover' : 'transparent',
              '& .MuiFormControlLabel-label': {
                fontWeight: value === method ? 600 : 400,
                whiteSpace: 'nowrap',
              },
            }}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

export function AmountRow({
  label,
  amount,
  strong = false,
}: {
  label: string;
  amount: string;
  strong?: boolean;
}) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 2, py: 0.5 }}>
      <Typography
        component="dt"
        color={strong ? 'text.primary' : 'text.secondary'}
        sx={{ fontWeight: strong ? 600 : 400 }}
      >
        {label}
      </Typography>
      <Typography
        component="dd"
        sx={{
          m: 0,
          fontWeight: strong ? 700 : 500,
          fontSize: strong ? '1.35rem' : undefined,
          whiteSpace: 'nowrap',
        }}
      >
        {amount}
      </Typography>
    </Box>
  );
}
