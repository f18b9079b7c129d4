import { MAX_IMPORT_LINES, parseEuros, parseProductCsv, splitCsvLine } from './product-csv.js';

const HEADER = 'nom;marque;catégorie;code_barres;prix_ttc;tva;cout_achat;type;unité;seuil;fournisseur';

describe('parseEuros', () => {
  it.each([
    ['12,50', 1250],
    ['12.5', 1250],
    ['12', 1200],
    ['0,05', 5],
    ['12,505', null],
    ['12,50 €', null],
    ['-3', null],
    ['', null],
  ])('%s → %s', (text, cents) => expect(parseEuros(text)).toBe(cents));
});

describe('splitCsvLine', () => {
  it('handles quotes, doubled quotes and the separator inside quotes', () => {
    expect(splitCsvLine('"Crème ""riche""; 50 ml";Marque; 3 ', ';')).toEqual([
      'Crème "riche"; 50 ml',
      'Marque',
      '3',
    ]);
    expect(splitCsvLine('"open;field', ';')).toBeNull();
  });
});

describe('parseProductCsv', () => {
  it('reads valid lines (semicolons, BOM, CRLF, French words)', () => {
    const csv = `\uFEFF${HEADER}\r\nSérum éclat;Maison Lys;Visage;3600523614578;39,90;20;14,5;vente;pièce;3;Lys Distribution\r\nHuile de massage;;Corps;;0;20 %;22;cabine;ml;500;\r\n`;
    const { rows, problems } = parseProductCsv(csv);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        product: {
          name: 'Sérum éclat',
          brand: 'Maison Lys',
          category: 'Visage',
          barcode: '3600523614578',
          priceCents: 3990,
          vatRateBp: 2000,
          costCents: 1450,
          kind: 'RETAIL',
          unit: 'PIECE',
          threshold: 3,
          supplierName: 'Lys Distribution',
        },
      },
      {
        line: 3,
        product: expect.objectContaining({
          name: 'Huile de massage',
          kind: 'PROFESSIONAL',
          unit: 'ML',
          threshold: 500,
        }),
      },
    ]);
  });

  it('accepts commas as separator', () => {
    const { rows, problems } = parseProductCsv('nom,prix_ttc,tva\nBaume,"12,50",5.5\n');
    expect(problems).toEqual([]);
    expect(rows[0].product).toMatchObject({ name: 'Baume', priceCents: 1250, vatRateBp: 550 });
  });

  it('names the line and column of every problem', () => {
    const csv = [
      HEADER,
      ';M;C;;12;20;;vente;pièce;;',
      'Crème;M;C;3600523614577;12,50 €;19;abc;cadeau;litre;-1;',
      'Crème;M;C;3600523614578;12;20;;vente;pièce;;',
      'Crème 2;M;C;3600523614578;12;20;;vente;pièce;;',
      'Trop;peu',
    ].join('\n');
    const { rows, problems } = parseProductCsv(csv);
    expect(rows.map((r) => r.line)).toEqual([4]);
    expect(problems).toEqual([
      { line: 2, column: 'nom', message: 'Le nom est obligatoire (120 caractères au plus).' },
      {
        line: 3,
        column: 'prix_ttc',
        message: 'Le prix TTC : écrivez le montant sans symbole € (par exemple 12,50).',
      },
      { line: 3, column: 'tva', message: 'Taux de TVA « 19 » invalide (0, 2,1, 5,5, 10 ou 20).' },
      {
        line: 3,
        column: 'cout_achat',
        message: 'Le coût d’achat « abc » n’est pas un montant (par exemple 12,50).',
      },
      {
        line: 3,
        column: 'code_barres',
        message:
          'Le code-barres est invalide : son dernier chiffre (clé de contrôle EAN-13) ne correspond pas.',
      },
      { line: 3, column: 'type', message: 'Type « cadeau » inconnu (vente, cabine ou les deux).' },
      { line: 3, column: 'unite', message: 'Unité « litre » inconnue (pièce, ml ou g).' },
      { line: 3, column: 'seuil', message: 'Le seuil doit être un nombre entier positif ou nul.' },
      { line: 5, column: 'code_barres', message: 'Code-barres déjà présent ligne 4.' },
      { line: 6, column: null, message: '2 colonnes au lieu de 11.' },
    ]);
  });

  it('refuses a wrong header, a non-UTF-8 file, an empty file and a huge file as a whole', () => {
    expect(parseProductCsv('name;price\nx;1').problems[0].message).toMatch(
      /^En-tête invalide \(colonnes manquantes : nom, prix_ttc, tva ; colonnes inconnues : name, price\)/,
    );
    expect(parseProductCsv('nom;prix_ttc;tva\nCr\uFFFDme;1;20').problems[0].message).toMatch(/UTF-8/);
    expect(parseProductCsv('\n\n').problems[0].message).toBe('Le fichier est vide.');
    const big = [
      'nom;prix_ttc;tva',
      ...Array.from({ length: MAX_IMPORT_LINES + 1 }, (_, i) => `P${i};1;20`),
    ].join('\n');
    const parsed = parseProductCsv(big);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].message).toMatch(/au plus 2\u202f000/);
  });
});
