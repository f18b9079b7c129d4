import { useLayoutEffect, useRef, type RefObject } from 'react';
import { instantToY, type ColumnGeometry } from './layout';

/**
 * The grid's scrolling: down to `anchor` when the displayed days change (`scrollKey`), and sideways to
 * the focused column (phone tabs), reporting the column the user scrolled to.
 */
export function useGridScroll({
  scroller,
  bodies,
  firstKey,
  columnCount,
  firstGeometry,
  anchor,
  scrollKey,
  focusColumn,
  onFocusColumnChange,
}: {
  scroller: RefObject<HTMLDivElement | null>;
  bodies: RefObject<Map<string, HTMLElement>>;
  firstKey: string | undefined;
  columnCount: number;
  firstGeometry: ColumnGeometry | undefined;
  anchor: number;
  scrollKey: string;
  focusColumn: number | undefined;
  onFocusColumnChange: ((index: number) => void) | undefined;
}): { onScroll: () => void } {
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box === null || firstGeometry === undefined) return;
    box.scrollTop = Math.max(0, instantToY(firstGeometry, anchor) - 48);
    // Only when the days change (scrollKey), not at each live update.
  }, [scrollKey]);

  // Phone tabs: bring the chosen column into view, and report the one scrolled to.
  const columnSet = `${firstKey ?? ''}:${columnCount}`;
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
    const left = focusColumn * first.getBoundingClientRect().width;
    if (Math.abs(box.scrollLeft - left) <= 2) return;
    if (jump) box.scrollLeft = left;
    else box.scrollTo({ left, behavior: 'smooth' });
    // Only when the chosen column or the set of columns changes, never while the user scrolls.
  }, [focusColumn, columnSet]);

  const onScroll = () => {
    const box = scroller.current;
    const first = firstKey === undefined ? undefined : bodies.current.get(firstKey);
    if (box === null || first === undefined || onFocusColumnChange === undefined) return;
    const width = first.getBoundingClientRect().width;
    if (width <= 0) return;
    const index = Math.round(box.scrollLeft / width);
    if (index !== focusColumn && Math.abs(box.scrollLeft - index * width) < 4) onFocusColumnChange(index);
  };
  return { onScroll };
}
