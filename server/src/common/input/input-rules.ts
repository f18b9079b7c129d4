/**
 * What an input field says about itself beyond its type, read by the input pipe for every field of
 * every input in one place:
 * - `@NullAllowed()`: an explicit `null` (or a blank text) reaches the service, which treats it as
 *   "clear the value" (a nullable column) or "no constraint" (a filter). Without it, an explicit `null`
 *   on an optional field is refused with a French BAD_USER_INPUT naming the field: leave the field out
 *   to keep the stored value.
 * - `@KeepWhitespace()`: the text is taken as typed (passwords); every other text is trimmed.
 */
import 'reflect-metadata';

const NULL_ALLOWED = Symbol('serenaia:null-allowed');
const KEEP_WHITESPACE = Symbol('serenaia:keep-whitespace');

export function NullAllowed(): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(NULL_ALLOWED, true, target, property);
}

export function KeepWhitespace(): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(KEEP_WHITESPACE, true, target, property);
}

export function isNullAllowed(target: object, property: string): boolean {
  return Reflect.getMetadata(NULL_ALLOWED, target, property) === true;
}

export function keepsWhitespace(target: object, property: string): boolean {
  return Reflect.getMetadata(KEEP_WHITESPACE, target, property) === true;
}
