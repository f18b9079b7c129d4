/**
 * Who receives a gift card's e-mails, and when. Pure: the card's addresses and dates are parameters.
 *
 * - A recipient address: the card goes there; the buyer (if they gave another address) gets a copy.
 * - No recipient address but the buyer's ("send it to me"): the card goes to the buyer.
 * - Neither: nothing is e-mailed (printed at the till, handed over by hand).
 */
export interface CardAddresses {
  recipientEmail: string | null;
  buyerEmail: string | null;
}

export type DeliveryRole = 'RECIPIENT' | 'BUYER_COPY';

export function deliveryMessages(card: CardAddresses): { to: string; role: DeliveryRole }[] {
  const recipient = card.recipientEmail?.trim() || null;
  const buyer = card.buyerEmail?.trim() || null;
  if (recipient === null) return buyer === null ? [] : [{ to: buyer, role: 'RECIPIENT' }];
  const messages: { to: string; role: DeliveryRole }[] = [{ to: recipient, role: 'RECIPIENT' }];
  if (buyer !== null && buyer.toLowerCase() !== recipient.toLowerCase())
    messages.push({ to: buyer, role: 'BUYER_COPY' });
  return messages;
}

/** A card e-mails now when it has no scheduled date or that date has come. */
export function isDeliveryDue(deliverAt: number | null, now: number): boolean {
  return deliverAt === null || deliverAt <= now;
}

/** Where the expiry reminder goes: whoever holds the card (the recipient, else the buyer). */
export function reminderAddress(card: CardAddresses): string | null {
  return card.recipientEmail?.trim() || card.buyerEmail?.trim() || null;
}

/** How long before its expiry a card's holder is reminded. */
export const EXPIRY_REMINDER_DAYS = 30;

/** A plausible e-mail address (the SMTP server has the last word). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/.test(value);
}
