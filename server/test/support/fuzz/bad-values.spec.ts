import fc from 'fast-check';
import { BAD_CLASSES, C0_CONTROLS, C1_CONTROLS, badValues, classesFor, mustBeRefused } from './bad-values.js';
import type { Target } from './schema-walk.js';

const target = (over: Partial<Target>): Target => ({
  path: ['input', 'x'],
  kind: 'string',
  typeName: 'String',
  required: false,
  hasDefault: false,
  ...over,
});

const sample = (t: Target, cls: (typeof BAD_CLASSES)[number], baseline?: unknown) =>
  fc.sample(badValues(t, cls, baseline)!, { seed: 1, numRuns: 50 });

describe('bad values', () => {
  it('applies each class only where it means something', () => {
    expect(classesFor(target({}), undefined)).toEqual([
      'control-c0',
      'control-c1',
      'lone-surrogate',
      'explicit-null',
      'blank',
      'huge-string',
      'wrong-type',
    ]);
    expect(classesFor(target({ kind: 'scalar', typeName: 'DateTime', required: true }), undefined)).toEqual([
      'control-c0',
      'control-c1',
      'lone-surrogate',
      'blank',
      'huge-string',
      'instant-out-of-range',
      'impossible-date',
      'date-without-offset',
      'wrong-type',
    ]);
    expect(classesFor(target({ kind: 'int', typeName: 'Int', required: true }), undefined)).toEqual([
      'bad-number',
      'wrong-type',
    ]);
    expect(classesFor(target({ kind: 'list', typeName: 'ID' }), ['id'])).toContain('huge-list');
    expect(classesFor(target({ kind: 'list', typeName: 'ID' }), undefined)).not.toContain('huge-list');
  });

  it('draws control characters inside otherwise ordinary text, C0 without tab/LF/CR, C1 from U+0080 to U+009F', () => {
    expect(C0_CONTROLS).toHaveLength(30);
    expect(C0_CONTROLS).not.toContain('\t');
    expect(C1_CONTROLS[0]).toBe('\u0080');
    expect(C1_CONTROLS[31]).toBe('\u009f');
    for (const value of sample(target({}), 'control-c0')) {
      expect([...(value as string)].filter((c) => C0_CONTROLS.includes(c))).toHaveLength(1);
    }
    for (const value of sample(target({}), 'control-c1')) {
      expect(value).toMatch(/[\u0080-\u009f]/);
    }
  });

  it('gives a wrong type for each kind, and null only to required positions', () => {
    expect(sample(target({ kind: 'int', typeName: 'Int', required: true }), 'wrong-type')).toContain(null);
    for (const value of sample(target({ kind: 'int', typeName: 'Int' }), 'wrong-type')) {
      expect(typeof value === 'number' || value === null).toBe(false);
    }
    for (const value of sample(target({ kind: 'boolean', typeName: 'Boolean' }), 'wrong-type')) {
      expect(typeof value).not.toBe('boolean');
    }
    expect(badValues(target({ required: true }), 'explicit-null', undefined)).toBeUndefined();
  });

  it('repeats the baseline item for a huge list', () => {
    const lists = sample(target({ kind: 'list', typeName: 'ID' }), 'huge-list', ['a']) as string[][];
    expect(Math.min(...lists.map((l) => l.length))).toBeGreaterThanOrEqual(100);
    expect(new Set(lists.flat())).toEqual(new Set(['a']));
  });

  it('says which values no field may accept', () => {
    expect(mustBeRefused('control-c1', 'a\u0085')).toBe(true);
    expect(mustBeRefused('huge-string', 'a'.repeat(100_000))).toBe(true);
    expect(mustBeRefused('huge-string', 'a'.repeat(2_001))).toBe(false);
    expect(mustBeRefused('explicit-null', null)).toBe(false);
    expect(mustBeRefused('blank', ' ')).toBe(false);
  });
});
