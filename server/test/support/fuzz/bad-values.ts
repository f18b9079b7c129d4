/**
 * The classes of bad values a careless or hostile client sends, as fast-check arbitraries per input
 * position. Each class applies only where it means something (control characters in text, impossible
 * dates in date scalars, fractions in numbers…). Pure.
 */
import fc from 'fast-check';
import type { Target } from './schema-walk.js';

export const BAD_CLASSES = [
  'control-c0',
  'control-c1',
  'lone-surrogate',
  'explicit-null',
  'blank',
  'huge-string',
  'instant-out-of-range',
  'impossible-date',
  'date-without-offset',
  'bad-number',
  'wrong-enum',
  'wrong-type',
  'huge-list',
] as const;

export type BadClass = (typeof BAD_CLASSES)[number];

/** Scalars whose values travel as text: text classes apply to them too. */
const TEXT_KINDS = new Set(['string', 'id', 'scalar']);
const DATE_SCALARS = new Set(['DateTime', 'LocalDate']);

/** NUL, the other C0 controls (tab, LF and CR are legitimate in text) and DEL. */
export const C0_CONTROLS = [
  ...Array.from({ length: 32 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  0x7f,
].map((c) => String.fromCharCode(c));

export const C1_CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i));

/** JSON.stringify writes them as `\udXXX` escapes, so they reach the server as lone surrogates. */
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** Instants are accepted from 1970 to 2100, calendar dates (birthdays) from 1900: just outside both. */
const INSTANTS_OUT_OF_RANGE = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '2101-01-01T00:00:00Z',
];
const DATES_OUT_OF_RANGE = ['0001-01-01', '9999-12-31', '1899-12-31', '2101-01-01', '+275760-09-13'];

const IMPOSSIBLE_INSTANTS = [
  '2027-02-31T10:00:00.000Z',
  '2027-02-29T10:00:00Z',
  '2027-13-01T10:00:00Z',
  '2027-04-31T10:00:00Z',
  '2027-01-05T24:30:00Z',
  '2027-01-05T10:60:00Z',
  '2027-01-05T10:00:00+25:00',
];
const IMPOSSIBLE_DATES = ['2027-02-31', '2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31'];

const INSTANTS_WITHOUT_OFFSET = [
  '2027-01-05T10:00:00',
  '2027-01-05T10:00:00.000',
  '2027-01-05',
  '2027-01-05 10:00',
  '05/01/2027 10:00',
  '1767225600000',
];
const DATES_NOT_STRICT = ['2027-1-5', '05/01/2027', '2027-01-05T00:00:00Z', '20270105', '2027-01-05 '];

const BAD_NUMBERS: unknown[] = [
  -1,
  -2147483648,
  2147483647,
  2147483648,
  1e15,
  Number.MAX_SAFE_INTEGER,
  1.5,
  -0.5,
  0.1,
  'NaN',
  'Infinity',
  '1e309',
  '12',
];

/** Text with `inserted` at a drawn position of a French word: `Hél\u0000ène`. */
const textWith = (inserted: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('Hélène', 'Durand', 'Soin visage', 'x'), inserted, fc.nat())
    .map(([word, char, at]) => {
      const i = at % (word.length + 1);
      return `${word.slice(0, i)}${char}${word.slice(i)}`;
    });

/** A value of another JSON type than the position's. */
function wrongTypes(target: Target): unknown[] {
  const all: unknown[] = ['texte', 42, true, { a: 1 }, ['x']];
  const keep = (v: unknown) => {
    switch (target.kind) {
      case 'string':
      case 'enum':
      case 'scalar':
        return typeof v !== 'string';
      case 'id':
        return typeof v !== 'string' && typeof v !== 'number';
      case 'int':
      case 'float':
        return typeof v !== 'number';
      case 'boolean':
        return typeof v !== 'boolean';
      case 'object':
        return typeof v !== 'object' || Array.isArray(v);
      case 'list':
        // A single value stands for a one-item list in GraphQL: only objects are wrong here.
        return typeof v === 'object' && !Array.isArray(v);
    }
  };
  return [...all.filter(keep), ...(target.required ? [null] : [])];
}

