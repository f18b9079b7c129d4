import { stockExportCsv, stockExportSheet, type StockExportLine } from './stock-export.js';

const serum: StockExportLine = {
  name: 'Sérum éclat',
  brand: 'Lumière',
  category: 'Visage',
  barcode: '3760000000017',
  supplier: 'Cosmétiques du Sud',
  kind: 'RETAIL',
  unit: 'PIECE',
  content: '30 ml',
  quantity: 4,
  threshold: 2,
  averageCostCents: 1850,
  valueCents: 7400,
};
const oil: StockExportLine = {
  ...serum,
  name: 'Huile de massage',
  brand: null,
  barcode: null,
  supplier: null,
  kind: 'PROFESSIONAL',
  unit: 'ML',
  content: null,
  quantity: 1500,
  threshold: null,
  averageCostCents: 3,
  valueCents: 4500,
};

describe('stockExportSheet', () => {
  const sheet = stockExportSheet('Stock au 06.12.2026', [serum, oil]);

  it('writes one row per product, money in cents, labels in French', () => {
    expect(sheet.rows).toEqual([
      [
        'Sérum éclat',
        'Lumière',
        'Visage',
        '3760000000017',
        'Cosmétiques du Sud',
        'Vente',
        '30 ml',
        4,
        'pièce',
        2,
        1850,
        7400,
      ],
      ['Huile de massage', null, 'Visage', null, null, 'Cabine', null, 1500, 'ml', null, 3, 4500],
    ]);
  });

  it('totals the value only: pieces and millilitres are not added up', () => {
    expect(sheet.footer).toEqual([
      'Total',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      11900,
    ]);
  });
});

describe('stockExportCsv', () => {
  it('writes the same table with French decimals and the total last', () => {
    const lines = stockExportCsv([serum, oil]).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFProduit;Marque;Catégorie;Code-barres;Fournisseur;Type;Contenance;Quantité;Unité;Seuil d’alerte;Coût moyen HT (CUMP);Valeur HT',
    );
    expect(lines[1]).toBe(
      'Sérum éclat;Lumière;Visage;3760000000017;Cosmétiques du Sud;Vente;30 ml;4;pièce;2;18,50;74,00',
    );
    expect(lines[2]).toBe('Huile de massage;;Visage;;;Cabine;;1500;ml;;0,03;45,00');
    expect(lines[3]).toBe('Total;;;;;;;;;;;119,00');
    expect(lines[4]).toBe('');
  });
});
