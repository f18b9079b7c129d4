import 'reflect-metadata';
import { Type, plainToInstance } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { FieldProblem } from '../errors.js';
import { KeepWhitespace, NullAllowed } from './input-rules.js';
import { DEFAULT_MAX_LENGTH, hasForbiddenCharacters, normalizeObject } from './normalize-input.js';

class Contact {
  @IsString() firstName: string;
  @IsOptional() @IsString() nickname?: string;
}

class Sample {
  @IsString() name: string;
  @NullAllowed() @IsOptional() @IsString() @MaxLength(10) note?: string | null;
  @IsOptional() @IsString() city?: string;
  @KeepWhitespace() @IsString() password: string;
  @IsOptional() @ValidateNested() @Type(() => Contact) contact?: Contact;
  @IsOptional() @IsString({ each: true }) tags?: string[];
  @IsNotEmpty({ message: 'Le code est obligatoire.' }) code?: string;
}

function run(plain: Record<string, unknown>): { value: Sample; problems: FieldProblem[] } {
  const value = plainToInstance(Sample, { name: 'Anna', password: 'pw', ...plain });
  const problems: FieldProblem[] = [];
  normalizeObject(value as unknown as Record<string, unknown>, 'input', problems);
  return { value, problems };
}

describe('normalizeObject', () => {
  it('trims and NFC-normalises text, except where whitespace is kept', () => {
    const { value, problems } = run({ name: '  He\u0301le\u0300ne \n', password: ' secret ' });
    expect(problems).toEqual([]);
    expect(value.name).toBe('Hélène');
    expect(value.password).toBe(' secret ');
  });

  it.each([
    ['\u0000'],
    ['\u0007'],
    ['\u001b'],
    ['\u007f'],
    ['\u0080'],
    ['\u0085'],
    ['\u009f'],
    ['\ud800'],
    ['\udc00x'],
  ])('refuses control characters and lone surrogates (%j), naming the field', (bad) => {
    const { problems } = run({ contact: { firstName: `Lé${bad}a` } });
    expect(problems).toEqual([
      {
        field: 'input.contact.firstName',
        message: expect.stringContaining('« firstName » contient un caractère non autorisé') as string,
      },
    ]);
  });

  it('keeps tabs, line feeds, emoji and the Latin-1 letters just above the C1 block', () => {
    expect(hasForbiddenCharacters('a\tb\r\nc 💆‍♀️')).toBe(false);
    expect(hasForbiddenCharacters('\u00a0Noël, Åsa, ÿ')).toBe(false);
  });

  it('refuses blank required text, blank optional text, and turns blank clearable text into null', () => {
    const { value, problems } = run({ name: '   ', city: ' ', note: '  ' });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['input.name', 'Le champ « name » est obligatoire.'],
      ['input.city', 'Le champ « city » ne peut pas être vide.'],
    ]);
    expect(value.note).toBeNull();
  });

  it("words a blank value with the DTO's own required message when it has one", () => {
    const { problems } = run({ code: '  ' });
    expect(problems).toEqual([{ field: 'input.code', message: 'Le code est obligatoire.' }]);
  });

  it('accepts an explicit null only where the field allows it', () => {
    const ok = run({ note: null });
    expect(ok.problems).toEqual([]);
    expect(ok.value.note).toBeNull();
    const refused = run({ city: null });
    expect(refused.problems).toEqual([
      { field: 'input.city', message: expect.stringContaining('« city » ne peut pas être nul') as string },
    ]);
  });

  it('caps text without a declared length, and leaves declared lengths to their own rule', () => {
    const long = 'x'.repeat(DEFAULT_MAX_LENGTH + 1);
    expect(run({ city: long }).problems).toEqual([
      { field: 'input.city', message: expect.stringContaining('ne doit pas dépasser 2') as string },
    ]);
    expect(run({ city: 'x'.repeat(DEFAULT_MAX_LENGTH) }).problems).toEqual([]);
    expect(run({ note: long }).problems).toEqual([]);
  });

  it('walks lists: trims items, refuses null items and control characters with their index', () => {
    const { value, problems } = run({ tags: [' a ', null, 'b\u0000'] });
    expect(value.tags?.[0]).toBe('a');
    expect(problems.map((p) => p.field)).toEqual(['input.tags[1]', 'input.tags[2]']);
  });
});