/**
 * The arbitrary of bad values of one class for one position, or undefined when the class does not
 * apply there. `baseline` is the position's valid value (a huge list repeats it).
 */
export function badValues(
  target: Target,
  cls: BadClass,
  baseline: unknown,
): fc.Arbitrary<unknown> | undefined {
  const text = TEXT_KINDS.has(target.kind);
  const date = target.kind === 'scalar' && DATE_SCALARS.has(target.typeName);
  const instant = target.typeName === 'DateTime';
  switch (cls) {
    case 'control-c0':
      return text ? textWith(fc.constantFrom(...C0_CONTROLS)) : undefined;
    case 'control-c1':
      return text ? textWith(fc.constantFrom(...C1_CONTROLS)) : undefined;
    case 'lone-surrogate':
      return text ? textWith(fc.constantFrom(...LONE_SURROGATES)) : undefined;
    case 'explicit-null':
      return target.required ? undefined : fc.constant(null);
    case 'blank':
      return text ? fc.constantFrom('', ' ', '   ', '\t', '\n \n', '\u00a0', '\u3000') : undefined;
    case 'huge-string':
      return text
        ? fc
            .tuple(fc.constantFrom(2_001, 10_001, 100_000), fc.constantFrom('a', 'é', '😀', '9'))
            .map(([n, c]) => c.repeat(n))
        : undefined;
    case 'instant-out-of-range':
      return date ? fc.constantFrom(...(instant ? INSTANTS_OUT_OF_RANGE : DATES_OUT_OF_RANGE)) : undefined;
    case 'impossible-date':
      return date ? fc.constantFrom(...(instant ? IMPOSSIBLE_INSTANTS : IMPOSSIBLE_DATES)) : undefined;
    case 'date-without-offset':
      return date ? fc.constantFrom(...(instant ? INSTANTS_WITHOUT_OFFSET : DATES_NOT_STRICT)) : undefined;
    case 'bad-number':
      return target.kind === 'int' || target.kind === 'float' ? fc.constantFrom(...BAD_NUMBERS) : undefined;
    case 'wrong-enum':
      return target.kind === 'enum'
        ? fc.constantFrom(
            'NOT_A_VALUE',
            ...(target.enumValues ?? []).flatMap((v) => [v.toLowerCase(), ` ${v}`]),
          )
        : undefined;
    case 'wrong-type':
      return fc.constantFrom(...wrongTypes(target));
    case 'huge-list':
      return target.kind === 'list' && Array.isArray(baseline) && baseline.length > 0
        ? fc
            .constantFrom(100, 1_000, 10_000)
            .map((n) => Array.from({ length: n }, () => baseline[0] as unknown))
        : undefined;
  }
}

/** The classes that apply to a position. */
export function classesFor(target: Target, baseline: unknown): BadClass[] {
  return BAD_CLASSES.filter((cls) => badValues(target, cls, baseline) !== undefined);
}

/** Classes no field may ever accept (issue 9): an answer without error to one of these is a finding. */
const ALWAYS_REFUSED = new Set<BadClass>([
  'control-c0',
  'control-c1',
  'lone-surrogate',
  'instant-out-of-range',
  'impossible-date',
  'date-without-offset',
  'wrong-enum',
  'wrong-type',
]);

/** Longer than any field's cap: text this long is refused everywhere. */
export const LONGER_THAN_ANY_CAP = 100_000;

export function mustBeRefused(cls: BadClass, value: unknown): boolean {
  if (cls === 'huge-string') return typeof value === 'string' && value.length >= LONGER_THAN_ANY_CAP;
  return ALWAYS_REFUSED.has(cls);
}
