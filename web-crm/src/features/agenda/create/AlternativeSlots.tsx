import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Alternative } from '@serenaia/shared/graphql-errors';
import { formatShortDay, formatTime, localDateOf } from '@serenaia/shared/paris-time';

/** "jeu. 26/11 10:30", adding the practitioner when known. */
export function alternativeLabel(alternative: Alternative): string {
  const when = `${formatShortDay(localDateOf(alternative.start))} ${formatTime(alternative.start)}`;
  return alternative.practitionerName ? `${when} · ${alternative.practitionerName}` : when;
}

export interface AlternativeSlotsProps {
  alternatives: readonly Alternative[];
  /** Offered as buttons when given (the create dialog); plain text otherwise (the toast). */
  onPick?: (alternative: Alternative) => void;
}

/** The nearest free slots the server proposed after a conflict. */
export function AlternativeSlots({ alternatives, onPick }: AlternativeSlotsProps) {
  const { t } = useTranslation();
  if (alternatives.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.75 }}>
        {t('agenda.move.alternatives')}
      </Typography>
      <Box
        component="ul"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, m: 0, p: 0, listStyle: 'none' }}
      >
        {alternatives.map((alternative) => {
          const label = alternativeLabel(alternative);
          return (
            <li key={`${alternative.start}-${alternative.practitionerId ?? ''}`}>
              {onPick ? (
                <Chip
                  label={label}
                  size="small"
                  clickable
                  color="primary"
                  variant="outlined"
                  aria-label={t('agenda.create.useAlternative', { time: label })}
                  onClick={() => onPick(alternative)}
                  sx={{ bgcolor: 'background.paper' }}
                />
              ) : (
                <Chip label={label} size="small" sx={{ bgcolor: 'rgba(255,255,255,0.7)' }} />
              )}
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
