/** A notification rendered for its channel: subject, HTML, text and calendar for e-mails; text for SMS. */
import { buildIcs } from '../domain/ics.js';
import { preferGsm7 } from '../domain/sms-segments.js';
import type { NotificationTemplate } from '../notification.entities.js';
import { renderEmailHtml, renderEmailText } from './email-layout.js';
import { emailContent, smsText, type MessageContext } from './messages.js';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
  replyTo: string | null;
}

const CALENDAR: Partial<Record<NotificationTemplate, 'REQUEST' | 'CANCEL'>> = {
  BOOKING_CONFIRMED: 'REQUEST',
  BOOKING_RESCHEDULED: 'REQUEST',
  BOOKING_CANCELLED: 'CANCEL',
};

export async function renderEmail(
  template: NotificationTemplate,
  ctx: MessageContext,
  mailDomain: string,
  now: number,
): Promise<RenderedEmail> {
  const content = emailContent(template, ctx);
  const method = CALENDAR[template];
  const toInstitute = template === 'INSTITUTE_NEW_BOOKING';
  return {
    subject: content.subject,
    html: await renderEmailHtml(content, ctx.institute),
    text: renderEmailText(content, ctx.institute),
    calendar:
      method === undefined
        ? null
        : {
            method,
            content: buildIcs({
              method,
              // The same UID as the .ics the public site offers after booking: calendars merge them.
              uid: `${ctx.booking.reference}@serenaia`,
              // A cancellation must carry a higher SEQUENCE than the last update it cancels.
              sequence: ctx.booking.sequence + (method === 'CANCEL' ? 1 : 0),
              start: ctx.booking.start,
              end: ctx.booking.end,
              stamp: now,
              summary: `${ctx.booking.items.map((i) => i.serviceName).join(', ')} – ${ctx.institute.name}`,
              description: [
                `Référence : ${ctx.booking.reference}`,
                ...(ctx.manageUrl === null ? [] : [`Gérer mon rendez-vous : ${ctx.manageUrl}`]),
              ].join('\n'),
              location: [ctx.institute.name, ...ctx.institute.addressLines].join(', '),
              url: ctx.manageUrl,
              organizer: { name: ctx.institute.name, email: ctx.institute.email ?? `rdv@${mailDomain}` },
              attendee:
                ctx.client.email === null
                  ? null
                  : { name: `${ctx.client.firstName} ${ctx.client.lastName}`, email: ctx.client.email },
            }),
          },
    // Clients reply to the institute; the institute's alert replies to the client.
    replyTo: toInstitute ? ctx.client.email : ctx.institute.email,
  };
}

export function renderSms(template: NotificationTemplate, ctx: MessageContext): string {
  return preferGsm7(smsText(template, ctx));
}
