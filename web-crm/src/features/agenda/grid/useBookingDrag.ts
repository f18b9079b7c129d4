import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import { bookingDurationMinutes, type AgendaBooking, type BookingSegment } from '../data/agenda-state';
import { dropStart, type ColumnGeometry } from './layout';

/** Mouse: a drag starts after this many pixels (less is a click). */
const MOUSE_THRESHOLD_PX = 4;
/** Touch: a drag starts after holding still this long (moving first scrolls the agenda). */
const LONG_PRESS_MS = 350;
const TOUCH_SLOP_PX = 10;
const EDGE_PX = 48;
const EDGE_SCROLL_PX = 18;

export interface DragTarget {
  columnKey: string;
  start: number;
}

export interface DragState extends DragTarget {
  segmentKey: string;
  booking: AgendaBooking;
}

export interface DragOptions {
  /** The column bodies, by column key. */
  bodies: RefObject<Map<string, HTMLElement>>;
  geometryOf: (columnKey: string) => ColumnGeometry | undefined;
  scroller: RefObject<HTMLElement | null>;
  snapMinutes: number;
  onDrop: (booking: AgendaBooking, target: DragTarget) => void;
}

interface Session {
  pointerId: number;
  pointerType: string;
  x: number;
  y: number;
  grabOffsetY: number;
  segment: BookingSegment;
  originColumn: string;
  originStart: number;
  started: boolean;
  target: DragTarget | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Dragging bookings between times and columns with pointer events (mouse right away, touch after a
 * long press). The column under the pointer and the snapped start come from the column bodies'
 * boxes; the caller draws the preview from `drag` and sends the move on drop.
 */
export function useBookingDrag({ bodies, geometryOf, scroller, snapMinutes, onDrop }: DragOptions) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const session = useRef<Session | null>(null);
  const suppressClick = useRef(false);
  const cleanup = useRef<() => void>(() => undefined);
  const latest = useRef({ geometryOf, snapMinutes, onDrop });
  useEffect(() => {
    latest.current = { geometryOf, snapMinutes, onDrop };
  });

  useEffect(() => () => cleanup.current(), []);

  const targetAt = useCallback(
    (clientX: number, clientY: number, s: Session): DragTarget | null => {
      for (const [columnKey, element] of bodies.current) {
        const rect = element.getBoundingClientRect();
        if (clientX < rect.left || clientX >= rect.right) continue;
        const geometry = latest.current.geometryOf(columnKey);
        if (geometry === undefined) return null;
        const start = dropStart(
          geometry,
          clientY - rect.top,
          s.grabOffsetY,
          latest.current.snapMinutes,
          bookingDurationMinutes(s.segment),
        );
        return { columnKey, start };
      }
      return null;
    },
    [bodies],
  );

  const begin = useCallback((s: Session) => {
    s.started = true;
    s.target = { columnKey: s.originColumn, start: s.originStart };
    setDrag({ ...s.target, segmentKey: s.segment.key, booking: s.segment.booking });
  }, []);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLElement>, segment: BookingSegment, columnKey: string) => {
      if (event.button !== 0 || session.current !== null) return;
      const rect = event.currentTarget.getBoundingClientRect();
      const s: Session = {
        pointerId: event.pointerId,
        pointerType: event.pointerType,
        x: event.clientX,
        y: event.clientY,
        grabOffsetY: event.clientY - rect.top,
        segment,
        originColumn: columnKey,
        originStart: new Date(segment.booking.start).getTime(),
        started: false,
        target: null,
        timer: undefined,
      };
      session.current = s;
      if (event.pointerType === 'touch') s.timer = setTimeout(() => begin(s), LONG_PRESS_MS);

      const end = (drop: boolean) => {
        cleanup.current();
        session.current = null;
        if (!s.started) return;
        suppressClick.current = true;
        // The click that follows this pointerup (if any) is part of the drag, not a click.
        setTimeout(() => (suppressClick.current = false), 0);
        setDrag(null);
        const target = s.target;
        if (!drop || target === null) return;
        if (target.columnKey === s.originColumn && target.start === s.originStart) return;
        latest.current.onDrop(s.segment.booking, target);
      };

      const move = (e: PointerEvent) => {
        if (e.pointerId !== s.pointerId) return;
        const distance = Math.hypot(e.clientX - s.x, e.clientY - s.y);
        if (!s.started) {
          if (s.pointerType === 'touch') {
            if (distance > TOUCH_SLOP_PX) end(false); // a scroll, not a drag
            return;
          }
          if (distance < MOUSE_THRESHOLD_PX) return;
          begin(s);
        }
        e.preventDefault();
        const scrollBox = scroller.current;
        if (scrollBox !== null) {
          const box = scrollBox.getBoundingClientRect();
          if (e.clientY < box.top + EDGE_PX) scrollBox.scrollTop -= EDGE_SCROLL_PX;
          else if (e.clientY > box.bottom - EDGE_PX) scrollBox.scrollTop += EDGE_SCROLL_PX;
        }
        const target = targetAt(e.clientX, e.clientY, s);
        if (target === null) return;
        if (s.target?.columnKey === target.columnKey && s.target.start === target.start) return;
        s.target = target;
        setDrag({ ...target, segmentKey: s.segment.key, booking: s.segment.booking });
      };
      const up = (e: PointerEvent) => {
        if (e.pointerId === s.pointerId) end(true);
      };
      const cancel = (e: PointerEvent) => {
        if (e.pointerId === s.pointerId) end(false);
      };
      const key = (e: KeyboardEvent) => {
        if (e.key === 'Escape') end(false);
      };
      // While a touch drag is on, the page must not scroll under the finger.
      const touchMove = (e: TouchEvent) => {
        if (s.started && e.cancelable) e.preventDefault();
      };
      const contextMenu = (e: Event) => e.preventDefault();

      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', cancel);
      window.addEventListener('keydown', key);
      window.addEventListener('touchmove', touchMove, { passive: false });
      window.addEventListener('contextmenu', contextMenu);
      cleanup.current = () => {
        if (s.timer !== undefined) clearTimeout(s.timer);
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', cancel);
        window.removeEventListener('keydown', key);
        window.removeEventListener('touchmove', touchMove);
        window.removeEventListener('contextmenu', contextMenu);
        cleanup.current = () => undefined;
      };
    },
    [begin, scroller, targetAt],
  );

  /** True when a click should be ignored because it ends a drag. */
  const consumeClick = useCallback(() => suppressClick.current, []);

  return { drag, onPointerDown, consumeClick };
}
