import SyncOutlined from '@mui/icons-material/SyncOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { formatTime } from '@serenaia/shared/paris-time';
import { visuallyHidden } from '@serenaia/shared/a11y';
import type { RealtimeStatus } from '../../shared/realtime';

export interface LiveStatusProps {
  status: RealtimeStatus;
  /** When a change made elsewhere last arrived. */
  updatedAt: number | null;
  compact?: boolean;
}

/** "En direct" (or "Reconnexion…") and, once something changed elsewhere, "Mis à jour à 10:42". */
export function LiveStatus({ status, updatedAt, compact = false }: LiveStatusProps) {
  const { t } = useTranslation();
  const color = status === 'connected' ? '#2e7d32' : status === 'connecting' ? '#b7791f' : '#c62828';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Box
        component="span"
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.75,
          fontSize: '0.8rem',
          color: 'text.secondary',
        }}
      >
        <Box
          component="span"
          aria-hidden
          sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: color, boxShadow: `0 0 0 3px ${color}22` }}
        />
        <Box component="span" sx={compact ? visuallyHidden : undefined}>
          {t(`agenda.live.${status}`)}
        </Box>
      </Box>
      <Box role="status" aria-live="polite" sx={{ display: 'inline-flex' }}>
        {updatedAt !== null ? (
          <Tooltip title={t('agenda.live.updatedHint')}>
            <Chip
              key={updatedAt}
              size="small"
              icon={<SyncOutlined />}
              label={t('agenda.live.updated', { time: formatTime(updatedAt) })}
              sx={{
                bgcolor: '#e8f3ea',
                color: '#245c33',
                fontWeight: 600,
                '& .MuiChip-icon': { color: '#2e7d32' },
                '@keyframes serenaia-updated': {
                  from: { transform: 'scale(0.9)', opacity: 0.4 },
                  to: { transform: 'scale(1)', opacity: 1 },
                },
                animation: 'serenaia-updated 300ms ease-out',
              }}
            />
          </Tooltip>
        ) : null}
      </Box>
    </Box>
  );
}
