/**
 * The agenda held in memory, one entry per displayed day, and how live changes, own mutations and
 * pending drags are applied to it. Pure: the hooks keep the state, these functions compute it.
 */
import type {
  AgendaBlockFieldsFragment,
  AgendaBookingFieldsFragment,
  AgendaChangedSubscription,
  AgendaDayQuery,
  BookingStatus,
} from '../../../gql/graphql';
import { MINUTE_MS, dayInterval, toMillis, type LocalDate } from '@serenaia/shared/paris-time';

export type AgendaBooking = AgendaBookingFieldsFragment;
export type AgendaBookingItem = AgendaBooking['items'][number];
export type AgendaBlock = AgendaBlockFieldsFragment;
export type AgendaDayData = AgendaDayQuery['agenda'];
export type AgendaPractitioner = AgendaDayData['practitioners'][number];
export type AgendaWorkingTime = AgendaDayData['workingTime'][number];
export type AgendaChange = AgendaChangedSubscription['agendaChanged'];

/** Statuses a booking can still be moved from (the server refuses the others). */
export const MOVABLE_STATUSES: ReadonlySet<BookingStatus> = new Set(['PENDING', 'CONFIRMED']);

export function isMovable(booking: Pick<AgendaBooking, 'status'>): boolean {
  return MOVABLE_STATUSES.has(booking.status);
}

/** Whether [start, end) shares time with the day (Europe/Paris midnight to midnight). */
export function touchesDay(start: string | number, end: string | number, day: LocalDate): boolean {
  const interval = dayInterval(day);
  return toMillis(start) < interval.end && toMillis(end) > interval.start;
}

function bookingTouches(booking: AgendaBooking, day: LocalDate): boolean {
  if (booking.items.length === 0) return touchesDay(booking.start, booking.end, day);
  return booking.items.some((item) => touchesDay(item.start, item.end, day));
}

function byStart<T extends { start: string; id: string }>(a: T, b: T): number {
  return toMillis(a.start) - toMillis(b.start) || a.id.localeCompare(b.id);
}

/** Adds or replaces a booking; a booking that no longer touches the day (moved away) leaves it. */
export function upsertBooking(data: AgendaDayData, booking: AgendaBooking): AgendaDayData {
  const others = data.bookings.filter((b) => b.id !== booking.id);
  const bookings = bookingTouches(booking, data.day) ? [...others, booking].sort(byStart) : others;
  return { ...data, bookings };
}

export function upsertBlock(data: AgendaDayData, block: AgendaBlock): AgendaDayData {
  const others = data.blocks.filter((b) => b.id !== block.id);
  const blocks = touchesDay(block.start, block.end, data.day) ? [...others, block].sort(byStart) : others;
  return { ...data, blocks };
}

export function removeBlock(data: AgendaDayData, blockId: string): AgendaDayData {
  return { ...data, blocks: data.blocks.filter((b) => b.id !== blockId) };
}

/**
 * One `agendaChanged` message applied to the day it is about. Every booking change carries the
 * booking as it now is: it replaces the one held (so a move to another practitioner or time takes
 * its new place, a move to another day leaves this one, a cancellation keeps it with its new status
 * for the "cancelled" toggle). A block is added or removed.
 */
export function applyAgendaChange(data: AgendaDayData, change: AgendaChange): AgendaDayData {
  if (change.day !== data.day) return data;
  switch (change.kind) {
    case 'CREATED':
    case 'CONFIRMED':
    case 'MOVED':
    case 'CANCELLED':
    case 'NO_SHOW':
    case 'COMPLETED':
      return change.booking ? upsertBooking(data, change.booking) : data;
    case 'BLOCKED':
      return change.block ? upsertBlock(data, change.block) : data;
    case 'UNBLOCKED':
      return change.block ? removeBlock(data, change.block.id) : data;
  }
}

/** Where a booking is being moved while the server has not answered yet. */
export interface PendingMove {
  start: number;
  practitionerId: string;
}

/**
 * The booking as it will be once moved: every item shifted by the same amount (they stay back to
 * back) and given to the new practitioner.
 */
export function movedBooking(booking: AgendaBooking, move: PendingMove): AgendaBooking {
  const delta = move.start - toMillis(booking.start);
  const shift = (iso: string) => new Date(toMillis(iso) + delta).toISOString();
  return {
    ...booking,
    start: shift(booking.start),
    end: shift(booking.end),
    items: booking.items.map((item) => ({
      ...item,
      start: shift(item.start),
      end: shift(item.end),
      practitionerId: move.practitionerId,
    })),
  };
}

/** Bookings with the moves still waiting for the server applied (optimistic display). */
export function withPendingMoves(
  bookings: readonly AgendaBooking[],
  pending: ReadonlyMap<string, PendingMove>,
): AgendaBooking[] {
  if (pending.size === 0) return [...bookings];
  return bookings.map((b) => {
    const move = pending.get(b.id);
    return move ? movedBooking(b, move) : b;
  });
}

/** A booking's part with one practitioner: usually the whole booking (its items back to back). */
export interface BookingSegment {
  key: string;
  booking: AgendaBooking;
  practitionerId: string;
  start: string;
  end: string;
  items: AgendaBookingItem[];
}

export function bookingSegments(booking: AgendaBooking): BookingSegment[] {
  const byPractitioner = new Map<string, AgendaBookingItem[]>();
  for (const item of [...booking.items].sort(byStart)) {
    const list = byPractitioner.get(item.practitionerId) ?? [];
    list.push(item);
    byPractitioner.set(item.practitionerId, list);
  }
  return [...byPractitioner.entries()].map(([practitionerId, items]) => ({
    key: `${booking.id}:${practitionerId}`,
    booking,
    practitionerId,
    items,
    start: items[0]?.start ?? booking.start,
    end: items.reduce(
      (latest, i) => (toMillis(i.end) > toMillis(latest) ? i.end : latest),
      items[0]?.end ?? '',
    ),
  }));
}

export interface VisibilityOptions {
  showCancelled: boolean;
}

export function isShown(booking: Pick<AgendaBooking, 'status'>, options: VisibilityOptions): boolean {
  return options.showCancelled || booking.status !== 'CANCELLED';
}

/** A block belongs to a practitioner's column, or to every column when it is not a practitioner's. */
export function blockInColumn(block: AgendaBlock, practitionerId: string): boolean {
  return block.practitionerId === null || block.practitionerId === practitionerId;
}

export function bookingDurationMinutes(booking: Pick<AgendaBooking, 'start' | 'end'>): number {
  return Math.round((toMillis(booking.end) - toMillis(booking.start)) / MINUTE_MS);
}

/** What a booking's colour says in the grid: its service's category, or its practitioner. */
export type AgendaColorBy = 'category' | 'practitioner';

/** "Julie Martin" → "JM": what fits in a phone's week column. */
export function clientInitials(client: Pick<AgendaBooking['client'], 'firstName' | 'lastName'>): string {
  const first = (word: string) => [...word.trim()][0]?.toLocaleUpperCase('fr-FR') ?? '';
  return `${first(client.firstName)}${first(client.lastName)}`;
}

export function clientName(client: Pick<AgendaBooking['client'], 'firstName' | 'lastName'>): string {
  return `${client.firstName} ${client.lastName}`.trim();
}
