import { renderEmailHtml, renderEmailText } from './email-layout.js';
import { smsLength } from '../domain/sms-segments.js';
import { emailContent, formatDateTime, formatEuros, smsText, type MessageContext } from './messages.js';
import { renderSms } from './render.js';

const ctx: MessageContext = {
  institute: {
    name: 'Institut Rose',
    addressLines: ['1 rue de la Paix', '75002 Paris'],
    phone: '01 23 45 67 89',
    email: 'contact@rose.test',
    brandColor: '#aa3366',
  },
  booking: {
    id: 'b1',
    reference: 'K7P2QX',
    start: Date.parse('2026-03-29T08:00:00Z'),
    end: Date.parse('2026-03-29T09:00:00Z'),
    sequence: 0,
    source: 'ONLINE',
    clientNote: 'Peau <sensible>',
    possibleDuplicate: false,
    items: [{ serviceName: 'Soin éclat', practitionerName: 'Nina', start: 0, durationMinutes: 60 }],
    totalCents: 6500,
  },
  client: { firstName: 'Jeanne', lastName: 'Test', email: 'jeanne@exemple.fr', phone: '+33612345678' },
  manageUrl: 'https://rose.test/rendez-vous/abc',
  crmUrl: 'https://rose.test/crm/',
  payment: { amountCents: 2000, refundedCents: 2000 },
};

describe('messages', () => {
  it('formats dates in Paris time and euros the French way', () => {
    // 08:00Z on the day of the spring change is 10:00 CEST.
    expect(formatDateTime(ctx.booking.start)).toBe('dimanche 29 mars 2026 à 10:00');
    expect(formatEuros(123456)).toBe('1 234,56 €');
  });

  it('writes a French confirmation subject with the date and the institute', () => {
    expect(emailContent('BOOKING_CONFIRMED', ctx).subject).toBe(
      'Rendez-vous confirmé le dimanche 29 mars 2026 à 10:00 – Institut Rose',
    );
    expect(emailContent('BOOKING_CONFIRMED', ctx).button).toEqual({
      label: 'Gérer mon rendez-vous',
      url: 'https://rose.test/rendez-vous/abc',
    });
    expect(emailContent('DEPOSIT_RECEIPT', ctx).subject).toBe('Acompte de 20,00 € reçu – Institut Rose');
    expect(emailContent('BOOKING_CANCELLED', ctx).button).toBeNull();
  });

  it('renders escaped HTML in the institute colour and a matching text part', async () => {
    const content = emailContent('INSTITUTE_NEW_BOOKING', ctx);
    const html = await renderEmailHtml(content, ctx.institute);
    expect(html).toContain('Peau &lt;sensible&gt;');
    expect(html).not.toContain('<sensible>');
    expect(html).toContain('#aa3366');
    expect(html).toContain('lang="fr"');
    const text = renderEmailText(emailContent('BOOKING_CONFIRMED', ctx), ctx.institute);
    expect(text).toContain('Gérer mon rendez-vous : https://rose.test/rendez-vous/abc');
    expect(text).toContain('Référence  : K7P2QX');
  });

  it('asks the institute to check a booking that may belong to another person than the record', () => {
    const check = (possibleDuplicate: boolean) =>
      emailContent('INSTITUTE_NEW_BOOKING', {
        ...ctx,
        booking: { ...ctx.booking, possibleDuplicate },
      }).paragraphs.filter((p) => p.startsWith('À vérifier'));
    expect(check(true)).toHaveLength(1);
    expect(check(false)).toEqual([]);
  });

  it('keeps the confirmation SMS short, with the accents GSM-7 has', () => {
    const expected =
      'Institut Rose : RDV confirmé dim. 29 mars à 10h00. Gérer : https://rose.test/rendez-vous/abc';
    expect(smsText('BOOKING_CONFIRMED', ctx)).toBe(expected);
    // What is sent: é and à are GSM-7 characters, so they stay, in one 7-bit segment.
    expect(renderSms('BOOKING_CONFIRMED', ctx)).toBe(expected);
    expect(smsLength(expected)).toMatchObject({ encoding: 'GSM7', segments: 1 });
  });

  it.each(['BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_REMINDER'] as const)(
    'sends %s in GSM-7, spelling only the characters GSM-7 lacks',
    (template) => {
      // août: û is not in GSM-7 (u); the é of the institute's name is.
      const august = { ...ctx, institute: { ...ctx.institute, name: 'Beauté Zoë' } };
      const text = renderSms(template, {
        ...august,
        booking: { ...ctx.booking, start: Date.parse('2026-08-04T08:00:00Z') },
      });
      expect(text).toContain('Beauté');
      expect(text).toContain('aout');
      expect(smsLength(text).encoding).toBe('GSM7');
      expect(text).not.toMatch(/Gerer|confirme |deplace|annule\./);
    },
  );
});
