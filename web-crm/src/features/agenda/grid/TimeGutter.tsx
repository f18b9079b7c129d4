import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatTime } from '@serenaia/shared/paris-time';
import { GUTTER_WIDTH } from './GridHeader';
import { hourMarks, instantToY, type ColumnGeometry } from './layout';

/** Hour labels closer than this to the current-time badge would be hidden under it: they are left out. */
const BADGE_CLEARANCE_PX = 10;

/**
 * The hour labels at the left, kept there while scrolling sideways, with the current time's badge (an
 * hour label it would cover is not drawn: the badge shows the time).
 */
export function TimeGutter({ geometry, now }: { geometry: ColumnGeometry | undefined; now: number }) {
  const nowY = geometry && now >= geometry.start && now < geometry.end ? instantToY(geometry, now) : null;
  return (
    <Box
      aria-hidden
      sx={{
        width: GUTTER_WIDTH,
        flexShrink: 0,
        position: 'sticky',
        left: 0,
        zIndex: 7,
        bgcolor: 'background.paper',
        height: geometry?.height ?? 0,
      }}
    >
      {geometry
        ? hourMarks(geometry)
            .filter((mark) => nowY === null || Math.abs(mark.y - nowY) >= BADGE_CLEARANCE_PX)
            .map((mark) => (
              <Typography
                key={mark.instant}
                component="span"
                variant="caption"
                data-hour={mark.label}
                sx={{
                  position: 'absolute',
                  top: mark.y,
                  right: 6,
                  transform: mark.y === 0 ? 'none' : 'translateY(-50%)',
                  color: 'text.secondary',
                  fontVariantNumeric: 'tabular-nums',
                  fontSize: '0.72rem',
                }}
              >
                {mark.label}
              </Typography>
            ))
        : null}
      {nowY !== null ? (
        <Typography
          component="span"
          variant="caption"
          sx={{
            position: 'absolute',
            top: nowY,
            right: 4,
            transform: 'translateY(-50%)',
            px: 0.5,
            borderRadius: 1,
            bgcolor: 'error.main',
            color: 'error.contrastText',
            fontWeight: 700,
            fontSize: '0.68rem',
            zIndex: 1,
          }}
        >
          {formatTime(now)}
        </Typography>
      ) : null}
    </Box>
  );
}
