import { refundPermission } from './refund-permission';

describe('refundPermission', () => {
  it.each([
    ['an admin, whatever the setting says', { role: 'ADMIN' as const }, false, 'allowed'],
    ['an admin before the answer', { role: 'ADMIN' as const }, undefined, 'allowed'],
    ['staff allowed by the setting', { role: 'STAFF' as const }, true, 'allowed'],
    ['staff not allowed', { role: 'STAFF' as const }, false, 'denied'],
    ['staff before the answer', { role: 'STAFF' as const }, undefined, 'unknown'],
    ['a client', { role: 'CLIENT' as const }, true, 'denied'],
    ['nobody signed in yet', undefined, true, 'unknown'],
  ])('%s', (_, user, canRefund, expected) => {
    expect(refundPermission(user, canRefund)).toBe(expected);
  });
});
