import { i18n, loadScreenStrings } from '../i18n';

// French puts 0 and 1 in the singular: « 0 produit », « 1 produit », « 2 produits ».
const cases = [
  [
    'stock.valuation.result',
    { date: '30/11/2026', value: '5 €' },
    { 0: '(0 produit en stock)', 1: '(1 produit en stock)', 2: '(2 produits en stock)' },
  ],
  ['stock.counting.progress', { counted: 0 }, { 1: '0 / 1 produit compté', 2: '0 / 2 produits comptés' }],
  ['stock.orders.linesReceived', { received: 0 }, { 1: '0 / 1 ligne reçue', 2: '0 / 2 lignes reçues' }],
  ['stock.orders.linePartly', { name: 'Sérum', quantity: 8, unit: 'u.' }, { 1: '(1 reçu)', 2: '(2 reçus)' }],
  ['payments.list.exported', {}, { 1: '1 paiement exporté.', 2: '2 paiements exportés.' }],
  [
    'till.journal.downloaded',
    { file: 'a.zip', sha: 'ab' },
    { 1: ': 1 enregistrement (', 2: ': 2 enregistrements (' },
  ],
  ['clients.merge.movedNotes', {}, { 0: '0 note', 1: '1 note', 2: '2 notes' }],
  ['clients.merge.movedMessages', {}, { 1: '1 message', 2: '2 messages' }],
] as const;

describe('counted strings', () => {
  beforeAll(() => loadScreenStrings());

  it.each(cases)('%s', (key, values, counts) => {
    for (const [count, text] of Object.entries(counts))
      expect(i18n.t(key, { ...values, count: Number(count) })).toContain(text);
  });
});
