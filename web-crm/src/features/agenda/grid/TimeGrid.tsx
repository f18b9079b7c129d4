import Box from '@mui/material/Box';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AgendaBooking } from '../data/agenda-state';
import type { Cabin } from '../data/useAgendaSettings';
import { GridColumnBody } from './GridColumnBody';
import { GridHeader, GUTTER_WIDTH } from './GridHeader';
import type { GridColumn, SlotTarget } from './grid-types';
import { columnGeometry, type ColumnGeometry, type TimeWindow } from './layout';
import { TimeGutter } from './TimeGutter';
import { useBookingDrag, type DragTarget } from './useBookingDrag';
import { useGridScroll } from './useGridScroll';

export { GUTTER_WIDTH } from './GridHeader';
export type { GridColumn, SlotTarget } from './grid-types';

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

/**
 * The agenda's resource time grid: one column per practitioner (day view) or per day (week view),
 * a time gutter, non-working time shaded, bookings and blocks placed by their Paris times, the
 * current-time line, click on a free time to create, drag a booking to move it.
 */
export function TimeGrid(props: TimeGridProps) {
  const { columns, window, now, snapMinutes, columnMinWidth, snap = false, compact = false } = props;
  const { onSlotClick, onBookingClick, onBlockClick, onMove } = props;
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

  const firstGeometry = columns[0] ? geometries.get(columns[0].key) : undefined;
  const { onScroll } = useGridScroll({
    scroller,
    bodies,
    firstKey: columns[0]?.key,
    columnCount: columns.length,
    firstGeometry,
    anchor: props.scrollAnchor,
    scrollKey: props.scrollKey,
    focusColumn: props.focusColumn,
    onFocusColumnChange: props.onFocusColumnChange,
  });

  const gutterGeometry =
    columns.map((c) => geometries.get(c.key)).find((g) => g !== undefined && now >= g.start && now < g.end) ??
    firstGeometry;

  return (
    <Box
      ref={scroller}
      role="region"
      aria-label={props.ariaLabel}
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
      <GridHeader columns={columns} columnMinWidth={columnMinWidth} compact={compact} />
      <Box sx={{ display: 'flex', minWidth: 'min-content' }}>
        <TimeGutter geometry={gutterGeometry} now={now} />
        {columns.map((column) => {
          const geometry = geometries.get(column.key);
          if (geometry === undefined) return null;
          return (
            <GridColumnBody
              key={column.key}
              column={column}
              geometry={geometry}
              now={now}
              snapMinutes={snapMinutes}
              cabins={props.cabins}
              highlighted={props.highlighted}
              columnMinWidth={columnMinWidth}
              snap={snap}
              compact={compact}
              drag={drag}
              hoverStart={hover !== null && hover.columnKey === column.key ? hover.start : null}
              onHover={(start) => setHover(start === null ? null : { columnKey: column.key, start })}
              consumeClick={consumeClick}
              onPointerDown={(event, segment) => onPointerDown(event, segment, column.key)}
              register={(element) => {
                if (element === null) bodies.current.delete(column.key);
                else bodies.current.set(column.key, element);
              }}
              onSlotClick={(start) =>
                onSlotClick({ day: column.day, practitionerId: column.practitionerId, start })
              }
              onBookingClick={onBookingClick}
              onBlockClick={onBlockClick}
            />
          );
        })}
      </Box>
    </Box>
  );
}
