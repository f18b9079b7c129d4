import {
  giftCardEmail,
  giftCardExpiryReminderEmail,
  type GiftCardMailContext,
} from './gift-card-messages.js';

const base: GiftCardMailContext = {
  instituteName: 'Institut Lumière',
  kind: 'AMOUNT',
  faceValueCents: 5000,
  balanceCents: 1250,
  serviceName: null,
  recipientName: 'Marie',
  buyerName: 'Paul',
  message: 'Joyeux anniversaire',
  code: 'ABCDEFGHJKLMNPQ7',
  // Midnight Paris after 31 March 2027 (summer time: 22:00 UTC).
  expiresAt: Date.parse('2027-03-31T22:00:00Z'),
  role: 'RECIPIENT',
  recipientEmail: 'marie@example.fr',
  balanceUrl: 'https://institut.example/cartes-cadeaux/solde',
};

describe('gift card e-mails', () => {
  it('tells the recipient who gives what, until when, with the grouped code', () => {
    const mail = giftCardEmail(base);
    expect(mail.subject).toBe('Paul vous offre une carte cadeau Institut Lumière');
    expect(mail.paragraphs.join('\n')).toContain('une carte cadeau de 50,00 €');
    expect(mail.paragraphs.join('\n')).toContain('« Joyeux anniversaire »');
    expect(mail.details).toContainEqual(['Code', 'ABCD-EFGH-JKLM-NPQ7']);
    expect(mail.details).toContainEqual(['Valable jusqu’au', '31 mars 2027 inclus']);
  });

  it('names the service of a service card', () => {
    const mail = giftCardEmail({
      ...base,
      kind: 'SERVICE',
      serviceName: 'Soin visage éclat',
      buyerName: null,
    });
    expect(mail.subject).toBe('Votre carte cadeau Institut Lumière');
    expect(mail.paragraphs[1]).toContain('« Soin visage éclat »');
  });

  it('tells the buyer the card left, and to whom', () => {
    const mail = giftCardEmail({ ...base, role: 'BUYER_COPY' });
    expect(mail.subject).toBe('Votre carte cadeau Institut Lumière a été envoyée à Marie');
    expect(mail.paragraphs[1]).toContain('Marie (marie@example.fr)');
  });

  it('reminds of the balance left and the last day', () => {
    const mail = giftCardExpiryReminderEmail(base);
    expect(mail.subject).toBe('Votre carte cadeau Institut Lumière expire le 31 mars 2027');
    expect(mail.details).toContainEqual(['Solde', '12,50 €']);
  });
});
