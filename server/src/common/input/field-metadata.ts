/** What class-validator's decorators say about one property of an input class, cached per class. */
import { getMetadataStorage, ValidationTypes } from 'class-validator';

type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

export interface FieldMetadata {
  /** Has `@IsOptional()`: the field may be left out. */
  optional: boolean;
  /** The longest text the field's own validators allow, when they say (`@MaxLength`, `@Length`). */
  maxLength: number | undefined;
  /** The DTO's own wording for a missing value (`@IsNotEmpty`/`@IsDefined` with a string message). */
  requiredMessage?: string;
  validators: readonly ValidationMetadata[];
}

/** An input class (its constructor). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InputClass = abstract new (...args: any[]) => unknown;

const cache = new WeakMap<InputClass, Map<string, FieldMetadata>>();

export function fieldsOf(target: InputClass): Map<string, FieldMetadata> {
  let fields = cache.get(target);
  if (fields !== undefined) return fields;
  fields = new Map();
  const all = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  for (const meta of all) {
    const field = fields.get(meta.propertyName) ?? { optional: false, maxLength: undefined, validators: [] };
    const validators = [...field.validators, meta];
    let { optional, maxLength, requiredMessage } = field;
    if (meta.type === ValidationTypes.CONDITIONAL_VALIDATION && meta.name === 'isOptional') optional = true;
    if (meta.name === 'maxLength') maxLength = Number(meta.constraints[0]);
    if (meta.name === 'isLength' && meta.constraints[1] !== undefined)
      maxLength = Number(meta.constraints[1]);
    if ((meta.name === 'isNotEmpty' || meta.name === 'isDefined') && typeof meta.message === 'string')
      requiredMessage = meta.message;
    fields.set(meta.propertyName, { optional, maxLength, requiredMessage, validators });
  }
  cache.set(target, fields);
  return fields;
}
