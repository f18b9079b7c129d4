import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatPrice } from '@serenaia/shared/format';

export interface ServiceLine {
  name: string;
  durationMinutes?: number | null;
  priceCents: number;
  /** Shown instead of the duration (e.g. "10:30 – 11:15"). */
  detail?: string;
}

/** Services with duration and price, then the total: recap, confirmation and manage pages. */
export function ServiceLines({ lines, totalCents }: { lines: readonly ServiceLine[]; totalCents?: number }) {
  const { t } = useTranslation();
  const minutes = lines.reduce((sum, line) => sum + (line.durationMinutes ?? 0), 0);
  const total = totalCents ?? lines.reduce((sum, line) => sum + line.priceCents, 0);
  return (
    <Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {lines.map((line, index) => (
          <Box
            component="li"
            key={`${index}-${line.name}`}
            sx={{ display: 'flex', gap: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
          >
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 500 }}>{line.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {line.detail ?? (line.durationMinutes ? formatDuration(line.durationMinutes) : null)}
              </Typography>
            </Box>
            <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
              {formatPrice(line.priceCents)}
            </Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, pt: 1.5, alignItems: 'baseline' }}>
        <Typography sx={{ flexGrow: 1, fontWeight: 600 }}>
          {t('booking.total')}
          {minutes > 0 ? (
            <Typography component="span" color="text.secondary" sx={{ fontWeight: 400 }}>
              {` · ${formatDuration(minutes)}`}
            </Typography>
          ) : null}
        </Typography>
        <Typography sx={{ fontWeight: 700, fontSize: '1.15rem', whiteSpace: 'nowrap' }}>
          {formatPrice(total)}
        </Typography>
      </Box>
    </Box>
  );
}
