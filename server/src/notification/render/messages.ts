/**
 * What each notification says, in French: pure functions from the booking's facts to the subject,
 * the lines of an e-mail and the text of an SMS. The e-mail layout (MJML) is in email-layout.ts.
 */
import type { NotificationTemplate } from '../notification.entities.js';

export const TIME_ZONE = 'Europe/Paris';

export interface MessageContext {
  institute: {
    name: string;
    addressLines: string[];
    phone: string | null;
    email: string | null;
    brandColor: string;
  };
  booking: {
    id: string;
    reference: string;
    start: number;
    end: number;
    sequence: number;
    source: 'ONLINE' | 'STAFF';
    clientNote: string | null;
    /** Joined a client by phone and name with another e-mail address (see Booking.possibleDuplicate). */
    possibleDuplicate: boolean;
    items: { serviceName: string; practitionerName: string; start: number; durationMinutes: number }[];
    totalCents: number;
  };
  client: { firstName: string; lastName: string; email: string | null; phone: string | null };
  /** `${PUBLIC_URL}/rendez-vous/<token>`, for messages to the client about an open booking. */
  manageUrl: string | null;
  /** The CRM's agenda for the institute's alert. */
  crmUrl: string;
  payment: { amountCents: number; refundedCents: number } | null;
}

export interface EmailContent {
  subject: string;
  /** The line mail clients show after the subject. */
  preheader: string;
  heading: string;
  paragraphs: string[];
  details: [label: string, value: string][];
  button: { label: string; url: string } | null;
}

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const shortDateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** « mardi 3 mars 2026 à 10:00 » */
export function formatDateTime(instant: number): string {
  return dateTimeFormat.format(instant);
}

/** « mar. 3 mars à 10h00 » (SMS). */
export function formatShortDateTime(instant: number): string {
  return `${shortDateFormat.format(instant)} à ${timeFormat.format(instant).replace(':', 'h')}`;
}

export function formatEuros(cents: number): string {
  // Intl uses narrow no-break spaces; plain ones read the same and survive every mail client.
  return euros.format(cents / 100).replace(/[\u202f\u00a0]/g, ' ');
}

function services(ctx: MessageContext): string {
  return ctx.booking.items.map((i) => i.serviceName).join(', ');
}

function bookingDetails(ctx: MessageContext): [string, string][] {
  const practitioners = [...new Set(ctx.booking.items.map((i) => i.practitionerName))].join(', ');
  return [
    ['Date', formatDateTime(ctx.booking.start)],
    ['Prestation' + (ctx.booking.items.length > 1 ? 's' : ''), services(ctx)],
    ['Avec', practitioners],
    ['Référence', ctx.booking.reference],
    ['Adresse', [ctx.institute.name, ...ctx.institute.addressLines].join(', ')],
  ];
}

function manageButton(ctx: MessageContext): EmailContent['button'] {
  return ctx.manageUrl === null ? null : { label: 'Gérer mon rendez-vous', url: ctx.manageUrl };
}

function contactLine(ctx: MessageContext): string {
  const phone = ctx.institute.phone === null ? '' : ` au ${ctx.institute.phone}`;
  return `Une question ? Contactez-nous${phone} ou répondez à cet e-mail.`;
}

