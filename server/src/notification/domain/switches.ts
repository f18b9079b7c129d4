/** Which templates go out on which channel. Pure. */
import {
  BOOKING_TEMPLATES,
  type NotificationChannel,
  type NotificationTemplate,
  type TemplateSwitches,
} from '../notification.entities.js';
import { SMS_TEMPLATES } from '../render/messages.js';

export function channelsOf(template: NotificationTemplate): NotificationChannel[] {
  return SMS_TEMPLATES.includes(template) ? ['EMAIL', 'SMS'] : ['EMAIL'];
}

/** A template/channel pair is on unless switched off in the settings. */
export function isEnabled(
  switches: TemplateSwitches,
  template: NotificationTemplate,
  channel: NotificationChannel,
): boolean {
  if (!channelsOf(template).includes(channel)) return false;
  const entry = switches[template];
  const value = channel === 'EMAIL' ? entry?.email : entry?.sms;
  return value !== false;
}

export interface TemplateSwitchRow {
  template: NotificationTemplate;
  email: boolean;
  sms: boolean;
  smsAvailable: boolean;
}

export function switchRows(switches: TemplateSwitches): TemplateSwitchRow[] {
  return BOOKING_TEMPLATES.map((template) => ({
    template,
    email: isEnabled(switches, template, 'EMAIL'),
    sms: isEnabled(switches, template, 'SMS'),
    smsAvailable: channelsOf(template).includes('SMS'),
  }));
}
