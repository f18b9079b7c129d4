import AddOutlined from '@mui/icons-material/AddOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, toMillis, type LocalDate } from '@serenaia/shared/paris-time';
import {
  blockInColumn,
  movedBooking,
  type AgendaBlock,
  type AgendaBooking,
  type BookingSegment,
} from '../data/agenda-state';
import type { Cabin } from '../data/useAgendaSettings';
import { BlockedSlotBlock } from './BlockedSlotBlock';
import { BookingBlock } from './BookingBlock';
import {
  boxFor,
  columnGeometry,
  hourMarks,
  instantToY,
  layoutLanes,
  yToInstant,
  type ColumnGeometry,
  type TimeWindow,
} from './layout';
import { useBookingDrag, type DragTarget } from './useBookingDrag';

export const GUTTER_WIDTH = 52;
const HEADER_HEIGHT = 52;

export interface GridColumn {
  key: string;
  day: LocalDate;
  practitionerId: string;
  title: string;
  subtitle?: string;
  color: string;
  /** Accessible name of the column ("Camille Roux, jeudi 26 novembre 2026"). */
  label: string;
  /** Highlighted heading (today in the week view). */
  current?: boolean;
  working: readonly { start: string; end: string }[];
  /** Visible booking segments of this column. */
  segments: readonly BookingSegment[];
  /** Blocks of the day (those of this column are kept). */
  blocks: readonly AgendaBlock[];
}

export interface SlotTarget {
  day: LocalDate;
  practitionerId: string;
  start: number;
}

export interface TimeGridProps {
  columns: readonly GridColumn[];
  window: TimeWindow;
  now: number;
  snapMinutes: number;
  cabins: readonly Cabin[];
  /** Booking ids that just changed elsewhere (a short pulse). */
  highlighted: ReadonlySet<string>;
  /** CSS min-width of a column: a fixed size, or `calc(100cqw - …)` for one column per screen. */
  columnMinWidth: string;
  /** Snap horizontal scrolling to columns (phones: one practitioner per screen). */
  snap?: boolean;
  compact?: boolean;
  /** Index of the column to bring into view (phone tabs). */
  focusColumn?: number;
  onFocusColumnChange?: (index: number) => void;
  onSlotClick: (slot: SlotTarget) => void;
  onBookingClick: (bookingId: string) => void;
  onBlockClick: (blockId: string) => void;
  onMove: (booking: AgendaBooking, target: { start: number; practitionerId: string }) => void;
  /** Where to scroll to when the displayed days change (an instant). */
  scrollAnchor: number;
  scrollKey: string;
  ariaLabel: string;
}

const gridLines = (geometry: ColumnGeometry, hour: string, quarter: string) => ({
  backgroundImage: `linear-gradient(to bottom, ${hour} 1px, transparent 1px), linear-gradient(to bottom, ${quarter} 1px, transparent 1px)`,
  backgroundSize: `100% ${60 * geometry.pxPerMinute}px, 100% ${15 * geometry.pxPerMinute}px`,
});

/**
 * The agenda's resource time grid: one column per practitioner (day view) or per day (week view),
 * a time gutter, non-working time shaded, bookings and blocks placed by their Paris times, the
 * current-time line, click on a free time to create, drag a booking to move it.
 */
