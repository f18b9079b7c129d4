/** A time of day on the wall clock, "HH:MM" (24-hour). */
export type WallTime = string;

/**
 * A time typed the French way, 24-hour, → "HH:MM", or null: "19:15", "9:05", "9h05", "19h", "9",
 * "1915". Minutes take two digits ("9:5" is refused: 9:05 or 9:50?); 00:00 to 23:59.
 */
export function parseFrenchTime(text: string): WallTime | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?$/.exec(trimmed) ?? /^(\d{2})(\d{2})$/.exec(trimmed);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
