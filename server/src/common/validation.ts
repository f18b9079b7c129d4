import { Injectable, ValidationPipe, type PipeTransform, type ValidationError } from '@nestjs/common';
import { BadUserInputError, type FieldProblem } from './errors.js';

/** Flattens class-validator's tree into `input.address.city: message` problems. */
export function flattenValidationErrors(errors: ValidationError[], prefix = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = `${prefix}.${error.property}`;
    for (const message of Object.values(error.constraints ?? {})) problems.push({ field, message });
    if (error.children && error.children.length > 0)
      problems.push(...flattenValidationErrors(error.children, field));
  }
  return problems;
}

/** Validates every @Args / @Body DTO; a failure is a BAD_USER_INPUT error listing each field in French. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      const summary = fields.map((f) => f.message).join(' ');
      return new BadUserInputError(summary || 'Certaines informations sont invalides.', fields);
    },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For `id: ID!` arguments: anything but a UUID is a BAD_USER_INPUT, never a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new BadUserInputError('Identifiant invalide.', [
        { field: 'id', message: 'Identifiant invalide.' },
      ]);
    }
    return value.toLowerCase();
  }
}
