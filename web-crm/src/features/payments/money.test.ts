import { csvEuros, eurosInput, parseEuros } from './money';

describe('parseEuros', () => {
  it.each([
    ['45', 4500],
    ['45,5', 4550],
    ['45,50', 4550],
    ['45.05', 4505],
    [' 1 234,00 € ', 123400],
    ['1\u202f234,00\u00a0€', 123400],
    ['0,01', 1],
    ['0', 0],
  ])('reads %j as %i cents', (text, cents) => expect(parseEuros(text)).toBe(cents));

  it.each(['', 'abc', '12,345', '-5', '12,5,0', '1e3', '€'])('refuses %j', (text) =>
    expect(parseEuros(text)).toBeNull(),
  );
});

describe('eurosInput / csvEuros', () => {
  it('writes cents with a decimal comma, no sign nor grouping', () => {
    expect(eurosInput(4550)).toBe('45,50');
    expect(eurosInput(5)).toBe('0,05');
    expect(csvEuros(123456)).toBe('1234,56');
    expect(csvEuros(0)).toBe('0,00');
    expect(csvEuros(-305)).toBe('-3,05');
  });
});
