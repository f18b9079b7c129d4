/**
 * Product CSV import, pure: the file as text in, the products it describes and every problem (line,
 * column, French message) out. Separator `;` (what French spreadsheets write) or `,`, detected on the
 * header; fields may be quoted ("…", with "" for a quote). Prices are euros with a comma or a point.
 */
import { ean13Message, ean13Problem } from './ean13.js';

export const PRODUCT_KINDS = ['RETAIL', 'PROFESSIONAL', 'BOTH'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const STOCK_UNITS = ['PIECE', 'ML', 'G'] as const;
export type StockUnit = (typeof STOCK_UNITS)[number];
/** French VAT rates, in basis points. */
export const VAT_RATES_BP = [0, 210, 550, 1000, 2000] as const;

export const MAX_IMPORT_LINES = 2000;

export interface ProductDraft {
  name: string;
  brand: string | null;
  category: string | null;
  barcode: string | null;
  priceCents: number;
  vatRateBp: number;
  costCents: number;
  kind: ProductKind;
  unit: StockUnit;
  threshold: number | null;
  supplierName: string | null;
}

export interface CsvProblem {
  /** 1-based line of the file (1 = the header). */
  line: number;
  column: string | null;
  message: string;
}

export interface ParsedCsv {
  rows: { line: number; product: ProductDraft }[];
  problems: CsvProblem[];
}

const COLUMNS = {
  nom: true,
  marque: false,
  categorie: false,
  code_barres: false,
  prix_ttc: true,
  tva: true,
  cout_achat: false,
  type: false,
  unite: false,
  seuil: false,
  fournisseur: false,
} as const;
type Column = keyof typeof COLUMNS;
export const CSV_COLUMNS = Object.keys(COLUMNS) as Column[];

function headerKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_');
}

