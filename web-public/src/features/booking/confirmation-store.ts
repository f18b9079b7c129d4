/**
 * Hands the new booking (and its manage token) from the contact step to the confirmation page
 * through sessionStorage: it survives the navigation, stays in this tab, and is removed as soon as
 * the confirmation page has read it. The token is never logged.
 */
import type { CreatedBooking } from './types';

const KEY = 'serenaia.booking.confirmation';

export function saveConfirmation(created: CreatedBooking, storage: Storage = window.sessionStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(created));
  } catch {
    // Storage full or disabled (private browsing): the confirmation page explains what to do.
  }
}

function isCreatedBooking(value: unknown): value is CreatedBooking {
  if (typeof value !== 'object' || value === null) return false;
  const booking = (value as { booking?: unknown }).booking;
  return (
    typeof booking === 'object' &&
    booking !== null &&
    typeof (booking as { reference?: unknown }).reference === 'string' &&
    Array.isArray((booking as { items?: unknown }).items)
  );
}

export function readConfirmation(storage: Storage = window.sessionStorage): CreatedBooking | null {
  try {
    const raw = storage.getItem(KEY);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    return isCreatedBooking(value) ? value : null;
  } catch {
    return null;
  }
}

export function clearConfirmation(storage: Storage = window.sessionStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
