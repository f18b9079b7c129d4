/**
 * A heuristic that tells an English message from a French one, for messages a person may see. It
 * counts common English and French words once quoted parts (field names, echoed input) and product
 * names are removed. Pure.
 */

/** Names that read the same in both languages and must not count. */
const PRODUCT_NAMES = [
  'Sérénaia',
  'PayPal',
  'Stripe',
  'SumUp',
  'Solo',
  'GraphQL',
  'SIRET',
  'SIREN',
  'OVH',
  'SMS',
  'E.164',
  'MailDev',
];

const ENGLISH = new Set(
  (
    'an the is are was were be been must should cannot can not no got expected invalid value values ' +
    'provided required allowed unknown than of to with and or too large body request found does did ' +
    'field string number integer represent error internal server forbidden ' +
    'resource unauthorized unauthenticated denied many requests please try again later missing ' +
    'unexpected syntax token only one more less longer shorter equal elements contain empty ' +
    'bad valid exist exists defined'
  ).split(' '),
);

const FRENCH = new Set(
  (
    'le la les l de des du d un une est sont être doit doivent ne n pas plus moins que qui au aux et ou ' +
    'en pour ce cette ces dans sur par avec sans champ valeur obligatoire invalide nombre texte date ' +
    'trop requête réessayez instant erreur interne identifiant existe caractère caractères vide nul ' +
    'nulle liste entier heure jour réservation client créneau vous votre il elle se sa son'
  ).split(' '),
);

/** Quoted parts (« … », "…", `…`, '…'), `$variables` and product names removed. */
export function stripQuoted(message: string): string {
  let text = message
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/\$\w+/g, ' ');
  for (const name of PRODUCT_NAMES) text = text.split(name).join(' ');
  return text;
}

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((w) => w.length > 0);
}

export interface LanguageScore {
  english: number;
  french: number;
}

export function scoreLanguage(message: string): LanguageScore {
  const words = wordsOf(stripQuoted(message));
  return {
    english: words.filter((w) => ENGLISH.has(w)).length,
    french: words.filter((w) => FRENCH.has(w)).length,
  };
}

/**
 * English when English words outnumber French ones, with at least two of them — or one when the
 * message has no French word and no accented letter at all ("Unauthorized", "Forbidden resource").
 */
export function isEnglish(message: string): boolean {
  const { english, french } = scoreLanguage(message);
  if (english >= 2 && english > french) return true;
  const accented = /[àâçéèêëîïôûùüœ]/i.test(stripQuoted(message));
  return english >= 1 && french === 0 && !accented;
}
