import { availableActions, clientFilePath, displayPhone } from './booking-details';

const START = '2026-11-26T09:00:00.000Z';
const before = Date.parse(START) - 60_000;
const after = Date.parse(START) + 60_000;

describe('availableActions', () => {
  it.each([
    ['PENDING', { confirm: true, cancel: true, outcomes: false }],
    ['CONFIRMED', { confirm: false, cancel: true, outcomes: true }],
    ['COMPLETED', { confirm: false, cancel: false, outcomes: false }],
    ['NO_SHOW', { confirm: false, cancel: false, outcomes: false }],
    ['CANCELLED', { confirm: false, cancel: false, outcomes: false }],
  ] as const)('%s', (status, expected) => {
    expect(availableActions({ status, start: START }, before)).toEqual({ ...expected, started: false });
  });

  it('knows when the appointment has begun (its start included)', () => {
    expect(availableActions({ status: 'CONFIRMED', start: START }, before).started).toBe(false);
    expect(availableActions({ status: 'CONFIRMED', start: START }, Date.parse(START)).started).toBe(true);
    expect(availableActions({ status: 'CONFIRMED', start: START }, after).started).toBe(true);
  });
});

describe('displayPhone', () => {
  it('writes French numbers as dialled, others as they are', () => {
    expect(displayPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(displayPhone('+442071234567')).toBe('+442071234567');
  });
});

describe('clientFilePath', () => {
  it('points at the client file, the id escaped', () => {
    expect(clientFilePath('4f1c')).toBe('/clients/4f1c');
    expect(clientFilePath('a/b')).toBe('/clients/a%2Fb');
  });
});
