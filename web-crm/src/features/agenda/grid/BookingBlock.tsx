import Box from '@mui/material/Box';
import { alpha, keyframes } from '@mui/material/styles';
import type { MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, formatTimeRange } from '@serenaia/shared/paris-time';
import { clientInitials, clientName, isMovable, type BookingSegment } from '../data/agenda-state';
import { CompactContent, FullContent } from './BookingBlockContent';

const pulse = keyframes`
  0% { box-shadow: 0 0 0 0 rgba(142, 91, 110, 0.55); }
  70% { box-shadow: 0 0 0 10px rgba(142, 91, 110, 0); }
  100% { box-shadow: 0 0 0 0 rgba(142, 91, 110, 0); }
`;

export interface BookingBlockProps {
  segment: BookingSegment;
  top: number;
  height: number;
  /** Lane placement among overlapping items (0-based) and the number of lanes. */
  lane: number;
  lanes: number;
  /** Just changed elsewhere: a short pulse draws the eye. */
  highlighted?: boolean;
  /** Being dragged: the original stays, faded, where it was. */
  dragging?: boolean;
  /** The drag preview at the drop position. */
  ghost?: boolean;
  /** Compact content (narrow week columns). */
  compact?: boolean;
  onClick?: () => void;
  onPointerDown?: (event: ReactPointerEvent<HTMLElement>) => void;
}

/**
 * One booking (its items with one practitioner, back to back) as a block of the time grid: tinted
 * with its first service's category colour, one coloured band per item, then time, client and
 * services. Pending bookings are dashed and striped, cancelled ones faded and struck through.
 */
export function BookingBlock({
  segment,
  top,
  height,
  lane,
  lanes,
  highlighted = false,
  dragging = false,
  ghost = false,
  compact = false,
  onClick,
  onPointerDown,
}: BookingBlockProps) {
  const { t } = useTranslation();
  const { booking, items } = segment;
  const color = items[0]?.color ?? '#8e5b6e';
  const status = booking.status;
  const time = formatTimeRange(segment.start, segment.end);
  const services = items.map((i) => i.serviceName).join(' + ');
  const name = clientName(booking.client);
  const statusLabel = t(`agenda.status.${status}`);
  const label = t('agenda.booking.aria', { time, client: name, services, status: statusLabel });
  const movable = isMovable(booking) && !ghost;
  // What fits: one line (time and name), two (time; name and services) or three and more.
  const lines = height < 40 ? 1 : height < 62 ? 2 : 3;
  const pending = status === 'PENDING';
  const cancelled = status === 'CANCELLED';
  const noShow = status === 'NO_SHOW';
  const completed = status === 'COMPLETED';
  const totalMinutes = items.reduce((sum, i) => sum + i.durationMinutes, 0) || 1;
  const widthPercent = 100 / lanes;

  return (
    <Box
      component={ghost ? 'div' : 'button'}
      type={ghost ? undefined : 'button'}
      aria-label={ghost ? undefined : label}
      aria-hidden={ghost ? true : undefined}
      data-booking-id={booking.id}
      data-status={status}
      onClick={
        onClick
          ? (event: ReactMouseEvent) => {
              event.stopPropagation();
              onClick();
            }
          : undefined
      }
      onPointerDown={movable ? onPointerDown : undefined}
      sx={(theme) => ({
        position: 'absolute',
        top: top + 1,
        height: Math.max(height - 2, 14),
        left: `calc(${lane * widthPercent}% + 2px)`,
        width: `calc(${widthPercent}% - 4px)`,
        zIndex: ghost ? 6 : dragging ? 1 : 2,
        display: 'flex',
        alignItems: 'stretch',
        p: 0,
        m: 0,
        font: 'inherit',
        textAlign: 'left',
        color: theme.palette.text.primary,
        overflow: 'hidden',
        borderRadius: '8px',
        border: `1px solid ${alpha(color, 0.55)}`,
        borderStyle: pending ? 'dashed' : 'solid',
        borderWidth: pending ? 2 : 1,
        bgcolor: cancelled || noShow ? '#f4f1f2' : alpha(color, 0.16),
        backgroundImage: pending
          ? `repeating-linear-gradient(135deg, ${alpha(color, 0.16)} 0 6px, ${alpha('#ffffff', 0.75)} 6px 12px)`
          : 'none',
        opacity: dragging ? 0.35 : cancelled ? 0.6 : completed ? 0.78 : 1,
        boxShadow: ghost ? `0 8px 24px -8px ${alpha(color, 0.8)}` : 'none',
        outline: ghost ? `2px solid ${color}` : 'none',
        pointerEvents: ghost ? 'none' : 'auto',
        cursor: movable ? 'grab' : 'pointer',
        touchAction: 'pan-x pan-y',
        userSelect: 'none',
        WebkitTouchCallout: 'none',
        transition: 'background-color 120ms',
        animation: highlighted ? `${pulse} 1.2s ease-out 3` : 'none',
        // Narrow columns (week view): the status shows as an icon, the end time goes.
        containerType: 'inline-size',
        '@container (max-width: 150px)': {
          '& .booking-status-label': { display: 'none' },
          '& .booking-end-time': { display: 'none' },
        },
        '&:hover': { bgcolor: cancelled || noShow ? '#eee9eb' : alpha(color, 0.26) },
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
      })}
    >
      <Box aria-hidden sx={{ width: 5, flexShrink: 0, display: 'flex', flexDirection: 'column' }}>
        {items.map((item) => (
          <Box
            key={item.id}
            sx={{
              flexGrow: item.durationMinutes / totalMinutes,
              bgcolor: cancelled ? '#bdb3b7' : item.color,
            }}
          />
        ))}
      </Box>
      {compact ? (
        <CompactContent
          initials={clientInitials(booking.client)}
          start={formatTime(segment.start)}
          status={status}
          statusLabel={statusLabel}
          lines={lines}
        />
      ) : (
        <FullContent
          start={segment.start}
          end={segment.end}
          name={name}
          services={services}
          status={status}
          statusLabel={statusLabel}
          lines={lines}
          height={height}
          cancelled={cancelled}
        />
      )}
    </Box>
  );
}
