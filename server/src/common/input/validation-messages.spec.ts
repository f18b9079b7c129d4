import 'reflect-metadata';
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, Length, Max, Min, validate } from 'class-validator';
import { frenchValidationProblems } from './validation-messages.js';

class Sample {
  @IsInt() @Min(0) position: number;
  @IsOptional() @Max(100, { message: 'Au plus 100.' }) percent?: number;
  @IsOptional() @Length(2, 80) name?: string;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @ArrayMaxSize(2) tags?: string[];
  @IsOptional() @IsIn(['A', 'B'], { each: true }) kinds?: string[];
}

async function problems(values: Partial<Sample>) {
  const sample = Object.assign(new Sample(), { position: 1, ...values });
  const errors = await validate(sample, { validationError: { target: true, value: false } });
  return frenchValidationProblems(errors, 'input');
}

describe('frenchValidationProblems', () => {
  it('builds French messages naming the field from the constraint and its arguments', async () => {
    expect(await problems({ position: -1 })).toEqual([
      { field: 'input.position', message: 'Le champ « position » doit être supérieur ou égal à 0.' },
    ]);
    expect(await problems({ name: 'x' })).toEqual([
      { field: 'input.name', message: 'Le champ « name » doit contenir entre 2 et 80 caractères.' },
    ]);
    expect(await problems({ tags: ['a', 'b', 'c'] })).toEqual([
      { field: 'input.tags', message: 'Le champ « tags » ne doit pas contenir plus de 2 éléments.' },
    ]);
    expect(await problems({ kinds: ['C'] })).toEqual([
      {
        field: 'input.kinds',
        message: 'Chaque élément du champ « kinds » doit être l’une des valeurs autorisées (A, B).',
      },
    ]);
    expect(await problems({ email: 'nope' })).toEqual([
      { field: 'input.email', message: 'Le champ « email » doit être une adresse e-mail valide.' },
    ]);
  });

  it('keeps a message the DTO wrote itself', async () => {
    expect(await problems({ percent: 101 })).toEqual([{ field: 'input.percent', message: 'Au plus 100.' }]);
  });
});
