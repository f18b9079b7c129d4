import { fr } from '../../app/locales/fr';
import { csvField, parisIso, paymentsCsv, type CsvLabels } from './payments-csv';
import { payment } from './testing';

const labels: CsvLabels = {
  headers: fr.payments.csv.headers,
  kind: fr.payments.kind,
  method: fr.payments.method,
  provider: fr.payments.provider,
  status: fr.payments.status,
};

describe('paymentsCsv', () => {
  it('writes what Excel in French opens as a table: BOM, semicolons, CRLF, decimal commas, ISO dates', () => {
    const csv = paymentsCsv(
      [
        payment({
          id: 'p1',
          amountCents: 123456,
          refundedCents: 2000,
          status: 'PARTIALLY_REFUNDED',
          createdAt: '2026-11-26T09:04:05.000Z',
        }),
        payment({
          id: 'p2',
          kind: 'DEPOSIT',
          method: 'CARD_ONLINE',
          provider: 'STRIPE',
          amountCents: 1350,
          bookingId: null,
          providerReference: 'pi_3;"x"',
          createdAt: '2026-07-01T21:30:00.000Z',
        }),
      ],
      labels,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Date;Heure;Horodatage;Type;Moyen;Prestataire;Statut;Montant;Remboursé;Net encaissé;Devise;Rendez-vous;Référence prestataire;Identifiant',
      '2026-11-26;10:04:05;2026-11-26T10:04:05+01:00;Solde;Espèces;À l’accueil;Remboursé en partie;1234,56;20,00;1214,56;EUR;b1;;p1',
      '2026-07-01;23:30:00;2026-07-01T23:30:00+02:00;Acompte;Carte en ligne;Stripe;Encaissé;13,50;0,00;13,50;EUR;;"pi_3;""x""";p2',
      '',
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(paymentsCsv([], labels).split('\r\n')).toHaveLength(2);
  });
});

describe('csvField', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvField('ligne\nsuivante')).toBe('"ligne\nsuivante"');
    expect(csvField('simple')).toBe('simple');
  });

  it('keeps text from running as a spreadsheet formula, not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+33 6')).toBe("'+33 6");
    expect(csvField('-3,00', { text: false })).toBe('-3,00');
  });
});

describe('parisIso', () => {
  it('gives the Paris wall clock with its offset, across both DST changes', () => {
    expect(parisIso('2026-03-29T00:59:59.000Z').timestamp).toBe('2026-03-29T01:59:59+01:00');
    expect(parisIso('2026-03-29T01:00:00.000Z').timestamp).toBe('2026-03-29T03:00:00+02:00');
    expect(parisIso('2026-10-25T00:30:00.000Z').timestamp).toBe('2026-10-25T02:30:00+02:00');
    expect(parisIso('2026-10-25T01:30:00.000Z').timestamp).toBe('2026-10-25T02:30:00+01:00');
    expect(parisIso('2026-12-31T23:00:00.000Z').date).toBe('2027-01-01');
  });
});
