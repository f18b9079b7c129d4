import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { formatDuration, formatPrice } from '@serenaia/shared/format';
import type { CatalogService } from './types';

/** Steps 2 and 3: what has been chosen so far, and a way to change it. */
export function SelectionSummary({
  services,
  practitionerLabel,
  onEditServices,
}: {
  services: readonly CatalogService[];
  practitionerLabel: string | null;
  onEditServices: () => void;
}) {
  const { t } = useTranslation();
  const minutes = services.reduce((sum, s) => sum + s.durationMinutes, 0);
  const price = services.reduce((sum, s) => sum + s.priceCents, 0);
  return (
    <Card
      component="section"
      aria-label={t('servicesStep.summaryLabel')}
      sx={{ px: { xs: 2, sm: 2.5 }, py: 1.5, mb: 3, display: 'flex', gap: 2, alignItems: 'center' }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>{services.map((s) => s.name).join(', ')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {[formatDuration(minutes), formatPrice(price), practitionerLabel].filter(Boolean).join(' · ')}
        </Typography>
      </Box>
      <Link component="button" type="button" onClick={onEditServices} sx={{ fontWeight: 600, flexShrink: 0 }}>
        {t('booking.edit')}
        <Box component="span" sx={visuallyHidden}>
          {` ${t('booking.editServices')}`}
        </Box>
      </Link>
    </Card>
  );
}
