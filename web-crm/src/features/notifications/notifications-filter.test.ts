import {
  apiFilter,
  canResend,
  filtersFromParams,
  filtersToParams,
  hasFilter,
  periodProblem,
} from './notifications-filter';
import { displayRecipient, shortError, statusInstant } from './notification-format';

describe('message log filters', () => {
  it('reads known values from the URL and ignores the rest', () => {
    const filters = filtersFromParams(
      new URLSearchParams('canal=SMS&statut=FAILED&message=BOOKING_REMINDER&du=2026-03-28&au=nope&x=1'),
    );
    expect(filters).toEqual({
      channel: 'SMS',
      status: 'FAILED',
      template: 'BOOKING_REMINDER',
      from: '2026-03-28',
      to: null,
    });
    expect(filtersToParams(filters)).toEqual({
      canal: 'SMS',
      statut: 'FAILED',
      message: 'BOOKING_REMINDER',
      du: '2026-03-28',
      au: null,
    });
    expect(hasFilter(filtersFromParams(new URLSearchParams('x=1')))).toBe(false);
  });

  it('turns a Paris period into instants, across the spring DST change (the last day included)', () => {
    const filters = filtersFromParams(new URLSearchParams('du=2026-03-28&au=2026-03-29&statut=SKIPPED'));
    expect(apiFilter(filters)).toEqual({
      status: 'SKIPPED',
      from: '2026-03-27T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
    expect(periodProblem(filters)).toBe(false);
    expect(periodProblem({ ...filters, to: '2026-03-27' })).toBe(true);
  });

  it('offers a resend for anything not waiting in the queue already', () => {
    expect(canResend({ status: 'FAILED', bookingId: 'b' })).toBe(true);
    expect(canResend({ status: 'SKIPPED', bookingId: 'b' })).toBe(true);
    expect(canResend({ status: 'SENT', bookingId: 'b' })).toBe(true);
    expect(canResend({ status: 'QUEUED', bookingId: 'b' })).toBe(false);
    expect(canResend({ status: 'FAILED', bookingId: null })).toBe(false);
  });

  it('formats recipients, errors and the instant beside the status', () => {
    expect(displayRecipient('+33612345678')).toBe('06 12 34 56 78');
    expect(displayRecipient('a@b.fr')).toBe('a@b.fr');
    expect(shortError('connect ECONNREFUSED 127.0.0.1:2525\n    at stack')).toBe(
      'connect ECONNREFUSED 127.0.0.1:2525',
    );
    expect(shortError('x'.repeat(300))).toHaveLength(160);
    const base = { createdAt: '2026-11-25T21:30:00Z', sentAt: null, scheduledFor: '2026-11-26T07:00:00Z' };
    expect(statusInstant({ ...base, status: 'QUEUED' })).toEqual({
      kind: 'scheduledFor',
      at: base.scheduledFor,
    });
    expect(statusInstant({ ...base, status: 'QUEUED', scheduledFor: base.createdAt })).toBeNull();
    expect(statusInstant({ ...base, status: 'SENT', sentAt: '2026-11-26T07:00:02Z' })).toEqual({
      kind: 'sentAt',
      at: '2026-11-26T07:00:02Z',
    });
  });
});
