import type { LocalDate } from '@serenaia/shared/paris-time';
import type { AgendaBlock, BookingSegment } from '../data/agenda-state';

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
