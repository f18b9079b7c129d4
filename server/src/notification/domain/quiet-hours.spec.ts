import { smsSendTime } from './quiet-hours.js';

const PARIS = 'Europe/Paris';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('smsSendTime', () => {
  it.each([
    // [now, expected] — winter: Paris = UTC+1, summer: UTC+2.
    ['2026-01-14T09:00:00Z', '2026-01-14T09:00:00.000Z'], // 10:00 Paris: now
    ['2026-01-14T07:00:00Z', '2026-01-14T07:00:00.000Z'], // 08:00 Paris exactly: now
    ['2026-01-14T19:59:59Z', '2026-01-14T19:59:59.000Z'], // 20:59:59 Paris: now
    ['2026-01-14T20:00:00Z', '2026-01-15T07:00:00.000Z'], // 21:00 Paris: next 08:00
    ['2026-01-14T21:30:00Z', '2026-01-15T07:00:00.000Z'], // 22:30 Paris: next 08:00
    ['2026-01-14T23:30:00Z', '2026-01-15T07:00:00.000Z'], // 00:30 Paris: same day's 08:00
    ['2026-07-14T20:30:00Z', '2026-07-15T06:00:00.000Z'], // 22:30 CEST: 08:00 CEST
    // 22:30 on the Saturday before spring-forward (CET) → 08:00 CEST on Sunday = 06:00Z.
    ['2026-03-28T21:30:00Z', '2026-03-29T06:00:00.000Z'],
    // 22:30 on the Saturday before fall-back (CEST) → 08:00 CET on Sunday = 07:00Z.
    ['2026-10-24T20:30:00Z', '2026-10-25T07:00:00.000Z'],
  ])('%s → %s', (now, expected) => {
    expect(iso(smsSendTime(at(now), PARIS))).toBe(expected);
  });
});
