import { CLOSURE_MESSAGES, closureDays, dayMarks, validateClosure } from './closure-form';

const form = (from: string | null, to: string | null, reason = '') => ({
  practitionerId: '',
  from,
  to,
  reason,
});

describe('closure form', () => {
  it('counts the days of the range, both ends included', () => {
    expect(closureDays(form('2026-12-24', '2027-01-02'))).toBe(10);
    expect(closureDays(form('2026-12-25', '2026-12-25'))).toBe(1);
    expect(closureDays(form('2026-12-25', '2026-12-24'))).toBeNull();
    expect(closureDays(form(null, '2026-12-24'))).toBeNull();
  });

  it('refuses what the server refuses, on the same field, with the same words', () => {
    expect(validateClosure(form(null, null))).toEqual({
      from: CLOSURE_MESSAGES.required,
      to: CLOSURE_MESSAGES.required,
    });
    expect(validateClosure(form('2027-01-02', '2027-01-01'))).toEqual({
      to: 'La date de fin doit être le même jour ou après la date de début.',
    });
    expect(validateClosure(form('2027-01-01', '2027-03-03'))).toEqual({});
    expect(validateClosure(form('2027-01-01', '2027-03-04'))).toEqual({
      to: 'Une fermeture dure au plus 62 jours (ici 63) : découpez-la.',
    });
    expect(validateClosure(form('2027-01-01', '2027-01-01', 'x'.repeat(201)))).toEqual({
      reason: 'Le motif ne doit pas dépasser 200 caractères.',
    });
  });

  it('marks public holidays, institute closures and leave per date', () => {
    const base = { __typename: 'AvailabilityException' as const, start: null, end: null, reason: null };
    const marks = dayMarks(
      ['2026-12-24', '2026-12-25', '2026-12-26'],
      [
        { ...base, id: 'a', practitionerId: null, date: '2026-12-25', kind: 'CLOSED' },
        { ...base, id: 'b', practitionerId: 'p1', date: '2026-12-26', kind: 'CLOSED' },
        {
          ...base,
          id: 'c',
          practitionerId: null,
          date: '2026-12-24',
          kind: 'CLOSED',
          start: '14:00',
          end: '24:00',
        },
      ],
    );
    expect(marks.get('2026-12-25')).toMatchObject({
      holiday: 'Noël',
      instituteClosed: true,
      practitioners: [],
    });
    expect(marks.get('2026-12-26')).toMatchObject({ holiday: null, instituteClosed: false });
    expect(marks.get('2026-12-26')?.practitioners.map((e) => e.id)).toEqual(['b']);
    expect(marks.get('2026-12-24')).toMatchObject({ instituteClosed: false });
    expect(marks.get('2026-12-24')?.institutePartial.map((e) => e.id)).toEqual(['c']);
  });
});
