/** The notification settings form: its state, what changed, the sender rule. Pure. */
import type {
  NotificationSettingsFieldsFragment,
  NotificationTemplate,
  UpdateNotificationSettingsInput,
} from '../../gql/graphql';

export interface TemplateSwitch {
  template: NotificationTemplate;
  email: boolean;
  sms: boolean;
  smsAvailable: boolean;
}

export interface NotificationSettingsForm {
  smsSender: string;
  templates: TemplateSwitch[];
}

export function initialForm(settings: NotificationSettingsFieldsFragment): NotificationSettingsForm {
  return {
    smsSender: settings.smsSender ?? '',
    templates: settings.templates.map((row) => ({ ...row })),
  };
}

/** The server's rule (OVH's): 3 to 11 letters, digits or inner spaces, no accent; empty means the default. */
export function senderProblem(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && !/^[A-Za-z0-9][A-Za-z0-9 ]{1,9}[A-Za-z0-9]$/.test(trimmed);
}

/** Only what differs from the saved settings (an empty object when nothing does). */
export function changesOf(
  saved: NotificationSettingsFieldsFragment,
  form: NotificationSettingsForm,
): UpdateNotificationSettingsInput {
  const input: UpdateNotificationSettingsInput = {};
  const sender = form.smsSender.trim();
  if (sender !== (saved.smsSender ?? '')) input.smsSender = sender === '' ? null : sender;
  const templates = form.templates
    .filter((row) => {
      const before = saved.templates.find((s) => s.template === row.template);
      return before === undefined || before.email !== row.email || before.sms !== row.sms;
    })
    .map(({ template, email, sms }) => ({ template, email, sms }));
  if (templates.length > 0) input.templates = templates;
  return input;
}

export function toggle(
  form: NotificationSettingsForm,
  template: NotificationTemplate,
  channel: 'email' | 'sms',
  on: boolean,
): NotificationSettingsForm {
  return {
    ...form,
    templates: form.templates.map((row) => (row.template === template ? { ...row, [channel]: on } : row)),
  };
}
