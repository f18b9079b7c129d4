import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A titled card of the settings pages: heading and its action, then a list (or its empty text). */
export function SettingsSection({
  title,
  listLabel,
  action,
  empty,
  children,
}: {
  title: string;
  listLabel: string;
  action?: ReactNode;
  /** Shown instead of the list when there is nothing in it. */
  empty: string | null;
  children: ReactNode;
}) {
  const headingId = `section-${listLabel.replace(/\W+/g, '-')}`;
  return (
    <Card component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          flexWrap: 'wrap',
          columnGap: 2,
          rowGap: 1,
          px: { xs: 2, sm: 2.5 },
          py: 1.5,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Typography id={headingId} variant="h6" component="h2" sx={{ flexGrow: 1, fontWeight: 700 }}>
          {title}
        </Typography>
        <Box sx={{ flexShrink: 0, '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>{action}</Box>
      </Box>
      {empty !== null ? (
        <Typography color="text.secondary" sx={{ px: 2.5, py: 4, textAlign: 'center' }}>
          {empty}
        </Typography>
      ) : (
        <Box component="ul" aria-label={listLabel} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {children}
        </Box>
      )}
    </Card>
  );
}

/** One row of a settings list: a leading visual, the name with details under it, actions at the end. */
export function SettingsRow({
  label,
  leading,
  title,
  details,
  actions,
  muted = false,
  longDetails = false,
}: {
  label: string;
  leading?: ReactNode;
  title: ReactNode;
  details?: ReactNode;
  actions?: ReactNode;
  muted?: boolean;
  /** Details of several lines: on a phone, the actions go under them instead of squeezing them. */
  longDetails?: boolean;
}) {
  return (
    <Box
      component="li"
      aria-label={label}
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: { xs: 'wrap', sm: 'nowrap' },
        gap: 1.5,
        px: { xs: 2, sm: 2.5 },
        py: 1.5,
        '&:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' },
        opacity: muted ? 0.72 : 1,
      }}
    >
      {leading}
      <Box
        sx={{
          flex: { xs: longDetails ? '1 1 calc(100% - 64px)' : '1 1 140px', sm: '1 1 auto' },
          minWidth: 0,
        }}
      >
        <Typography component="div" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {details ? (
          <Typography component="div" variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
            {details}
          </Typography>
        ) : null}
      </Box>
      {actions ? (
        <Box sx={{ display: 'flex', gap: 0.5, flexShrink: 0, ml: { xs: 'auto', sm: 0 } }}>{actions}</Box>
      ) : null}
    </Box>
  );
}
