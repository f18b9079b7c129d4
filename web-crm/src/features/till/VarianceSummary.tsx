import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@serenaia/shared/format';
import { variance, varianceTone } from './denominations';

const TONE_COLOR = { balanced: 'success.main', over: 'warning.dark', short: 'error.main' } as const;
const TONE_SEVERITY = { balanced: 'success', over: 'warning', short: 'error' } as const;

/** Expected, counted and the variance between them, coloured when the drawer is not right. */
export function VarianceSummary({
  expectedCents,
  countedCents,
}: {
  expectedCents: number;
  countedCents: number;
}) {
  const { t } = useTranslation();
  const diff = variance(countedCents, expectedCents);
  const tone = varianceTone(diff);
  const signed = diff > 0 ? `+${formatEuros(diff)}` : formatEuros(diff);
  const cell = (label: string, value: string, color?: string, testId?: string) => (
    <Box sx={{ textAlign: 'center', p: 1.5, borderRadius: 2, bgcolor: 'action.hover' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        variant="h5"
        component="p"
        data-testid={testId}
        sx={{ color, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Typography>
    </Box>
  );
  return (
    <Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1.5 }}>
        {cell(t('till.closing.expected'), formatEuros(expectedCents))}
        {cell(t('till.closing.counted'), formatEuros(countedCents))}
        {cell(t('till.closing.variance'), signed, TONE_COLOR[tone], 'variance')}
      </Box>
      <Alert severity={TONE_SEVERITY[tone]} sx={{ mt: 1.5 }} data-tone={tone}>
        {tone === 'balanced'
          ? t('till.closing.balanced')
          : t(`till.closing.${tone}`, { amount: formatEuros(Math.abs(diff)) })}
      </Alert>
    </Box>
  );
}
