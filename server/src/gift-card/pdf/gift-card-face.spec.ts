import { formatCardEuros, giftCardFace, lastValidDay, type GiftCardDocument } from './gift-card-face.js';
import { qrMatrix } from './gift-card-pdf.js';

const card: GiftCardDocument = {
  institute: {
    name: 'Institut Lumière',
    addressLines: ['3 place du Marché', '69002 Lyon'],
    phone: '04 72 00 00 00',
    email: null,
    brandColor: '#8e5b6e',
  },
  kind: 'AMOUNT',
  faceValueCents: 123_450,
  serviceName: null,
  buyerName: '  Paul ',
  recipientName: 'Marie',
  message: '  Bon anniversaire  ',
  code: 'ABCDEFGHJKLMNPQ7',
  // Midnight Paris after 31 October 2027 (winter time again: 23:00 UTC).
  expiresAt: Date.parse('2027-10-31T23:00:00Z'),
  issuedAt: Date.parse('2026-10-31T10:00:00Z'),
};

describe('the printed gift card', () => {
  it('says the amount in French euros, who gives it to whom, and the trimmed message', () => {
    const face = giftCardFace(card);
    expect(face.value).toBe('1 234,50 €');
    expect(face.valueNote).toBeNull();
    expect([face.to, face.from, face.message]).toEqual([
      'Pour Marie',
      'De la part de Paul',
      'Bon anniversaire',
    ]);
  });

  it('groups the code for reading and puts the bare code in the QR code', () => {
    const face = giftCardFace(card);
    expect(face.codeGrouped).toBe('ABCD-EFGH-JKLM-NPQ7');
    expect(face.qrPayload).toBe('ABCDEFGHJKLMNPQ7');
  });

  it('gives the last valid Paris day, across the October clock change', () => {
    expect(lastValidDay(card.expiresAt)).toBe('31 octobre 2027');
    expect(giftCardFace(card).validUntil).toBe('Valable jusqu’au 31 octobre 2027 inclus');
    expect(giftCardFace(card).conditions.join(' ')).toContain('Ni remboursable');
  });

  it('names the service of a service card, with its worth', () => {
    const face = giftCardFace({
      ...card,
      kind: 'SERVICE',
      serviceName: 'Soin visage éclat',
      faceValueCents: 8500,
    });
    expect(face.value).toBe('Soin visage éclat');
    expect(face.valueNote).toBe('Prestation d’une valeur de 85,00 €');
  });

  it('leaves out missing names and an empty message, and lists how to reach the institute', () => {
    const face = giftCardFace({ ...card, buyerName: null, recipientName: ' ', message: '   ' });
    expect([face.to, face.from, face.message]).toEqual([null, null, null]);
    expect(face.contact).toEqual(['3 place du Marché', '69002 Lyon', 'Tél. 04 72 00 00 00']);
  });

  it('uses plain spaces the built-in PDF fonts can draw', () => {
    expect(formatCardEuros(100_000)).toBe('1 000,00 €');
  });

  it('draws a version 1 QR code for a 16-symbol code (21 modules, finder in the corner)', () => {
    const m = qrMatrix('ABCDEFGHJKLMNPQ7');
    expect(m).toHaveLength(21);
    expect(m[0].slice(0, 7)).toEqual([true, true, true, true, true, true, true]);
  });
});
