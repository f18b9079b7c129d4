/** How a message of the log reads in the CRM. Pure. */
import type { NotificationFieldsFragment } from '../../gql/graphql';

export type LogNotification = NotificationFieldsFragment;

/** "06 12 34 56 78" for a French E.164 number; anything else (an e-mail address) as it is. */
export function displayRecipient(recipient: string): string {
  const match = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(recipient);
  return match ? `0${match.slice(1).join(' ')}` : recipient;
}

/** The instant worth showing beside the status: when it left, or when it is due if held back (SMS at night). */
export function statusInstant(
  n: Pick<LogNotification, 'status' | 'sentAt' | 'scheduledFor' | 'createdAt'>,
): { kind: 'sentAt' | 'scheduledFor'; at: string } | null {
  if (n.status === 'SENT' && n.sentAt) return { kind: 'sentAt', at: n.sentAt };
  if (n.status === 'QUEUED' && Date.parse(n.scheduledFor) - Date.parse(n.createdAt) > 60_000)
    return { kind: 'scheduledFor', at: n.scheduledFor };
  return null;
}

/** An error as stored by the sender can be long (a stack, an SMTP transcript): its first line, capped. */
export function shortError(error: string, max = 160): string {
  const line = error.split('\n')[0].trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
