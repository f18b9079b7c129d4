import type { NotificationSettingsFieldsFragment } from '../../gql/graphql';
import { changesOf, initialForm, senderProblem, toggle } from './settings-form';

const SAVED: NotificationSettingsFieldsFragment = {
  smsSender: null,
  emailDelivery: 'PROVIDER',
  smsDelivery: 'PROVIDER',
  templates: [
    { template: 'BOOKING_CONFIRMED', email: true, sms: true, smsAvailable: true },
    { template: 'DEPOSIT_RECEIPT', email: true, sms: false, smsAvailable: false },
  ],
};

describe('notification settings form', () => {
  it('starts from the saved settings and sends nothing while nothing changed', () => {
    const form = initialForm(SAVED);
    expect(form.smsSender).toBe('');
    expect(changesOf(SAVED, form)).toEqual({});
  });

  it('sends only the switched templates, and the sender trimmed (empty: back to the default)', () => {
    let form = toggle(initialForm(SAVED), 'BOOKING_CONFIRMED', 'email', false);
    form = { ...form, smsSender: ' Institut ' };
    expect(changesOf(SAVED, form)).toEqual({
      smsSender: 'Institut',
      templates: [{ template: 'BOOKING_CONFIRMED', email: false, sms: true }],
    });
    expect(
      changesOf({ ...SAVED, smsSender: 'Institut' }, { ...initialForm(SAVED), smsSender: '  ' }),
    ).toEqual({
      smsSender: null,
    });
    // Switching back is no change at all.
    expect(changesOf(SAVED, toggle(form, 'BOOKING_CONFIRMED', 'email', true)).templates).toBeUndefined();
  });

  it('checks the sender as OVH does: 3 to 11 letters or digits, no accent', () => {
    expect(senderProblem('')).toBe(false);
    expect(senderProblem('Serenaia')).toBe(false);
    expect(senderProblem('Inst Beaute')).toBe(false);
    expect(senderProblem('Sérénaia')).toBe(true);
    expect(senderProblem('AB')).toBe(true);
    expect(senderProblem('Institut Beaute')).toBe(true);
    expect(senderProblem('Beauté!')).toBe(true);
  });
});