export function TimeGrid(props: TimeGridProps) {
  const {
    columns,
    window,
    now,
    snapMinutes,
    cabins,
    highlighted,
    columnMinWidth,
    snap = false,
    compact = false,
    focusColumn,
    onFocusColumnChange,
    onSlotClick,
    onBookingClick,
    onBlockClick,
    onMove,
    scrollAnchor,
    scrollKey,
    ariaLabel,
  } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement | null>(null);
  const bodies = useRef(new Map<string, HTMLElement>());
  const [hover, setHover] = useState<{ columnKey: string; start: number } | null>(null);

  const geometries = useMemo(() => {
    const map = new Map<string, ColumnGeometry>();
    for (const column of columns) map.set(column.key, columnGeometry(column.day, window));
    return map;
  }, [columns, window]);
  const geometryOf = useCallback((key: string) => geometries.get(key), [geometries]);
  const columnsByKey = useMemo(() => new Map(columns.map((c) => [c.key, c])), [columns]);

  const onDrop = useCallback(
    (booking: AgendaBooking, target: DragTarget) => {
      const column = columnsByKey.get(target.columnKey);
      if (column !== undefined)
        onMove(booking, { start: target.start, practitionerId: column.practitionerId });
    },
    [columnsByKey, onMove],
  );
  const { drag, onPointerDown, consumeClick } = useBookingDrag({
    bodies,
    geometryOf,
    scroller,
    snapMinutes,
    onDrop,
  });

  // Scroll to the anchor (now, or the first booking) when the displayed days change.
  const firstGeometry = columns[0] ? geometries.get(columns[0].key) : undefined;
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box === null || firstGeometry === undefined) return;
    box.scrollTop = Math.max(0, instantToY(firstGeometry, scrollAnchor) - 48);
    // Only when the days change (scrollKey), not at each live update.
  }, [scrollKey]);

  // Phone tabs: bring the chosen column into view, and report the one scrolled to.
  const columnWidth = useRef(0);
  const firstKey = columns[0]?.key;
  const columnSet = `${firstKey ?? ''}:${columns.length}`;
  const shownSet = useRef(columnSet);
  useLayoutEffect(() => {
    const box = scroller.current;
    const first = firstKey === undefined ? undefined : bodies.current.get(firstKey);
    if (box === null || first === undefined) return;
    // Other columns (day ↔ week, another day): jump; the same columns (a tab): glide.
    const jump = shownSet.current !== columnSet;
    shownSet.current = columnSet;
    if (focusColumn === undefined) {
      if (jump) box.scrollLeft = 0;
      return;
    }
    columnWidth.current = first.getBoundingClientRect().width;
    const left = focusColumn * columnWidth.current;
    if (Math.abs(box.scrollLeft - left) <= 2) return;
    if (jump) box.scrollLeft = left;
    else box.scrollTo({ left, behavior: 'smooth' });
    // Only when the chosen column or the set of columns changes, never while the user scrolls.
  }, [focusColumn, columnSet]);
  const onScroll = () => {
    const box = scroller.current;
    const first = columns[0] ? bodies.current.get(columns[0].key) : undefined;
    if (box === null || first === undefined || onFocusColumnChange === undefined) return;
    const width = first.getBoundingClientRect().width;
    if (width <= 0) return;
    const index = Math.round(box.scrollLeft / width);
    if (index !== focusColumn && Math.abs(box.scrollLeft - index * width) < 4) onFocusColumnChange(index);
  };

  const slotAt = (event: MouseEvent<HTMLElement>, column: GridColumn): number | null => {
    const geometry = geometries.get(column.key);
    if (geometry === undefined) return null;
    const rect = event.currentTarget.getBoundingClientRect();
    return yToInstant(geometry, event.clientY - rect.top, snapMinutes);
  };

  const gutterGeometry =
    columns.map((c) => geometries.get(c.key)).find((g) => g !== undefined && now >= g.start && now < g.end) ??
    firstGeometry;

  return (
    <Box
      ref={scroller}
      role="region"
      aria-label={ariaLabel}
      onScroll={onScroll}
      sx={(theme) => ({
        position: 'relative',
        flex: 1,
        minHeight: 0,
        overflow: 'auto',
        containerType: 'inline-size',
        overscrollBehaviorX: 'contain',
        scrollSnapType: snap ? 'x mandatory' : 'none',
        scrollPaddingLeft: `${GUTTER_WIDTH}px`,
        bgcolor: 'background.paper',
        border: `1px solid ${theme.palette.divider}`,
        borderRadius: 3,
      })}
    >
      {/* Column headings, kept at the top while scrolling. */}
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
              // Opaque: bookings scroll under the sticky headings.
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

      <Box sx={{ display: 'flex', minWidth: 'min-content' }}>
        {/* Time gutter, kept at the left while scrolling sideways. */}
        <Box
          aria-hidden
          sx={{
            width: GUTTER_WIDTH,
            flexShrink: 0,
            position: 'sticky',
            left: 0,
            zIndex: 7,
            bgcolor: 'background.paper',
            height: gutterGeometry?.height ?? 0,
          }}
        >
          {gutterGeometry
            ? hourMarks(gutterGeometry).map((mark) => (
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
          {gutterGeometry && now >= gutterGeometry.start && now < gutterGeometry.end ? (
            <Typography
              component="span"
              variant="caption"
              sx={{
                position: 'absolute',
                top: instantToY(gutterGeometry, now),
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

        {columns.map((column) => {
          const geometry = geometries.get(column.key);
          if (geometry === undefined) return null;
          const blocks = column.blocks.filter((b) => blockInColumn(b, column.practitionerId));
          const ownBlocks = blocks.filter((b) => b.practitionerId !== null);
          const lanes = layoutLanes([
            ...column.segments.map((s) => ({ id: s.key, start: s.start, end: s.end })),
            ...ownBlocks.map((b) => ({ id: `block:${b.id}`, start: b.start, end: b.end })),
          ]);
          const ghostSegment =
            drag !== null && drag.columnKey === column.key
              ? (() => {
                  const moved = movedBooking(drag.booking, {
                    start: drag.start,
                    practitionerId: column.practitionerId,
                  });
                  return {
                    key: `ghost:${moved.id}`,
                    booking: moved,
                    practitionerId: column.practitionerId,
                    items: moved.items,
                    start: moved.start,
                    end: moved.end,
                  } satisfies BookingSegment;
                })()
              : null;
          const ghostBox = ghostSegment ? boxFor(geometry, ghostSegment.start, ghostSegment.end) : null;
          const hoverBox =
            hover !== null && hover.columnKey === column.key && drag === null
              ? boxFor(geometry, hover.start, hover.start + snapMinutes * 60_000)
              : null;
          const nowY = now >= geometry.start && now < geometry.end ? instantToY(geometry, now) : null;

          return (
            <Box
              key={column.key}
              ref={(element: HTMLDivElement | null) => {
                if (element === null) bodies.current.delete(column.key);
                else bodies.current.set(column.key, element);
              }}
              role="group"
              aria-label={column.label}
              data-agenda-column={column.key}
              data-practitioner-id={column.practitionerId}
              data-day={column.day}
              data-window-start={new Date(geometry.start).toISOString()}
              data-px-per-minute={geometry.pxPerMinute}
              onClick={(event) => {
                if (consumeClick()) return;
                const start = slotAt(event, column);
                if (start !== null)
                  onSlotClick({ day: column.day, practitionerId: column.practitionerId, start });
              }}
              onMouseMove={(event) => {
                if (event.target !== event.currentTarget) {
                  if (hover !== null) setHover(null);
                  return;
                }
                const start = slotAt(event, column);
                if (start !== null && (hover?.columnKey !== column.key || hover.start !== start))
                  setHover({ columnKey: column.key, start });
              }}
              onMouseLeave={() => setHover(null)}
              sx={(theme) => ({
                position: 'relative',
                flex: '1 0 0',
                minWidth: columnMinWidth,
                height: geometry.height,
                borderLeft: 1,
                borderColor: 'divider',
                cursor: 'copy',
                scrollSnapAlign: snap ? 'start' : 'none',
                // Outside working hours: hatched.
                backgroundColor: '#f5f1f2',
                backgroundImage: `repeating-linear-gradient(135deg, ${alpha(theme.palette.primary.main, 0.05)} 0 5px, transparent 5px 10px)`,
              })}
            >
              {column.working.map((w) => {
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
              {hoverBox ? (
                <Box
                  aria-hidden
                  sx={(theme) => ({
                    position: 'absolute',
                    top: hoverBox.top,
                    height: hoverBox.height,
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
                  {formatTime(hover?.start ?? 0)}
                </Box>
              ) : null}

              {blocks.map((block) => {
                const box = boxFor(geometry, block.start, block.end);
                if (box === null) return null;
                const cabin = block.cabinId
                  ? (cabins.find((c) => c.id === block.cabinId)?.name ?? null)
                  : null;
                return (
                  <BlockedSlotBlock
                    key={block.id}
                    block={block}
                    top={box.top}
                    height={box.height}
                    cabinName={cabin}
                    onClick={() => {
                      if (!consumeClick()) onBlockClick(block.id);
                    }}
                  />
                );
              })}

              {column.segments.map((segment) => {
                const box = boxFor(geometry, segment.start, segment.end);
                if (box === null) return null;
                const lane = lanes.get(segment.key) ?? { lane: 0, lanes: 1 };
                return (
                  <BookingBlock
                    key={segment.key}
                    segment={segment}
                    top={box.top}
                    height={box.height}
                    lane={lane.lane}
                    lanes={lane.lanes}
                    compact={compact}
                    highlighted={highlighted.has(segment.booking.id)}
                    dragging={drag?.segmentKey === segment.key}
                    onClick={() => {
                      if (!consumeClick()) onBookingClick(segment.booking.id);
                    }}
                    onPointerDown={(event) => onPointerDown(event, segment, column.key)}
                  />
                );
              })}

              {ghostSegment && ghostBox ? (
                <>
                  <BookingBlock
                    segment={ghostSegment}
                    top={ghostBox.top}
                    height={ghostBox.height}
                    lane={0}
                    lanes={1}
                    compact={compact}
                    ghost
                  />
                  <Box
                    role="status"
                    sx={{
                      position: 'absolute',
                      top: Math.max(0, ghostBox.top - 22),
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
                    {t('agenda.move.dragLabel', { time: formatTime(toMillis(ghostSegment.start)) })}
                  </Box>
                </>
              ) : null}

              {nowY !== null ? (
                <Box
                  aria-hidden
                  data-now-line
                  sx={{
                    position: 'absolute',
                    top: nowY - 1,
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
              ) : null}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
