import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { formatTime } from '@serenaia/shared/format';
import type { SlotLike } from './slots';

type PickedSlot = SlotLike;

/** One free time: its hour, and with "Sans préférence" whom it goes to. */
function TimeButton({
  slot,
  selected,
  showPractitioner,
  onSelect,
}: {
  slot: PickedSlot;
  selected: boolean;
  showPractitioner: boolean;
  onSelect: (slot: PickedSlot) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant={selected ? 'contained' : 'outlined'}
      aria-pressed={selected}
      onClick={() => onSelect(slot)}
      sx={(theme) => ({
        borderRadius: 2,
        px: 1,
        py: showPractitioner ? 0.75 : 1,
        minHeight: 44,
        flexDirection: 'column',
        lineHeight: 1.2,
        fontSize: '1rem',
        fontVariantNumeric: 'tabular-nums',
        borderColor: alpha(theme.palette.primary.main, 0.35),
        '&.Mui-focusVisible': { outline: `3px solid ${theme.palette.primary.dark}`, outlineOffset: 2 },
      })}
    >
      {formatTime(slot.start)}
      {showPractitioner ? (
        <>
          <Box component="span" sx={visuallyHidden}>
            {` ${t('slotPicker.with')} `}
          </Box>
          <Box
            component="span"
            sx={{
              display: 'block',
              fontSize: '0.72rem',
              fontWeight: 500,
              opacity: 0.85,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              maxWidth: '100%',
            }}
          >
            {slot.practitionerName}
          </Box>
        </>
      ) : null}
    </Button>
  );
}

/** A part of the day (morning, afternoon) and its free times; nothing when it has none. */
export function TimeGroup({
  title,
  slots,
  ...rest
}: {
  title: string;
  slots: PickedSlot[];
  selectedStart: string | null;
  showPractitioner: boolean;
  onSelect: (slot: PickedSlot) => void;
}) {
  if (slots.length === 0) return null;
  return (
    <Box component="section" aria-label={title} sx={{ mb: 2.5 }}>
      <Typography variant="overline" component="h4" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
        {title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: `repeat(auto-fill, minmax(${rest.showPractitioner ? 104 : 84}px, 1fr))`,
          gap: 1,
        }}
      >
        {slots.map((slot) => (
          <TimeButton
            key={`${slot.start}-${slot.practitionerId}`}
            slot={slot}
            selected={slot.start === rest.selectedStart}
            showPractitioner={rest.showPractitioner}
            onSelect={rest.onSelect}
          />
        ))}
      </Box>
    </Box>
  );
}
