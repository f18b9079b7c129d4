import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { BadUserInputError, type FieldProblem } from './errors.js';
import { normalizeObject, normalizeValue } from './input/normalize-input.js';
import { frenchValidationProblems } from './input/validation-messages.js';

export { NullAllowed, KeepWhitespace } from './input/input-rules.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object, Date]);

function refuse(problems: FieldProblem[]): never {
  const [first, ...others] = problems;
  const list: [FieldProblem, ...FieldProblem[]] = first
    ? [first, ...others]
    : [{ field: 'input', message: 'Certaines informations sont invalides.' }];
  throw new BadUserInputError([...new Set(list.map((p) => p.message))].join(' '), list);
}

/**
 * The one pipe every `@Args`/`@Body` value goes through (registered globally):
 * 1. input classes are instantiated (class-transformer), then normalised by the shared rules
 *    (`input/normalize-input.ts`: control characters, trimming, blank text, explicit nulls, length);
 *    bare text arguments get the same rules;
 * 2. class-validator checks the DTO's decorators (unknown properties refused), with French messages;
 * 3. any problem is one BAD_USER_INPUT listing each field (`extensions.fields`).
 */
@Injectable()
export class InputPipe implements PipeTransform<unknown, Promise<unknown>> {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // `@Args('input')` names its fields `input.x`; an `@ArgsType` class's fields are arguments themselves.
    const prefix = metadata.data ?? '';
    const problems: FieldProblem[] = [];
    const type = metadata.metatype;
    // GraphQL arguments arrive as 'body' (Nest's name for them); context, info and parent are not input.
    if (metadata.type !== 'body' || value === undefined || value === null) return value;
    if (type === undefined || PRIMITIVES.has(type) || typeof value !== 'object') {
      const normalized = normalizeValue(
        value,
        {
          path: prefix || 'value',
          optional: false,
          nullAllowed: false,
          keepWhitespace: false,
          maxLength: undefined,
        },
        problems,
      );
      if (problems.length > 0) refuse(problems);
      return normalized;
    }
    const instance = plainToInstance(type as new () => object, value) as Record<string, unknown>;
    normalizeObject(instance, prefix, problems);
    if (problems.length > 0) refuse(problems);
    const errors = await validate(instance, {
      whitelist: true,
      forbidNonWhitelisted: false,
      forbidUnknownValues: true,
      validationError: { target: true, value: false },
    });
    if (errors.length > 0) refuse(frenchValidationProblems(errors, prefix));
    return instance;
  }
}

/** Kept for callers that build the pipe themselves (tests, bootstrap). */
export function createValidationPipe(): InputPipe {
  return new InputPipe();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For `id: ID!` arguments: anything but a UUID is a BAD_USER_INPUT, never a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata?: ArgumentMetadata): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      const field = metadata?.data ?? 'id';
      throw new BadUserInputError('Identifiant invalide.', [
        { field, message: `Le champ « ${field} » doit être un identifiant valide.` },
      ]);
    }
    return value.toLowerCase();
  }
}

/** For optional `ID` arguments: absent or null stays null; anything else must be a UUID. */
@Injectable()
export class ParseOptionalIdPipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown, metadata?: ArgumentMetadata): string | null {
    return value === undefined || value === null ? null : new ParseIdPipe().transform(value, metadata);
  }
}

/** For optional `[ID!]` arguments: absent or null stays so; every item must be a UUID (named `field[i]`). */
@Injectable()
export class ParseIdListPipe implements PipeTransform<unknown, string[] | null | undefined> {
  transform(value: unknown, metadata?: ArgumentMetadata): string[] | null | undefined {
    if (value === null || value === undefined) return value;
    const field = metadata?.data ?? 'ids';
    if (!Array.isArray(value)) {
      throw new BadUserInputError(`Le champ « ${field} » doit être une liste d’identifiants.`, field);
    }
    const single = new ParseIdPipe();
    return value.map((item, index) => single.transform(item, { type: 'body', data: `${field}[${index}]` }));
  }
}
