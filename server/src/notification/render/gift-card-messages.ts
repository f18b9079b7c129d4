/**
 * The gift card e-mails, in French, pure: the card itself (to its recipient, or a copy to its buyer)
 * with the PDF attached, and the reminder 30 days before it expires.
 */
import { formatCardEuros, formatCode, lastValidDay } from '../../gift-card/index.js';
import type { EmailContent } from './messages.js';

export interface GiftCardMailContext {
  instituteName: string;
  kind: 'AMOUNT' | 'SERVICE';
  faceValueCents: number;
  balanceCents: number;
  serviceName: string | null;
  recipientName: string | null;
  buyerName: string | null;
  message: string | null;
  code: string;
  expiresAt: number;
  /** The recipient's card, or the copy that tells the buyer it has been sent. */
  role: 'RECIPIENT' | 'BUYER_COPY';
  recipientEmail: string | null;
  balanceUrl: string;
}

function what(c: GiftCardMailContext): string {
  return c.kind === 'SERVICE' && c.serviceName !== null
    ? `« ${c.serviceName} »`
    : `de ${formatCardEuros(c.faceValueCents)}`;
}

export function giftCardEmail(c: GiftCardMailContext): EmailContent {
  const until = lastValidDay(c.expiresAt);
  const details: [string, string][] = [
    [
      'Carte cadeau',
      c.kind === 'SERVICE' && c.serviceName !== null ? c.serviceName : formatCardEuros(c.faceValueCents),
    ],
    ['Code', formatCode(c.code)],
    ['Valable jusqu’au', `${until} inclus`],
  ];
  if (c.role === 'BUYER_COPY') {
    const to = c.recipientName ?? c.recipientEmail ?? 'son destinataire';
    return {
      subject: `Votre carte cadeau ${c.instituteName} a été envoyée à ${to}`,
      preheader: `Carte cadeau ${what(c)}, valable jusqu’au ${until}`,
      heading: 'Votre carte cadeau est partie',
      paragraphs: [
        'Bonjour,',
        `La carte cadeau ${what(c)} que vous avez offerte vient d’être envoyée à ${to}${c.recipientEmail !== null && c.recipientName !== null ? ` (${c.recipientEmail})` : ''}. Vous en trouverez une copie en pièce jointe (PDF).`,
        'Merci de votre confiance.',
      ],
      details,
      button: null,
    };
  }
  const from = c.buyerName === null ? null : c.buyerName;
  return {
    subject:
      from === null
        ? `Votre carte cadeau ${c.instituteName}`
        : `${from} vous offre une carte cadeau ${c.instituteName}`,
    preheader: `Carte cadeau ${what(c)}, valable jusqu’au ${until}`,
    heading:
      c.recipientName === null
        ? 'Une carte cadeau pour vous'
        : `${c.recipientName}, une carte cadeau pour vous`,
    paragraphs: [
      'Bonjour,',
      `${from === null ? 'Voici' : `${from} vous offre`} une carte cadeau ${what(c)} chez ${c.instituteName}. Elle est en pièce jointe (PDF) : présentez son code ou son QR code à l’accueil, ou saisissez le code en ligne.`,
      ...(c.message === null || c.message.trim() === '' ? [] : [`Son message : « ${c.message.trim()} »`]),
      `Elle est valable jusqu’au ${until} inclus.`,
    ],
    details,
    button: { label: 'Consulter le solde', url: c.balanceUrl },
  };
}

export function giftCardExpiryReminderEmail(c: GiftCardMailContext): EmailContent {
  const until = lastValidDay(c.expiresAt);
  return {
    subject: `Votre carte cadeau ${c.instituteName} expire le ${until}`,
    preheader: `Il vous reste ${formatCardEuros(c.balanceCents)} à utiliser`,
    heading: 'Votre carte cadeau expire bientôt',
    paragraphs: [
      'Bonjour,',
      `Votre carte cadeau ${c.instituteName} se termine le ${until} au soir, et il vous reste ${formatCardEuros(c.balanceCents)} à utiliser. Après cette date, le solde est perdu.`,
      'Réservez un soin ou passez à l’institut : la carte est de nouveau en pièce jointe (PDF).',
    ],
    details: [
      ['Solde', formatCardEuros(c.balanceCents)],
      ['Code', formatCode(c.code)],
      ['Valable jusqu’au', `${until} inclus`],
    ],
    button: { label: 'Consulter le solde', url: c.balanceUrl },
  };
}
