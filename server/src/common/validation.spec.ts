import 'reflect-metadata';
import { BadUserInputError } from './errors.js';
import { ParseIdListPipe, ParseIdPipe } from './validation.js';

const ID = '0b7c4c36-8f0e-4a57-9a51-0c1f4f7e2a10';

function refusal(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ParseIdPipe', () => {
  it('lower-cases a UUID and refuses anything else, naming the argument', () => {
    expect(new ParseIdPipe().transform(ID.toUpperCase(), { type: 'body', data: 'bookingId' })).toBe(ID);
    expect(
      refusal(() => new ParseIdPipe().transform('42', { type: 'body', data: 'bookingId' })).fields,
    ).toEqual([{ field: 'bookingId', message: 'Le champ « bookingId » doit être un identifiant valide.' }]);
  });
});

describe('ParseIdListPipe', () => {
  const pipe = new ParseIdListPipe();
  const meta = { type: 'body' as const, data: 'practitionerIds' };

  it('keeps an absent or null list, and checks every item', () => {
    expect(pipe.transform(undefined, meta)).toBeUndefined();
    expect(pipe.transform(null, meta)).toBeNull();
    expect(pipe.transform([ID.toUpperCase()], meta)).toEqual([ID]);
  });

  it('names the item at fault', () => {
    expect(refusal(() => pipe.transform([ID, 'x'], meta)).fields).toEqual([
      {
        field: 'practitionerIds[1]',
        message: 'Le champ « practitionerIds[1] » doit être un identifiant valide.',
      },
    ]);
  });
});
