import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { GridColumn } from './grid-types';

export const GUTTER_WIDTH = 52;
const HEADER_HEIGHT = 52;

/**
 * The column headings, kept at the top while scrolling (opaque: bookings scroll under them). Compact
 * (a phone's week): the day's title on two lines ("Jeu." over "26/11"), without the working hours.
 */
export function GridHeader({
  columns,
  columnMinWidth,
  compact = false,
}: {
  columns: readonly GridColumn[];
  columnMinWidth: string;
  compact?: boolean;
}) {
  return (
    <Box sx={{ display: 'flex', minWidth: 'min-content', position: 'sticky', top: 0, zIndex: 8 }}>
      <Box
        sx={{
          width: GUTTER_WIDTH,
          flexShrink: 0,
          position: 'sticky',
          left: 0,
          zIndex: 9,
          bgcolor: 'background.paper',
          borderBottom: 1,
          borderColor: 'divider',
        }}
      />
      {columns.map((column) => (
        <Box
          key={column.key}
          sx={(theme) => ({
            flex: '1 0 0',
            minWidth: columnMinWidth,
            height: HEADER_HEIGHT,
            px: compact ? 0.25 : 1,
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            bgcolor: column.current ? '#f6eef1' : theme.palette.background.paper,
            borderBottom: 1,
            borderLeft: 1,
            borderColor: 'divider',
            borderTop: `4px solid ${column.color}`,
            overflow: 'hidden',
          })}
        >
          <Typography
            component="p"
            variant="subtitle2"
            noWrap={!compact}
            sx={{
              fontWeight: 700,
              lineHeight: 1.2,
              fontSize: compact ? '0.72rem' : undefined,
              textAlign: compact ? 'center' : undefined,
              whiteSpace: compact ? 'pre-line' : undefined,
              color: column.current ? 'primary.dark' : 'text.primary',
            }}
          >
            {compact ? column.title.replace(' ', '\n') : column.title}
          </Typography>
          {column.subtitle && !compact ? (
            <Typography
              component="p"
              variant="caption"
              color="text.secondary"
              noWrap
              sx={{ lineHeight: 1.2 }}
            >
              {column.subtitle}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Box>
  );
}
