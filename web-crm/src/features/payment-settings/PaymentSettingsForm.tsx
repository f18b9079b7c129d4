import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UpdatePaymentSettingsDocument, type PaymentSettingsFieldsFragment } from '../../gql/graphql';
import { SaveBar } from '../../shared/SaveBar';
import { useSettingsSave } from '../../shared/settings-save';
import {
  HINT_OF,
  changesOf,
  initialForm,
  type PlainField,
  type SecretField,
  type SettingsForm,
} from './settings-form';
import { ProviderCard, SecretInput } from './PaymentSettingsFields';

/** The form itself, for settings loaded from the API. */
export function PaymentSettingsForm({ settings }: { settings: PaymentSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<SettingsForm>(() => initialForm(settings));
  const [state, update] = useMutation(UpdatePaymentSettingsDocument);
  const {
    serverErrors: errors,
    feedback,
    edited,
    settle,
  } = useSettingsSave<string>({
    saved: t('paymentSettings.saved'),
    saveError: t('paymentSettings.saveError'),
  });
  const changes = changesOf(saved, form);
  const dirty = Object.keys(changes).length > 0;

  const plain = (field: PlainField, label: string) => (
    <TextField
      fullWidth
      size="small"
      label={label}
      value={form.plain[field]}
      onChange={(e) => {
        setForm((f) => ({ ...f, plain: { ...f.plain, [field]: e.target.value } }));
        edited();
      }}
      error={errors[field] !== undefined}
      helperText={errors[field]}
      slotProps={{ htmlInput: { spellCheck: false } }}
    />
  );
  const secret = (field: SecretField, label: string) => (
    <SecretInput
      label={label}
      hint={saved[HINT_OF[field]] as string | null}
      draft={form.secrets[field]}
      error={errors[field]}
      onChange={(draft) => {
        setForm((f) => ({ ...f, secrets: { ...f.secrets, [field]: draft } }));
        edited();
      }}
    />
  );

  const save = async () => {
    edited();
    settle(await update({ input: changes }), (data) => {
      setSaved(data.updatePaymentSettings);
      setForm(initialForm(data.updatePaymentSettings)); // typed secrets are forgotten once saved
    });
  };

  const provider = saved.onlineProvider;
  return (
    <Box
      component="form"
      noValidate
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Card component="section" aria-label={t('paymentSettings.online.title')}>
        <CardContent>
          <Typography variant="overline" component="h2" color="text.secondary">
            {t('paymentSettings.online.current')}
          </Typography>
          <Typography variant="h5" component="p" data-testid="online-provider" sx={{ mt: 0.5 }}>
            {provider === 'STRIPE' || provider === 'SIMULATED'
              ? t(`paymentSettings.online.${provider}`)
              : t('paymentSettings.online.none')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t('paymentSettings.online.hint')}
          </Typography>
        </CardContent>
      </Card>

      <ProviderCard title={t('paymentSettings.stripe.title')} subtitle={t('paymentSettings.stripe.subtitle')}>
        {plain('stripePublishableKey', t('paymentSettings.stripe.publishableKey'))}
        {secret('stripeSecretKey', t('paymentSettings.stripe.secretKey'))}
        {secret('stripeWebhookSecret', t('paymentSettings.stripe.webhookSecret'))}
      </ProviderCard>
      <ProviderCard title={t('paymentSettings.sumup.title')} subtitle={t('paymentSettings.sumup.subtitle')}>
        {plain('sumupMerchantCode', t('paymentSettings.sumup.merchantCode'))}
        {secret('sumupApiKey', t('paymentSettings.sumup.apiKey'))}
      </ProviderCard>
      <ProviderCard title={t('paymentSettings.paypal.title')} subtitle={t('paymentSettings.paypal.subtitle')}>
        {plain('paypalClientId', t('paymentSettings.paypal.clientId'))}
        {secret('paypalClientSecret', t('paymentSettings.paypal.clientSecret'))}
        {plain('paypalWebhookId', t('paymentSettings.paypal.webhookId'))}
      </ProviderCard>
      <Card component="section" aria-label={t('paymentSettings.refunds.title')}>
        <CardHeader
          title={t('paymentSettings.refunds.title')}
          slotProps={{ title: { variant: 'h6', component: 'h2' } }}
          sx={{ pb: 0 }}
        />
        <CardContent>
          <FormControlLabel
            control={
              <Switch
                checked={form.staffCanRefund}
                onChange={(e) => {
                  setForm((f) => ({ ...f, staffCanRefund: e.target.checked }));
                  edited();
                }}
              />
            }
            label={t('paymentSettings.refunds.staffCanRefund')}
          />
          <Typography variant="body2" color="text.secondary">
            {t('paymentSettings.refunds.staffCanRefundHelp')}
          </Typography>
        </CardContent>
      </Card>

      <SaveBar
        feedback={feedback}
        disabled={!dirty}
        saving={state.fetching}
        label={t('paymentSettings.save')}
        savingLabel={t('paymentSettings.saving')}
      />
    </Box>
  );
}