export function emailContent(template: NotificationTemplate, ctx: MessageContext): EmailContent {
  const when = formatDateTime(ctx.booking.start);
  const hello = `Bonjour ${ctx.client.firstName},`;
  switch (template) {
    case 'BOOKING_CONFIRMED':
      return {
        subject: `Rendez-vous confirmé le ${when} – ${ctx.institute.name}`,
        preheader: `${services(ctx)} le ${when}`,
        heading: 'Votre rendez-vous est confirmé',
        paragraphs: [
          hello,
          `Nous avons le plaisir de confirmer votre rendez-vous du ${when}. Vous le trouverez en pièce jointe pour votre agenda.`,
          contactLine(ctx),
        ],
        details: bookingDetails(ctx),
        button: manageButton(ctx),
      };
    case 'BOOKING_RESCHEDULED':
      return {
        subject: `Rendez-vous déplacé au ${when} – ${ctx.institute.name}`,
        preheader: `Nouvelle date : ${when}`,
        heading: 'Votre rendez-vous a été déplacé',
        paragraphs: [
          hello,
          `Votre rendez-vous a bien été déplacé. Il aura lieu le ${when}. La pièce jointe met votre agenda à jour.`,
          contactLine(ctx),
        ],
        details: bookingDetails(ctx),
        button: manageButton(ctx),
      };
    case 'BOOKING_CANCELLED':
      return {
        subject: `Rendez-vous du ${when} annulé – ${ctx.institute.name}`,
        preheader: `Réf. ${ctx.booking.reference}`,
        heading: 'Votre rendez-vous est annulé',
        paragraphs: [
          hello,
          `Votre rendez-vous du ${when} est annulé. La pièce jointe le retire de votre agenda.`,
          'Nous serons ravis de vous accueillir à une autre date.',
          contactLine(ctx),
        ],
        details: bookingDetails(ctx),
        button: null,
      };
    case 'BOOKING_REMINDER':
      return {
        subject: `Rappel : votre rendez-vous demain à ${timeFormat.format(ctx.booking.start)} – ${ctx.institute.name}`,
        preheader: `${services(ctx)} le ${when}`,
        heading: 'À demain !',
        paragraphs: [
          hello,
          `Nous vous rappelons votre rendez-vous du ${when}.`,
          'Un empêchement ? Merci de nous prévenir au plus tôt.',
          contactLine(ctx),
        ],
        details: bookingDetails(ctx),
        button: manageButton(ctx),
      };
    case 'DEPOSIT_RECEIPT': {
      const amount = formatEuros(ctx.payment?.amountCents ?? 0);
      return {
        subject: `Acompte de ${amount} reçu – ${ctx.institute.name}`,
        preheader: `Rendez-vous du ${when}`,
        heading: 'Acompte bien reçu',
        paragraphs: [
          hello,
          `Nous avons bien reçu votre acompte de ${amount} pour votre rendez-vous du ${when}. Il sera déduit du montant de vos prestations.`,
          contactLine(ctx),
        ],
        details: [['Acompte', amount], ...bookingDetails(ctx)],
        button: manageButton(ctx),
      };
    }
    case 'DEPOSIT_REFUNDED': {
      const amount = formatEuros(ctx.payment?.refundedCents ?? 0);
      return {
        subject: `Acompte de ${amount} remboursé – ${ctx.institute.name}`,
        preheader: `Réf. ${ctx.booking.reference}`,
        heading: 'Acompte remboursé',
        paragraphs: [
          hello,
          `Nous vous avons remboursé ${amount} d’acompte pour le rendez-vous du ${when}. Selon votre banque, le remboursement apparaît sous quelques jours.`,
          contactLine(ctx),
        ],
        details: [['Remboursé', amount], ...bookingDetails(ctx)],
        button: null,
      };
    }
    case 'INSTITUTE_NEW_BOOKING':
      return {
        subject: `Nouvelle réservation en ligne : ${ctx.client.firstName} ${ctx.client.lastName}, ${formatShortDateTime(ctx.booking.start)}`,
        preheader: services(ctx),
        heading: 'Nouvelle réservation en ligne',
        paragraphs: [
          `${ctx.client.firstName} ${ctx.client.lastName} a réservé en ligne pour le ${when}.`,
          ...(ctx.booking.clientNote === null
            ? []
            : [`Message de la cliente ou du client : « ${ctx.booking.clientNote} »`]),
          ...(ctx.booking.possibleDuplicate
            ? [
                'À vérifier : ce nom et ce téléphone sont ceux d’une fiche client qui a une autre adresse e-mail. Le rendez-vous y est rattaché et les messages partent à l’adresse saisie. S’il s’agit de la même personne, mettez sa fiche à jour.',
              ]
            : []),
        ],
        details: [
          ...bookingDetails(ctx).filter(([label]) => label !== 'Adresse'),
          ['Montant', formatEuros(ctx.booking.totalCents)],
          ['Téléphone', ctx.client.phone ?? '—'],
          ['E-mail', ctx.client.email ?? '—'],
        ],
        button: { label: 'Ouvrir l’agenda', url: ctx.crmUrl },
      };
    case 'LOW_STOCK':
    case 'PURCHASE_ORDER':
    case 'SALE_RECEIPT':
    case 'GIFT_CARD':
    case 'GIFT_CARD_EXPIRY_REMINDER':
      throw new Error(`${template} is rendered by stock-message.loader.ts`);
    case 'LOYALTY_REWARD_AVAILABLE':
    case 'LOYALTY_TIER_REACHED':
    case 'LOYALTY_REFERRAL_REWARD':
    case 'LOYALTY_REFERRAL_WELCOME':
    case 'LOYALTY_BIRTHDAY_BONUS':
      throw new Error(`${template} is rendered by loyalty-message.loader.ts`);
  }
}

/** Templates that exist as SMS (the others are e-mail only). */
export const SMS_TEMPLATES: readonly NotificationTemplate[] = [
  'BOOKING_CONFIRMED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
  'BOOKING_REMINDER',
  'LOYALTY_REWARD_AVAILABLE',
  'LOYALTY_TIER_REACHED',
];

/** Templates sent to the institute, not the client. */
export const INSTITUTE_TEMPLATES: readonly NotificationTemplate[] = ['INSTITUTE_NEW_BOOKING'];

/** The SMS text: short enough for one GSM-7 segment with a usual name (the sender already names the institute). */
export function smsText(template: NotificationTemplate, ctx: MessageContext): string {
  const when = formatShortDateTime(ctx.booking.start);
  const link = ctx.manageUrl === null ? '' : ` Gérer : ${ctx.manageUrl}`;
  switch (template) {
    case 'BOOKING_CONFIRMED':
      return `${ctx.institute.name} : RDV confirmé ${when}.${link}`;
    case 'BOOKING_RESCHEDULED':
      return `${ctx.institute.name} : RDV déplacé au ${when}.${link}`;
    case 'BOOKING_CANCELLED':
      return `${ctx.institute.name} : votre RDV du ${when} est annulé.`;
    case 'BOOKING_REMINDER':
      return `${ctx.institute.name} : rappel, RDV demain ${when}.${link}`;
    case 'DEPOSIT_RECEIPT':
    case 'DEPOSIT_REFUNDED':
    case 'INSTITUTE_NEW_BOOKING':
    case 'LOW_STOCK':
    case 'PURCHASE_ORDER':
    case 'SALE_RECEIPT':
    case 'GIFT_CARD':
    case 'GIFT_CARD_EXPIRY_REMINDER':
    case 'LOYALTY_REWARD_AVAILABLE':
    case 'LOYALTY_TIER_REACHED':
    case 'LOYALTY_REFERRAL_REWARD':
    case 'LOYALTY_REFERRAL_WELCOME':
    case 'LOYALTY_BIRTHDAY_BONUS':
      throw new Error(`No SMS for ${template}`);
  }
}
