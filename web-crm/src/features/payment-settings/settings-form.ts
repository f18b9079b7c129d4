/**
 * The payment settings form: what it starts from (secrets never prefilled: the API only gives
 * hints) and what a save sends (only what changed; a secret only when replaced or removed). Pure.
 */
import type { PaymentSettingsFieldsFragment, UpdatePaymentSettingsInput } from '../../gql/graphql';

export const PLAIN_FIELDS = [
  'stripePublishableKey',
  'sumupMerchantCode',
  'paypalClientId',
  'paypalWebhookId',
] as const;
export type PlainField = (typeof PLAIN_FIELDS)[number];

export const SECRET_FIELDS = [
  'stripeSecretKey',
  'stripeWebhookSecret',
  'sumupApiKey',
  'paypalClientSecret',
] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

/** The hint the API gives for each secret. */
export const HINT_OF: Record<SecretField, keyof PaymentSettingsFieldsFragment> = {
  stripeSecretKey: 'stripeSecretKeyHint',
  stripeWebhookSecret: 'stripeWebhookSecretHint',
  sumupApiKey: 'sumupApiKeyHint',
  paypalClientSecret: 'paypalClientSecretHint',
};

export interface SecretDraft {
  /** A new value typed to replace the stored one ('' = keep). */
  value: string;
  /** Remove the stored value on save. */
  remove: boolean;
}

export interface SettingsForm {
  plain: Record<PlainField, string>;
  secrets: Record<SecretField, SecretDraft>;
  staffCanRefund: boolean;
}

export function initialForm(settings: PaymentSettingsFieldsFragment): SettingsForm {
  return {
    plain: Object.fromEntries(PLAIN_FIELDS.map((f) => [f, settings[f] ?? ''])) as Record<PlainField, string>,
    secrets: Object.fromEntries(SECRET_FIELDS.map((f) => [f, { value: '', remove: false }])) as Record<
      SecretField,
      SecretDraft
    >,
    staffCanRefund: settings.staffCanRefund,
  };
}

/** "4242" from the API's "••••4242"; null when the hint shows nothing of the secret. */
export function hintSuffix(hint: string | null | undefined): string | null {
  const suffix = (hint ?? '').replace(/^[•*.…]+/, '');
  return suffix === '' ? null : suffix;
}

/** The mutation's input: changed plain values ('' clears), replaced or removed secrets, the switch. */
export function changesOf(
  settings: PaymentSettingsFieldsFragment,
  form: SettingsForm,
): UpdatePaymentSettingsInput {
  const input: UpdatePaymentSettingsInput = {};
  for (const field of PLAIN_FIELDS) {
    const value = form.plain[field].trim();
    if (value !== (settings[field] ?? '')) input[field] = value;
  }
  for (const field of SECRET_FIELDS) {
    const draft = form.secrets[field];
    if (draft.remove) input[field] = '';
    else if (draft.value.trim() !== '') input[field] = draft.value.trim();
  }
  if (form.staffCanRefund !== settings.staffCanRefund) input.staffCanRefund = form.staffCanRefund;
  return input;
}
