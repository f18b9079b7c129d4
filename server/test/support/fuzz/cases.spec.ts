import { buildSchema } from 'graphql';
import { generateCases, setAt, valueAt } from './cases.js';
import { listOperations, pathText } from './schema-walk.js';

const ops = listOperations(
  buildSchema(`
    input Rule { weekday: Int!, start: String! }
    input SetInput { id: ID!, rules: [Rule!]! }
    type Query { ping: Boolean }
    type Mutation { set(input: SetInput!): Boolean! }
  `),
).filter((op) => op.kind === 'mutation');

const baseline = { input: { id: 'p1', rules: [{ weekday: 1, start: '09:00' }] } };
const options = (seed: number, sampled = false) => ({
  seed,
  runs: 2,
  baselines: new Map([['set', baseline]]),
  rolesFor: () =>
    sampled
      ? { full: ['ADMIN' as const], sampled: ['anonymous' as const] }
      : { full: ['ADMIN' as const], sampled: [] },
});

describe('fuzz cases', () => {
  it('set a value at a path in a copy, creating what is missing', () => {
    const copy = setAt(baseline, ['input', 'rules', 0, 'weekday'], -1);
    expect(valueAt(copy, ['input', 'rules', 0, 'weekday'])).toBe(-1);
    expect(baseline.input.rules[0].weekday).toBe(1);
    expect(setAt({}, ['input', 'tags', 0], 'x')).toEqual({ input: { tags: ['x'] } });
  });

  it('spoil exactly one position of the baseline per case', () => {
    for (const c of generateCases(ops, options(7))) {
      const spoilt = valueAt(c.variables, c.target.path);
      // Putting the baseline's value back gives the baseline: nothing else was changed.
      expect(setAt(c.variables, c.target.path, valueAt(baseline, c.target.path))).toEqual(baseline);
      expect(JSON.stringify(spoilt)).not.toBe(JSON.stringify(valueAt(baseline, c.target.path)));
    }
  });

  it('are the same for the same seed, cover every position, and sample the other roles', () => {
    const key = (cs: ReturnType<typeof generateCases>) =>
      cs.map((c) => JSON.stringify([c.role, c.variables]));
    expect(key(generateCases(ops, options(7)))).toEqual(key(generateCases(ops, options(7))));
    expect(key(generateCases(ops, options(7)))).not.toEqual(key(generateCases(ops, options(8))));
    const positions = new Set(generateCases(ops, options(7)).map((c) => pathText(c.target.path)));
    expect(positions).toEqual(new Set(ops[0].targets.map((t) => pathText(t.path))));
    const anonymous = generateCases(ops, options(7, true)).filter((c) => c.role === 'anonymous');
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.length).toBeLessThanOrEqual(2);
  });
});
