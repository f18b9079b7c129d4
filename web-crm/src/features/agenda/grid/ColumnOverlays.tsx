import AddOutlined from '@mui/icons-material/AddOutlined';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { formatTime, toMillis } from '@serenaia/shared/paris-time';
import type { BookingSegment } from '../data/agenda-state';
import { BookingBlock } from './BookingBlock';
import { boxFor, type ColumnGeometry } from './layout';

const gridLines = (geometry: ColumnGeometry, hour: string, quarter: string) => ({
  backgroundImage: `linear-gradient(to bottom, ${hour} 1px, transparent 1px), linear-gradient(to bottom, ${quarter} 1px, transparent 1px)`,
  backgroundSize: `100% ${60 * geometry.pxPerMinute}px, 100% ${15 * geometry.pxPerMinute}px`,
});

/** Working time (white over the hatched background) and the hour / quarter lines. */
export function ColumnBackground({
  geometry,
  working,
}: {
  geometry: ColumnGeometry;
  working: readonly { start: string; end: string }[];
}) {
  return (
    <>
      {working.map((w) => {
        const box = boxFor(geometry, w.start, w.end);
        return box ? (
          <Box
            key={`${w.start}-${w.end}`}
            aria-hidden
            sx={{
              position: 'absolute',
              top: box.top,
              height: box.height,
              left: 0,
              right: 0,
              bgcolor: 'background.paper',
              pointerEvents: 'none',
            }}
          />
        ) : null;
      })}
      <Box
        aria-hidden
        sx={(theme) => ({
          position: 'absolute',
          inset: 0,
          pointerEvents: 'none',
          ...gridLines(
            geometry,
            alpha(theme.palette.primary.dark, 0.16),
            alpha(theme.palette.primary.dark, 0.06),
          ),
        })}
      />
    </>
  );
}

/** "+ 10:30" under the pointer on a free time. */
export function HoverSlot({ top, height, start }: { top: number; height: number; start: number }) {
  return (
    <Box
      aria-hidden
      sx={(theme) => ({
        position: 'absolute',
        top,
        height,
        left: 2,
        right: 2,
        display: 'flex',
        alignItems: 'center',
        gap: 0.25,
        px: 0.5,
        borderRadius: 1,
        pointerEvents: 'none',
        fontSize: '0.72rem',
        fontWeight: 600,
        color: 'primary.dark',
        bgcolor: alpha(theme.palette.primary.main, 0.1),
      })}
    >
      <AddOutlined sx={{ fontSize: 14 }} />
      {formatTime(start)}
    </Box>
  );
}

/** The booking where a drag would drop it, with the new time. */
export function DragGhost({
  segment,
  top,
  height,
  compact,
}: {
  segment: BookingSegment;
  top: number;
  height: number;
  compact: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <BookingBlock segment={segment} top={top} height={height} lane={0} lanes={1} compact={compact} ghost />
      <Box
        role="status"
        sx={{
          position: 'absolute',
          top: Math.max(0, top - 22),
          left: 4,
          zIndex: 7,
          px: 0.75,
          borderRadius: 1,
          bgcolor: 'text.primary',
          color: 'background.paper',
          fontSize: '0.72rem',
          fontWeight: 700,
          pointerEvents: 'none',
        }}
      >
        {t('agenda.move.dragLabel', { time: formatTime(toMillis(segment.start)) })}
      </Box>
    </>
  );
}

/** The current-time line across a column. */
export function NowLine({ y }: { y: number }) {
  return (
    <Box
      aria-hidden
      data-now-line
      sx={{
        position: 'absolute',
        top: y - 1,
        left: 0,
        right: 0,
        height: 2,
        bgcolor: 'error.main',
        zIndex: 5,
        pointerEvents: 'none',
        '&::before': {
          content: '""',
          position: 'absolute',
          left: -5,
          top: -4,
          width: 10,
          height: 10,
          borderRadius: '50%',
          bgcolor: 'error.main',
        },
      }}
    />
  );
}
