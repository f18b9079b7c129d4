import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalize, formatDayAndMonth, formatTime } from '@serenaia/shared/format';
import type { SlotAlternative } from '@serenaia/shared/graphql-errors';

export interface ConflictAlternativesProps {
  /** The server's French message ("Ce créneau vient d’être réservé…"). */
  message: string;
  alternatives: readonly SlotAlternative[];
  /** A retry is under way: the buttons wait. */
  busy: boolean;
  onChoose: (alternative: SlotAlternative) => void;
  /** Back to the full calendar. */
  onPickAnother: () => void;
}

/**
 * The slot-taken answer: the server's message, read out at once, and the nearest free slots as
 * buttons. The focus moves here so that a keyboard user lands on the choices.
 */
export function ConflictAlternatives({
  message,
  alternatives,
  busy,
  onChoose,
  onPickAnother,
}: ConflictAlternativesProps) {
  const { t } = useTranslation();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    region.current?.focus();
  }, [message, alternatives]);
  return (
    <Box
      ref={region}
      tabIndex={-1}
      component="section"
      aria-labelledby="conflict-alternatives-title"
      sx={{ outline: 'none', mb: 3 }}
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        <AlertTitle sx={{ mb: 0 }}>{message}</AlertTitle>
      </Alert>
      <Typography
        id="conflict-alternatives-title"
        variant="subtitle1"
        component="h3"
        sx={{ fontWeight: 600, mb: 1 }}
      >
        {t('contactStep.alternativesTitle')}
      </Typography>
      {alternatives.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('contactStep.noAlternatives')}
        </Typography>
      ) : (
        <Box
          component="ul"
          sx={{
            listStyle: 'none',
            p: 0,
            m: 0,
            mb: 1.5,
            display: 'grid',
            gap: 1,
            gridTemplateColumns: '1fr',
          }}
        >
          {alternatives.map((alternative) => (
            <li key={`${alternative.start}-${alternative.practitionerId}`}>
              <Button
                variant="outlined"
                fullWidth
                disabled={busy}
                onClick={() => onChoose(alternative)}
                sx={{ borderRadius: 2, textAlign: 'left', py: 1 }}
              >
                <Box
                  component="span"
                  sx={{
                    width: '100%',
                    display: 'grid',
                    gridTemplateColumns: '1fr auto',
                    gridTemplateAreas: '"date time" "name time"',
                    alignItems: 'center',
                    columnGap: 1,
                  }}
                >
                  <Box component="span" sx={{ gridArea: 'date' }}>
                    {capitalize(formatDayAndMonth(alternative.start))}
                  </Box>
                  <Box
                    component="span"
                    sx={{ gridArea: 'time', fontSize: '1.1rem', fontVariantNumeric: 'tabular-nums' }}
                  >
                    {` ${formatTime(alternative.start)} `}
                  </Box>
                  <Box
                    component="span"
                    sx={{ gridArea: 'name', fontSize: '0.8rem', fontWeight: 500, opacity: 0.8 }}
                  >
                    {t('booking.withPractitioner', { name: alternative.practitionerName })}
                  </Box>
                </Box>
              </Button>
            </li>
          ))}
        </Box>
      )}
      <Button onClick={onPickAnother} disabled={busy}>
        {t('contactStep.pickAnother')}
      </Button>
    </Box>
  );
}
