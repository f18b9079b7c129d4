import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { GridColumn } from './grid-types';

export const GUTTER_WIDTH = 52;
const HEADER_HEIGHT = 52;

/** The column headings, kept at the top while scrolling (opaque: bookings scroll under them). */
export function GridHeader({
  columns,
  columnMinWidth,
}: {
  columns: readonly GridColumn[];
  columnMinWidth: string;
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
            px: 1,
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
            noWrap
            sx={{
              fontWeight: 700,
              lineHeight: 1.2,
              color: column.current ? 'primary.dark' : 'text.primary',
            }}
          >
            {column.title}
          </Typography>
          {column.subtitle ? (
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
