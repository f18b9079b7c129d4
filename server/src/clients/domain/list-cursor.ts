/**
 * Keyset cursors for the client list in name order. A page ends on a row; the next page starts strictly
 * after that row's (last name, first name, id), which the `ix_client_name_order` index answers without
 * walking the rows before it (OFFSET would). The cursor is opaque to clients: base64url of a small JSON
 * array. Pure.
 */

export interface NameCursor {
  descending: boolean;
  lastName: string;
  firstName: string;
  id: string;
}

const VERSION = 'n1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeNameCursor(cursor: NameCursor): string {
  const json = JSON.stringify([
    VERSION,
    cursor.descending ? 1 : 0,
    cursor.lastName,
    cursor.firstName,
    cursor.id,
  ]);
  return Buffer.from(json, 'utf8').toString('base64url');
}

/** The cursor, or null when the text is not one this function wrote (tampered, truncated, other version). */
export function decodeNameCursor(text: string): NameCursor | null {
  if (text.length > 600 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 5) return null;
  const [version, descending, lastName, firstName, id] = value as unknown[];
  if (version !== VERSION || (descending !== 0 && descending !== 1)) return null;
  if (typeof lastName !== 'string' || typeof firstName !== 'string' || typeof id !== 'string') return null;
  if (!UUID.test(id)) return null;
  return { descending: descending === 1, lastName, firstName, id };
}
