/**
 * What the printed card says, decided apart from the drawing so it can be tested: the value (euros or
 * the service), who gives it to whom, the code grouped for reading, the last valid day in Paris and
 * the conditions. Pure: everything it needs is a parameter.
 */
import { formatCode } from '../domain/gift-card-code.js';
import type { GiftCardKindName } from '../gift-card.entities.js';

export interface GiftCardDocument {
  institute: {
    name: string;
    addressLines: string[];
    phone: string | null;
    email: string | null;
    brandColor: string;
  };
  kind: GiftCardKindName;
  faceValueCents: number;
  serviceName: string | null;
  buyerName: string | null;
  recipientName: string | null;
  message: string | null;
  /** The normalised code (no dashes): what the QR code holds. */
  code: string;
  /** The instant the card stops being usable (midnight Paris after its last valid day). */
  expiresAt: number;
  issuedAt: number;
}

export interface GiftCardFace {
  title: string;
  value: string;
  /** Under the value: the service's worth, or nothing. */
  valueNote: string | null;
  to: string | null;
  from: string | null;
  message: string | null;
  codeGrouped: string;
  qrPayload: string;
  validUntil: string;
  conditions: string[];
  contact: string[];
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' });

/** `1 234,50 €` with plain spaces (the PDF's built-in fonts have no narrow no-break space). */
export function formatCardEuros(cents: number): string {
  return euros.format(cents / 100).replace(/[\u202f\u00a0]/g, ' ');
}

/** The last day the card may be used, as a French date (Paris): the day before its expiry instant. */
export function lastValidDay(expiresAt: number): string {
  return longDate.format(expiresAt - 1).replace(/[\u202f\u00a0]/g, ' ');
}

const MESSAGE_MAX = 280;

export function giftCardFace(d: GiftCardDocument): GiftCardFace {
  const until = lastValidDay(d.expiresAt);
  const service = d.kind === 'SERVICE' && d.serviceName !== null;
  const message = d.message?.trim() ?? '';
  return {
    title: 'Carte cadeau',
    value: service ? (d.serviceName ?? '') : formatCardEuros(d.faceValueCents),
    valueNote: service ? `Prestation d’une valeur de ${formatCardEuros(d.faceValueCents)}` : null,
    to: d.recipientName?.trim() ? `Pour ${d.recipientName.trim()}` : null,
    from: d.buyerName?.trim() ? `De la part de ${d.buyerName.trim()}` : null,
    message:
      message === ''
        ? null
        : message.length > MESSAGE_MAX
          ? `${message.slice(0, MESSAGE_MAX - 1)}…`
          : message,
    codeGrouped: formatCode(d.code),
    qrPayload: d.code,
    validUntil: `Valable jusqu’au ${until} inclus`,
    conditions: [
      'Présentez ce code ou son QR code à l’accueil de l’institut ; son solde se consulte en ligne sur la page « Carte cadeau » du site.',
      service
        ? 'Valable pour la prestation indiquée, sur rendez-vous auprès de l’institut.'
        : 'Utilisable en une ou plusieurs fois, sur les prestations et les produits de l’institut.',
      `Ni remboursable ni échangeable contre des espèces. Valable jusqu’au ${until} inclus ; le solde restant à cette date est perdu.`,
    ],
    contact: [
      ...d.institute.addressLines,
      ...[d.institute.phone === null ? null : `Tél. ${d.institute.phone}`, d.institute.email].filter(
        (x): x is string => x !== null && x !== '',
      ),
    ],
  };
}
