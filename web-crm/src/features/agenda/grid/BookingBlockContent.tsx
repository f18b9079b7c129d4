/** What a booking block of the time grid says, by the room it has: full (time, client, services) or compact. */
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import DoNotDisturbOnOutlined from '@mui/icons-material/DoNotDisturbOnOutlined';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import Box from '@mui/material/Box';
import { formatTime } from '@serenaia/shared/paris-time';

/** Time, client and services on as many lines as `height` allows (`lines`: 1, 2, or 3 and more). */
export function FullContent({
  start,
  end,
  name,
  services,
  status,
  statusLabel,
  lines,
  height,
  cancelled,
}: {
  start: string;
  end: string;
  name: string;
  services: string;
  status: string;
  statusLabel: string;
  lines: number;
  height: number;
  cancelled: boolean;
}) {
  const tight = lines === 1;
  return (
    <Box
      sx={{
        flexGrow: 1,
        minWidth: 0,
        px: 0.75,
        py: tight ? 0 : 0.5,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: tight ? 'center' : 'flex-start',
        gap: '1px',
        lineHeight: tight ? 1.4 : 1.2,
        textDecoration: cancelled ? 'line-through' : 'none',
      }}
    >
      <Box
        component="span"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, fontSize: '0.72rem' }}
      >
        <Box
          component="span"
          sx={{ fontWeight: 700, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
        >
          {formatTime(start)}
          <span className="booking-end-time"> – {formatTime(end)}</span>
        </Box>
        {tight ? (
          <Box
            component="span"
            sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          >
            {name}
          </Box>
        ) : null}
        <StatusBadge status={status} label={statusLabel} compact={tight} />
      </Box>
      {lines === 2 ? (
        <Box
          component="span"
          sx={{ fontSize: '0.76rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          <Box component="span" sx={{ fontWeight: 600, fontSize: '0.8rem' }}>
            {name}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {' · '}
            {services}
          </Box>
        </Box>
      ) : null}
      {lines === 3 ? (
        <>
          <Box
            component="span"
            sx={{
              fontWeight: 600,
              fontSize: '0.82rem',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
            }}
          >
            {name}
          </Box>
          <Box
            component="span"
            sx={{
              fontSize: '0.72rem',
              color: 'text.secondary',
              overflow: 'hidden',
              display: '-webkit-box',
              WebkitLineClamp: Math.max(1, Math.floor((height - 44) / 14)),
              WebkitBoxOrient: 'vertical',
            }}
          >
            {services}
          </Box>
        </>
      ) : null}
    </Box>
  );
}

/**
 * A booking in a phone's week column (about 48 px wide): the client's initials, the start time below
 * when there is room, the status as an icon; the full text is the button's accessible name.
 */
export function CompactContent(props: {
  initials: string;
  start: string;
  status: string;
  statusLabel: string;
  lines: number;
}) {
  return (
    <Box
      aria-hidden
      sx={{
        flexGrow: 1,
        minWidth: 0,
        px: 0.25,
        py: props.lines === 1 ? 0 : 0.25,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'flex-start',
        justifyContent: props.lines === 1 ? 'center' : 'flex-start',
        lineHeight: 1.2,
        overflow: 'hidden',
      }}
    >
      <Box component="span" sx={{ fontWeight: 700, fontSize: '0.74rem', whiteSpace: 'nowrap' }}>
        {props.initials}
      </Box>
      {props.lines > 1 ? (
        <Box
          component="span"
          sx={{ fontSize: '0.66rem', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {props.start}
        </Box>
      ) : null}
      {props.lines > 2 ? <StatusBadge status={props.status} label={props.statusLabel} compact /> : null}
    </Box>
  );
}

function StatusBadge({ status, label, compact }: { status: string; label: string; compact: boolean }) {
  const icon =
    status === 'PENDING' ? (
      <HourglassEmptyOutlined sx={{ fontSize: 12 }} />
    ) : status === 'COMPLETED' ? (
      <CheckCircleOutlined sx={{ fontSize: 12 }} />
    ) : status === 'NO_SHOW' || status === 'CANCELLED' ? (
      <DoNotDisturbOnOutlined sx={{ fontSize: 12 }} />
    ) : null;
  if (icon === null) return null;
  const palette: Record<string, { fg: string; bg: string }> = {
    PENDING: { fg: '#7a4b00', bg: '#fdeccb' },
    COMPLETED: { fg: '#2f6b3f', bg: '#dff0e3' },
    NO_SHOW: { fg: '#a12a2a', bg: '#fbe1e1' },
    CANCELLED: { fg: '#6b5d63', bg: '#ece6e8' },
  };
  const colors = palette[status] ?? { fg: 'inherit', bg: 'transparent' };
  return (
    <Box
      component="span"
      title={label}
      sx={{
        ml: 'auto',
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.25,
        flexShrink: 0,
        px: compact ? 0.25 : 0.5,
        borderRadius: 999,
        fontSize: '0.66rem',
        fontWeight: 700,
        lineHeight: 1.5,
        textDecoration: 'none',
        color: colors.fg,
        bgcolor: colors.bg,
      }}
    >
      {icon}
      {compact ? null : <span className="booking-status-label">{label}</span>}
    </Box>
  );
}
