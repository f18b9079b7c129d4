/**
 * graphql-js reports bad variables and bad documents in English ("Variable "$input" got invalid value
 * … at "input.start"; Int cannot represent non-integer value: 1.5"). This turns each of its messages
 * into a French one naming the field, with the field's path for `extensions.fields`. A message this
 * does not know becomes a generic French one (the original stays available to developers as `detail`).
 */
import type { FieldProblem } from '../field-problem.js';

export interface TranslatedMessage {
  message: string;
  fields: FieldProblem[];
}

/** Our own scalars and rules already speak French: keep their words. */
const FRENCH = /[àâçéèêîïôûùœ«»]|\b(le|la|les|du|des|une?|doit|champ|invalide|requête)\b/i;

function lastSegment(path: string): string {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  return parts[parts.length - 1] || path;
}

/** Why one value was refused, about the field at `path`. */
function reason(detail: string, path: string): { message: string; path: string } {
  const name = lastSegment(path);
  let m: RegExpExecArray | null;
  if ((m = /^Field "([^"]+)" of required type "[^"]+" was not provided\./.exec(detail))) {
    const inner = `${path}.${m[1]}`;
    return { path: inner, message: `Le champ « ${m[1]} » est obligatoire.` };
  }
  if ((m = /^Field "([^"]+)" is not defined by type "[^"]+"/.exec(detail))) {
    return { path: `${path}.${m[1]}`, message: `Le champ « ${m[1]} » n’existe pas.` };
  }
  if (/^Expected non-nullable type "[^"]+" not to be null\.|must be non-null\./.test(detail)) {
    return { path, message: `Le champ « ${name} » est obligatoire.` };
  }
  if (/^Expected type "[^"]+" to be an object\./.test(detail)) {
    return { path, message: `Le champ « ${name} » doit être un objet.` };
  }
  if (/^Exactly one key must be specified/.test(detail)) {
    return { path, message: `Le champ « ${name} » doit contenir exactement une valeur.` };
  }
  if (/^Int cannot represent non 32-bit signed integer value/.test(detail)) {
    return { path, message: `Le champ « ${name} » est un nombre trop grand.` };
  }
  if (/^Int cannot represent/.test(detail)) {
    return { path, message: `Le champ « ${name} » doit être un nombre entier.` };
  }
  if (/^Float cannot represent/.test(detail)) {
    return { path, message: `Le champ « ${name} » doit être un nombre.` };
  }
  if (/^String cannot represent/.test(detail)) {
    return { path, message: `Le champ « ${name} » doit être un texte.` };
  }
  if (/^Boolean cannot represent/.test(detail)) {
    return { path, message: `Le champ « ${name} » doit valoir vrai ou faux.` };
  }
  if (/^ID cannot represent/.test(detail)) {
    return { path, message: `Le champ « ${name} » doit être un identifiant.` };
  }
  if (/^Value "[^"]*" does not exist in "[^"]+" enum|^Enum "[^"]+" cannot represent/.test(detail)) {
    return { path, message: `Le champ « ${name} » n’a pas une valeur autorisée.` };
  }
  const tail = detail.replace(/^Expected type "[^"]+"\.\s*/, '');
  if (tail !== '' && FRENCH.test(tail)) return { path, message: tail };
  return { path, message: `Le champ « ${name} » est invalide.` };
}

function field(path: string, message: string): TranslatedMessage {
  return { message, fields: [{ field: path, message }] };
}

/** French for a graphql-js message; `null` when the message is already French. */
export function translateGraphQLMessage(message: string): TranslatedMessage | null {
  if (FRENCH.test(message) && !/^(Variable|Expected|Field|Cannot|Unknown|Syntax)\b/.test(message))
    return null;
  let m: RegExpExecArray | null;
  if ((m = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message))) {
    const r = reason(m[3], m[2] ?? m[1]);
    return field(r.path, r.message);
  }
  if ((m = /^Variable "\$([^"]+)" of required type "[^"]+" was not provided\./.exec(message))) {
    return field(m[1], `Le champ « ${m[1]} » est obligatoire.`);
  }
  if ((m = /^Variable "\$([^"]+)" of non-null type "[^"]+" must not be null\./.exec(message))) {
    return field(m[1], `Le champ « ${m[1]} » est obligatoire.`);
  }
  if ((m = /^Expected value of type "([^"]+)", found [\s\S]*?(?:; ([\s\S]*))?$/.exec(message))) {
    const detail = m[2];
    if (detail !== undefined && FRENCH.test(detail)) return { message: detail, fields: [] };
    return { message: `Une valeur écrite dans la requête n’a pas le type attendu (${m[1]}).`, fields: [] };
  }
  if (
    (m = /^Field "([^"]+)" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./.exec(
      message,
    ))
  ) {
    return field(m[2], `L’argument « ${m[2]} » de « ${m[1]} » est obligatoire.`);
  }
  if ((m = /^Field "([^".]+\.)?([^"]+)" of required type "[^"]+" was not provided\./.exec(message))) {
    return field(m[2], `Le champ « ${m[2]} » est obligatoire.`);
  }
  if ((m = /^Field "([^"]+)" is not defined by type "([^"]+)"/.exec(message))) {
    return field(m[1], `Le champ « ${m[1]} » n’existe pas dans « ${m[2]} ».`);
  }
  if ((m = /^Cannot query field "([^"]+)" on type "([^"]+)"/.exec(message))) {
    return { message: `Le champ « ${m[1]} » n’existe pas dans « ${m[2]} ».`, fields: [] };
  }
  if ((m = /^Unknown argument "([^"]+)" on field "([^"]+)"/.exec(message))) {
    return { message: `L’argument « ${m[1]} » n’existe pas pour « ${m[2]} ».`, fields: [] };
  }
  if ((m = /^Unknown type "([^"]+)"/.exec(message))) {
    return { message: `Le type « ${m[1]} » n’existe pas.`, fields: [] };
  }
  if ((m = /^Variable "\$([^"]+)" is never used/.exec(message))) {
    return { message: `La variable « ${m[1]} » n’est pas utilisée.`, fields: [] };
  }
  if ((m = /^Variable "\$([^"]+)" is not defined/.exec(message))) {
    return { message: `La variable « ${m[1]} » n’est pas déclarée.`, fields: [] };
  }
  if ((m = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/.exec(message))) {
    return { message: `La requête est trop volumineuse : plus de ${m[1]} éléments.`, fields: [] };
  }
  if (/^Syntax Error/.test(message))
    return { message: 'La requête GraphQL contient une erreur de syntaxe.', fields: [] };
  if (/^Must provide query string|^GraphQL operations must contain/.test(message)) {
    return { message: 'La requête GraphQL est vide.', fields: [] };
  }
  if (/^Must provide operation name|^Unknown operation named/.test(message)) {
    return { message: 'L’opération demandée est introuvable dans la requête.', fields: [] };
  }
  if (/introspection is not allowed/i.test(message)) {
    return { message: 'L’introspection du schéma GraphQL est désactivée en production.', fields: [] };
  }
  if (/Cross-Site Request Forgery/.test(message)) {
    return {
      message: 'Requête refusée (protection CSRF) : envoyez-la en POST avec un en-tête Content-Type JSON.',
      fields: [],
    };
  }
  return { message: 'La requête GraphQL est invalide.', fields: [] };
}
