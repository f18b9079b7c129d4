import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ClosureFieldsFragment } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { periodLabel } from './closure-text';

/** One closure in the list: number, period, tickets, total, perpetual total, and the Z report button. */
export function ClosureRow({ closure, onShow }: { closure: ClosureFieldsFragment; onShow: () => void }) {
  const { t } = useTranslation();
  const figure = (label: string, value: string) => (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{value}</Typography>
    </Box>
  );
  return (
    <Box
      component="li"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', md: '2.2fr 0.8fr 1fr 1.3fr auto' },
        gap: { xs: 1, md: 2 },
        alignItems: 'center',
        py: 1.5,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ gridColumn: { xs: '1 / -1', md: 'auto' } }}>
        <Typography sx={{ fontWeight: 600 }}>
          {t('till.closures.columns.number')} {closure.number} ·{' '}
          {periodLabel(closure.period, closure.firstDate)}
        </Typography>
        {closure.automatic ? (
          <Chip size="small" label={t('till.closures.automatic')} sx={{ mt: 0.5 }} />
        ) : null}
      </Box>
      {figure(t('till.closures.columns.tickets'), String(closure.ticketCount))}
      {figure(t('till.closures.columns.total'), formatEuros(closure.totalInclCents))}
      {figure(t('till.closures.columns.perpetual'), formatEuros(closure.perpetualTotalCents))}
      <Button
        variant="outlined"
        onClick={onShow}
        sx={{ minHeight: 48 }}
        aria-label={`${t('till.closures.show')} ${periodLabel(closure.period, closure.firstDate)}`}
      >
        {t('till.closures.show')}
      </Button>
    </Box>
  );
}
