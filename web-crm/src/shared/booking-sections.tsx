import { createContext, useContext, type ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import type { BookingStatus } from '../gql/graphql';

/** What a section of the agenda's booking drawer receives. */
export interface BookingSectionProps {
  bookingId: string;
  /** The booking's status as the agenda shows it: a change (live or ours) reloads the section. */
  status: BookingStatus;
  /** A success message for the page's toast. */
  onNotify: (message: string) => void;
}

/** A section another feature adds to the booking drawer (payments, messages…), under its title. */
export interface BookingSection {
  key: string;
  /** i18n key of the section's title. */
  titleKey: ParseKeys;
  Component: ComponentType<BookingSectionProps>;
}

const BookingSectionsContext = createContext<readonly BookingSection[]>([]);

/**
 * The agenda knows no other feature: the route that shows it (app/agenda-route.tsx) provides the
 * sections the drawer renders after the booking's own, in order.
 */
export const BookingSectionsProvider = BookingSectionsContext.Provider;

export function useBookingSections(): readonly BookingSection[] {
  return useContext(BookingSectionsContext);
}
