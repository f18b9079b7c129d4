import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import type { MouseEvent, PointerEvent } from 'react';
import { blockInColumn, movedBooking, type BookingSegment } from '../data/agenda-state';
import type { Cabin } from '../data/useAgendaSettings';
import { BlockedSlotBlock } from './BlockedSlotBlock';
import { BookingBlock } from './BookingBlock';
import { ColumnBackground, DragGhost, HoverSlot, NowLine } from './ColumnOverlays';
import type { GridColumn } from './grid-types';
import { boxFor, instantToY, layoutLanes, yToInstant, type ColumnGeometry } from './layout';
import type { DragState } from './useBookingDrag';

export interface GridColumnBodyProps {
  column: GridColumn;
  geometry: ColumnGeometry;
  now: number;
  snapMinutes: number;
  cabins: readonly Cabin[];
  highlighted: ReadonlySet<string>;
  columnMinWidth: string;
  snap: boolean;
  compact: boolean;
  drag: DragState | null;
  /** The snapped start under the pointer in this column, if any. */
  hoverStart: number | null;
  onHover: (start: number | null) => void;
  /** True when a drag just ended: the click that follows is not a click. */
  consumeClick: () => boolean;
  onPointerDown: (event: PointerEvent<HTMLElement>, segment: BookingSegment) => void;
  register: (element: HTMLDivElement | null) => void;
  onSlotClick: (start: number) => void;
  onBookingClick: (bookingId: string) => void;
  onBlockClick: (blockId: string) => void;
}

/** The ghost of the booking being dragged, placed in this column. */
function ghostOf(drag: DragState, practitionerId: string): BookingSegment {
  const moved = movedBooking(drag.booking, { start: drag.start, practitionerId });
  return {
    key: `ghost:${moved.id}`,
    booking: moved,
    practitionerId,
    items: moved.items,
    start: moved.start,
    end: moved.end,
  };
}

/**
 * One column of the grid: non-working time hatched, bookings side by side when they overlap, blocks,
 * the ghost of a drag, the pointer's slot and the current-time line. A click on free time creates.
 */
export function GridColumnBody(props: GridColumnBodyProps) {
  const { column, geometry, now, snapMinutes, cabins, highlighted, compact, drag, hoverStart } = props;
  const { consumeClick } = props;
  const blocks = column.blocks.filter((b) => blockInColumn(b, column.practitionerId));
  const ownBlocks = blocks.filter((b) => b.practitionerId !== null);
  const lanes = layoutLanes([
    ...column.segments.map((s) => ({ id: s.key, start: s.start, end: s.end })),
    ...ownBlocks.map((b) => ({ id: `block:${b.id}`, start: b.start, end: b.end })),
  ]);
  const ghost = drag !== null && drag.columnKey === column.key ? ghostOf(drag, column.practitionerId) : null;
  const ghostBox = ghost ? boxFor(geometry, ghost.start, ghost.end) : null;
  const hoverBox =
    hoverStart !== null && drag === null
      ? boxFor(geometry, hoverStart, hoverStart + snapMinutes * 60_000)
      : null;
  const nowY = now >= geometry.start && now < geometry.end ? instantToY(geometry, now) : null;
  const slotAt = (event: MouseEvent<HTMLElement>) =>
    yToInstant(geometry, event.clientY - event.currentTarget.getBoundingClientRect().top, snapMinutes);

  return (
    <Box
      ref={props.register}
      role="group"
      aria-label={column.label}
      data-agenda-column={column.key}
      data-practitioner-id={column.practitionerId}
      data-day={column.day}
      data-window-start={new Date(geometry.start).toISOString()}
      data-px-per-minute={geometry.pxPerMinute}
      onClick={(event) => {
        if (consumeClick()) return;
        const start = slotAt(event);
        if (start !== null) props.onSlotClick(start);
      }}
      onMouseMove={(event) => {
        if (event.target !== event.currentTarget) {
          if (hoverStart !== null) props.onHover(null);
          return;
        }
        const start = slotAt(event);
        if (start !== null && hoverStart !== start) props.onHover(start);
      }}
      onMouseLeave={() => props.onHover(null)}
      sx={(theme) => ({
        position: 'relative',
        flex: '1 0 0',
        minWidth: props.columnMinWidth,
        height: geometry.height,
        borderLeft: 1,
        borderColor: 'divider',
        cursor: 'copy',
        scrollSnapAlign: props.snap ? 'start' : 'none',
        // Outside working hours: hatched.
        backgroundColor: '#f5f1f2',
        backgroundImage: `repeating-linear-gradient(135deg, ${alpha(theme.palette.primary.main, 0.05)} 0 5px, transparent 5px 10px)`,
      })}
    >
      <ColumnBackground geometry={geometry} working={column.working} />
      {hoverBox && hoverStart !== null ? (
        <HoverSlot top={hoverBox.top} height={hoverBox.height} start={hoverStart} />
      ) : null}

      {blocks.map((block) => {
        const box = boxFor(geometry, block.start, block.end);
        if (box === null) return null;
        const cabin = block.cabinId ? (cabins.find((c) => c.id === block.cabinId)?.name ?? null) : null;
        return (
          <BlockedSlotBlock
            key={block.id}
            block={block}
            top={box.top}
            height={box.height}
            cabinName={cabin}
            onClick={() => {
              if (!consumeClick()) props.onBlockClick(block.id);
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
              if (!consumeClick()) props.onBookingClick(segment.booking.id);
            }}
            onPointerDown={(event) => props.onPointerDown(event, segment)}
          />
        );
      })}

      {ghost && ghostBox ? (
        <DragGhost segment={ghost} top={ghostBox.top} height={ghostBox.height} compact={compact} />
      ) : null}
      {nowY !== null ? <NowLine y={nowY} /> : null}
    </Box>
  );
}
