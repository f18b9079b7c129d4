import { ValidationPipe, type ValidationError } from '@nestjs/common';
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