/** Splits one line into fields (RFC 4180 quotes). Null when a quote is left open. */
export function splitCsvLine(line: string, separator: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** "12,50", "12.5", "12" → cents; null when it is not such a number. */
export function parseEuros(text: string): number | null {
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

function priceProblem(text: string, label: string): string {
  if (text.includes('€')) return `${label} : écrivez le montant sans symbole € (par exemple 12,50).`;
  if (text.startsWith('-')) return `${label} ne peut pas être négatif.`;
  return `${label} « ${text} » n’est pas un montant (par exemple 12,50).`;
}

/** "20", "20 %", "5,5" → basis points among the French rates. */
function parseVat(text: string): number | null {
  const m = /^(\d{1,2})(?:[.,](\d))?\s*%?$/.exec(text);
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number(m[2] ?? '0') * 10;
  return (VAT_RATES_BP as readonly number[]).includes(bp) ? bp : null;
}

const KIND_WORDS: Record<string, ProductKind> = {
  retail: 'RETAIL',
  vente: 'RETAIL',
  revente: 'RETAIL',
  professional: 'PROFESSIONAL',
  professionnel: 'PROFESSIONAL',
  cabine: 'PROFESSIONAL',
  both: 'BOTH',
  les_deux: 'BOTH',
  mixte: 'BOTH',
};
const UNIT_WORDS: Record<string, StockUnit> = {
  piece: 'PIECE',
  pieces: 'PIECE',
  unite: 'PIECE',
  ml: 'ML',
  g: 'G',
};

export function parseProductCsv(text: string): ParsedCsv {
  const problems: CsvProblem[] = [];
  const rows: ParsedCsv['rows'] = [];
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    return {
      rows,
      problems: [
        {
          line: 1,
          column: null,
          message: 'Le fichier n’est pas un texte UTF-8 : enregistrez-le en « CSV UTF-8 ».',
        },
      ],
    };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0)
    return { rows, problems: [{ line: 1, column: null, message: 'Le fichier est vide.' }] };
  if (lines.length - 1 > MAX_IMPORT_LINES) {
    return {
      rows,
      problems: [
        {
          line: 1,
          column: null,
          message: `Le fichier compte ${(lines.length - 1).toLocaleString('fr-FR')} lignes : importez-en au plus ${MAX_IMPORT_LINES.toLocaleString('fr-FR')} à la fois.`,
        },
      ],
    };
  }
  const separator = (lines[0].match(/;/g)?.length ?? 0) >= (lines[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  const header = (splitCsvLine(lines[0], separator) ?? []).map(headerKey);
  const unknown = header.filter((h) => !(h in COLUMNS));
  const missing = CSV_COLUMNS.filter((c) => COLUMNS[c] && !header.includes(c));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [];
    if (missing.length > 0) parts.push(`colonnes manquantes : ${missing.join(', ')}`);
    if (unknown.length > 0) parts.push(`colonnes inconnues : ${unknown.join(', ')}`);
    return {
      rows,
      problems: [
        {
          line: 1,
          column: null,
          message: `En-tête invalide (${parts.join(' ; ')}). Colonnes attendues : ${CSV_COLUMNS.join(';')}.`,
        },
      ],
    };
  }
  const barcodes = new Map<string, number>();
  for (let i = 1; i < lines.length; i += 1) {
    const lineNo = i + 1;
    if (lines[i].trim() === '') continue;
    const fields = splitCsvLine(lines[i], separator);
    if (fields === null) {
      problems.push({ line: lineNo, column: null, message: 'Guillemet non refermé.' });
      continue;
    }
    if (fields.length !== header.length) {
      problems.push({
        line: lineNo,
        column: null,
        message: `${fields.length} colonnes au lieu de ${header.length}.`,
      });
      continue;
    }
    const get = (c: Column): string => fields[header.indexOf(c)] ?? '';
    const before = problems.length;
    const bad = (column: Column, message: string) => problems.push({ line: lineNo, column, message });

    const name = get('nom');
    if (name === '' || name.length > 120) bad('nom', 'Le nom est obligatoire (120 caractères au plus).');
    const priceCents = parseEuros(get('prix_ttc'));
    if (priceCents === null) bad('prix_ttc', priceProblem(get('prix_ttc'), 'Le prix TTC'));
    const vat = parseVat(get('tva'));
    if (vat === null) bad('tva', `Taux de TVA « ${get('tva')} » invalide (0, 2,1, 5,5, 10 ou 20).`);
    let costCents: number | null = 0;
    if (get('cout_achat') !== '') {
      costCents = parseEuros(get('cout_achat'));
      if (costCents === null) bad('cout_achat', priceProblem(get('cout_achat'), 'Le coût d’achat'));
    }
    let barcode: string | null = get('code_barres') || null;
    if (barcode !== null) {
      const problem = ean13Problem(barcode);
      if (problem !== null) bad('code_barres', ean13Message(problem));
      else if (barcodes.has(barcode))
        bad('code_barres', `Code-barres déjà présent ligne ${barcodes.get(barcode)}.`);
      else barcodes.set(barcode, lineNo);
    } else barcode = null;
    const kindWord = headerKey(get('type') || 'vente');
    const kind = KIND_WORDS[kindWord];
    if (kind === undefined) bad('type', `Type « ${get('type')} » inconnu (vente, cabine ou les deux).`);
    const unit = UNIT_WORDS[headerKey(get('unite') || 'piece')];
    if (unit === undefined) bad('unite', `Unité « ${get('unite')} » inconnue (pièce, ml ou g).`);
    let threshold: number | null = null;
    if (get('seuil') !== '') {
      threshold = /^\d{1,6}$/.test(get('seuil')) ? Number(get('seuil')) : null;
      if (threshold === null) bad('seuil', 'Le seuil doit être un nombre entier positif ou nul.');
    }
    if (problems.length > before) continue;
    rows.push({
      line: lineNo,
      product: {
        name,
        brand: get('marque') || null,
        category: get('categorie') || null,
        barcode,
        priceCents: priceCents!,
        vatRateBp: vat!,
        costCents: costCents!,
        kind: kind,
        unit: unit,
        threshold,
        supplierName: get('fournisseur') || null,
      },
    });
  }
  return { rows, problems };
}
