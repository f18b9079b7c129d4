/**
 * The rules every input obeys, applied in one walk over the transformed input before class-validator
 * runs (and to bare text arguments):
 * - Text: C0 control characters other than tab, line feed and carriage return, DEL, the C1 controls
 *   (U+0080–U+009F, what a Windows-1252 text decoded as Latin-1 leaves behind) and unpaired
 *   surrogates are refused (PostgreSQL cannot store NUL; the others are never typed by a person and
 *   break e-mails, SMS, PDFs and CSV/FEC exports). Text is NFC-normalised and trimmed (unless
 *   `@KeepWhitespace()`), then length-capped: a field's own `@MaxLength`/`@Length` when it has one,
 *   else `DEFAULT_MAX_LENGTH`.
 * - Blank text (empty after trimming) on a required field is refused ("obligatoire"); on a
 *   `@NullAllowed()` field it becomes `null`; on another optional field it is refused.
 * - An explicit `null` is accepted only on `@NullAllowed()` fields.
 * Each problem names the field by its dotted path, in French.
 */
import type { FieldProblem } from '../errors.js';
import { fieldsOf, type FieldMetadata, type InputClass } from './field-metadata.js';
import { isNullAllowed, keepsWhitespace } from './input-rules.js';

/** Cap of a text field that declares none (names, notes, tokens…). */
export const DEFAULT_MAX_LENGTH = 2000;

const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN_CHARACTERS.test(text);
}

function label(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\d+\]$/, '');
}

const OPTIONS_FOR_UNKNOWN: FieldMetadata = { optional: true, maxLength: undefined, validators: [] };

interface Field {
  path: string;
  optional: boolean;
  nullAllowed: boolean;
  keepWhitespace: boolean;
  maxLength: number | undefined;
  requiredMessage?: string;
}

/**
 * Normalises `value` in place where it can (trimmed text, blank → null) and returns the problems found.
 * Returns the value to use for a bare (non-object) argument.
 */
export function normalizeValue(value: unknown, field: Field, problems: FieldProblem[]): unknown {
  const name = label(field.path);
  if (value === null) {
    if (!field.nullAllowed && field.optional) {
      problems.push({
        field: field.path,
        message: `Le champ « ${name} » ne peut pas être nul : omettez-le pour ne pas le modifier.`,
      });
    }
    return value;
  }
  if (typeof value === 'string') return normalizeText(value, field, problems);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemField = { ...field, path: `${field.path}[${index}]`, nullAllowed: false, optional: false };
      if (item === null) {
        problems.push({
          field: itemField.path,
          message: `La liste « ${name} » ne peut pas contenir de valeur nulle.`,
        });
        return;
      }
      value[index] = normalizeValue(item, itemField, problems);
    });
    return value;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    normalizeObject(value as Record<string, unknown>, field.path, problems);
  }
  return value;
}

function normalizeText(raw: string, field: Field, problems: FieldProblem[]): string | null {
  const name = label(field.path);
  if (hasForbiddenCharacters(raw)) {
    problems.push({
      field: field.path,
      message: `Le champ « ${name} » contient un caractère non autorisé (caractère de contrôle ou invisible).`,
    });
    return raw;
  }
  const text = field.keepWhitespace ? raw.normalize('NFC') : raw.normalize('NFC').trim();
  if (text.trim() === '') {
    if (field.nullAllowed) return null;
    problems.push({
      field: field.path,
      message: field.optional
        ? `Le champ « ${name} » ne peut pas être vide.`
        : (field.requiredMessage ?? `Le champ « ${name} » est obligatoire.`),
    });
    return text;
  }
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > max && field.maxLength === undefined) {
    problems.push({
      field: field.path,
      message: `Le champ « ${name} » ne doit pas dépasser ${max.toLocaleString('fr-FR')} caractères.`,
    });
  }
  return text;
}

/** Walks the own properties of an input object (a class instance, or a plain object inside one). */
export function normalizeObject(
  target: Record<string, unknown>,
  path: string,
  problems: FieldProblem[],
): void {
  const ctor = Object.getPrototypeOf(target) === null ? undefined : (target.constructor as InputClass);
  const fields = ctor !== undefined && ctor !== Object ? fieldsOf(ctor) : undefined;
  const prototype = ctor?.prototype as object | undefined;
  for (const key of Object.keys(target)) {
    const meta = fields?.get(key) ?? OPTIONS_FOR_UNKNOWN;
    const field: Field = {
      path: path === '' ? key : `${path}.${key}`,
      optional: meta.optional,
      nullAllowed: prototype !== undefined && isNullAllowed(prototype, key),
      keepWhitespace: prototype !== undefined && keepsWhitespace(prototype, key),
      maxLength: meta.maxLength,
      requiredMessage: meta.requiredMessage,
    };
    target[key] = normalizeValue(target[key], field, problems);
  }
}
