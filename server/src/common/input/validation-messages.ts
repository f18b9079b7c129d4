/**
 * French messages for class-validator's failures. A decorator given its own `message` keeps it; any
 * other failure gets a message built here from the constraint and its arguments, naming the field, so
 * that no English default ("position must not be less than 0") reaches a person.
 */
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../errors.js';
import { fieldsOf, type InputClass } from './field-metadata.js';

const frNumber = (value: unknown): string =>
  typeof value === 'number' ? value.toLocaleString('fr-FR') : String(value);

const plural = (count: unknown, one: string, many: string): string =>
  `${frNumber(count)} ${Number(count) > 1 ? many : one}`;

type Predicate = (constraints: readonly unknown[]) => string;

/** What the field must be, by class-validator constraint name: "Le champ « x » <predicate>." */
const PREDICATES: Record<string, Predicate> = {
  isDefined: () => 'est obligatoire',
  isNotEmpty: () => 'est obligatoire',
  arrayNotEmpty: () => 'doit contenir au moins un élément',
  isString: () => 'doit être un texte',
  isInt: () => 'doit être un nombre entier',
  isNumber: () => 'doit être un nombre',
  isNumberString: () => 'doit être un nombre',
  isPositive: () => 'doit être strictement positif',
  isNegative: () => 'doit être strictement négatif',
  isBoolean: () => 'doit valoir vrai ou faux',
  isDate: () => 'doit être une date',
  isEmail: () => 'doit être une adresse e-mail valide',
  isUrl: () => 'doit être une adresse web valide',
  isUuid: () => 'doit être un identifiant valide',
  isUUID: () => 'doit être un identifiant valide',
  isHexColor: () => 'doit être une couleur au format #rrggbb',
  isPhoneNumber: () => 'doit être un numéro de téléphone valide',
  isIso8601: () => 'doit être une date au format ISO 8601',
  isISO8601: () => 'doit être une date au format ISO 8601',
  isEnum: (c) => `doit être l’une des valeurs autorisées (${Object.values(c[0] as object).join(', ')})`,
  isIn: (c) => `doit être l’une des valeurs autorisées (${(c[0] as unknown[]).join(', ')})`,
  min: (c) => `doit être supérieur ou égal à ${frNumber(c[0])}`,
  max: (c) => `doit être inférieur ou égal à ${frNumber(c[0])}`,
  minLength: (c) => `doit contenir au moins ${plural(c[0], 'caractère', 'caractères')}`,
  maxLength: (c) => `ne doit pas dépasser ${plural(c[0], 'caractère', 'caractères')}`,
  isLength: (c) =>
    c[1] === undefined
      ? `doit contenir au moins ${plural(c[0], 'caractère', 'caractères')}`
      : `doit contenir entre ${frNumber(c[0])} et ${plural(c[1], 'caractère', 'caractères')}`,
  arrayMinSize: (c) => `doit contenir au moins ${plural(c[0], 'élément', 'éléments')}`,
  arrayMaxSize: (c) => `ne doit pas contenir plus de ${plural(c[0], 'élément', 'éléments')}`,
  arrayUnique: () => 'ne doit pas contenir de doublons',
  matches: () => 'n’a pas le format attendu',
  whitelistValidation: () => 'n’est pas un champ attendu',
  nestedValidation: () => 'doit être un objet valide',
  unknownValue: () => 'contient des données invalides',
};

/** The French message for one failed constraint of `error` (its own message when the DTO set one). */
export function frenchMessage(error: ValidationError, constraint: string, given: string): string {
  const target = error.target?.constructor as InputClass | undefined;
  const meta =
    target === undefined
      ? undefined
      : fieldsOf(target)
          .get(error.property)
          ?.validators.find((v) => (v.name ?? v.type) === constraint);
  if (meta?.message !== undefined) return given;
  const predicate = PREDICATES[constraint];
  const each = meta?.each === true;
  const text = predicate ? predicate(meta?.constraints ?? []) : 'est invalide';
  return each
    ? `Chaque élément du champ « ${error.property} » ${text}.`
    : `Le champ « ${error.property} » ${text}.`;
}

/** Flattens class-validator's tree into `input.address.city: message` problems, in French. */
export function frenchValidationProblems(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const field = isIndex
      ? `${prefix}[${error.property}]`
      : prefix === ''
        ? error.property
        : `${prefix}.${error.property}`;
    for (const [constraint, given] of Object.entries(error.constraints ?? {})) {
      problems.push({ field, message: frenchMessage(error, constraint, given) });
    }
    if (error.children && error.children.length > 0) {
      problems.push(...frenchValidationProblems(error.children, field));
    }
  }
  return problems;
}
