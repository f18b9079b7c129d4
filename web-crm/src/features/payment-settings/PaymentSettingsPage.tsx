import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  PaymentSettingsDocument,
  UpdatePaymentSettingsDocument,
  type PaymentSettingsFieldsFragment,
} from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useCurrentUser } from '../auth';
import { useInstitute } from '../institute';
import { AdminGate, LoadError, Page, PageHeader } from '../../shared/page';
import {
  HINT_OF,
  changesOf,
  hintSuffix,
  initialForm,
  type PlainField,
  type SecretField,
  type SettingsForm,
} from './settings-form';

type Feedback = { severity: 'success' | 'error'; message: string } | null;

function ProviderCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-label={title}>
      <CardHeader
        title={title}
        subheader={subtitle}
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
        sx={{ pb: 0 }}
      />
      <CardContent sx={{ display: 'grid', gap: 2 }}>{children}</CardContent>
    </Card>
  );
}

function SecretInput({
  label,
  hint,
  draft,
  error,
  onChange,
}: {
  label: string;
  hint: string | null | undefined;
  draft: SettingsForm['secrets'][SecretField];
  error: string | undefined;
  onChange: (draft: SettingsForm['secrets'][SecretField]) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const stored = hint !== null && hint !== undefined;
  const suffix = hintSuffix(hint);
  const status = stored
    ? suffix
      ? t('paymentSettings.secret.saved', { hint: `…${suffix}` })
      : t('paymentSettings.secret.savedNoHint')
    : t('paymentSettings.secret.notSet');
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.75, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <Chip
          size="small"
          icon={stored && !draft.remove ? <CheckCircleOutlined /> : undefined}
          label={draft.remove ? t('paymentSettings.secret.removed') : status}
          color={stored && !draft.remove ? 'success' : 'default'}
          variant="outlined"
          data-testid={`secret-status-${label}`}
        />
        {stored ? (
          <Button
            size="small"
            color={draft.remove ? 'inherit' : 'error'}
            onClick={() => onChange({ value: '', remove: !draft.remove })}
            sx={{ ml: 'auto', px: 1 }}
          >
            {draft.remove ? t('paymentSettings.secret.undo') : t('paymentSettings.secret.remove')}
          </Button>
        ) : null}
      </Box>
      {draft.remove ? null : (
        <TextField
          fullWidth
          size="small"
          label={stored ? `${label} : ${t('paymentSettings.secret.replace').toLowerCase()}` : label}
          type={shown ? 'text' : 'password'}
          autoComplete="new-password"
          value={draft.value}
          onChange={(e) => onChange({ value: e.target.value, remove: false })}
          error={error !== undefined}
          helperText={
            error ?? (stored ? t('paymentSettings.secret.replaceHelp') : t('paymentSettings.secret.setHelp'))
          }
          slotProps={{
            htmlInput: { spellCheck: false, 'data-secret': 'true' },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton
                    size="small"
                    edge="end"
                    aria-label={shown ? t('paymentSettings.secret.hide') : t('paymentSettings.secret.show')}
                    onClick={() => setShown((s) => !s)}
                  >
                    {shown ? (
                      <VisibilityOffOutlined fontSize="small" />
                    ) : (
                      <VisibilityOutlined fontSize="small" />
                    )}
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
      )}
    </Box>
  );
}

/** The form itself, for settings loaded from the API. */
export function PaymentSettingsForm({ settings }: { settings: PaymentSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<SettingsForm>(() => initialForm(settings));
  const [state, update] = useMutation(UpdatePaymentSettingsDocument);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
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
        setFeedback(null);
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
        setFeedback(null);
      }}
    />
  );

  const save = async () => {
    setFeedback(null);
    setErrors({});
    const result = await update({ input: changes });
    if (result.data) {
      const next = result.data.updatePaymentSettings;
      setSaved(next);
      setForm(initialForm(next)); // typed secrets are forgotten once saved
      setFeedback({ severity: 'success', message: t('paymentSettings.saved') });
      return;
    }
    if (result.error) {
      setErrors(fieldErrors(result.error));
      setFeedback({
        severity: 'error',
        message: `${t('paymentSettings.saveError')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
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
                  setFeedback(null);
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

      {feedback ? (
        <Alert severity={feedback.severity} role={feedback.severity === 'error' ? 'alert' : 'status'}>
          {feedback.message}
        </Alert>
      ) : null}
      <Box
        sx={{
          position: 'sticky',
          bottom: 0,
          py: 1.5,
          bgcolor: 'background.default',
          display: 'flex',
          justifyContent: 'flex-end',
          borderTop: 1,
          borderColor: 'divider',
        }}
      >
        <Button
          type="submit"
          variant="contained"
          disabled={!dirty || state.fetching}
          sx={{ width: { xs: '100%', sm: 'auto' } }}
        >
          {state.fetching ? t('paymentSettings.saving') : t('paymentSettings.save')}
        </Button>
      </Box>
    </Box>
  );
}

/** `/reglages/paiements` (admins): providers' keys (secrets write-only) and the refund rule. */
export function PaymentSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { user, fetching: userFetching } = useCurrentUser();
  const admin = user?.role === 'ADMIN';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PaymentSettingsDocument,
    pause: !admin,
    requestPolicy: 'network-only',
  });

  return (
    <Page maxWidth={760} pageTitle={t('paymentSettings.pageTitle')} institute={institute?.name}>
      <PageHeader title={t('paymentSettings.title')} subtitle={t('paymentSettings.subtitle')} />
      <AdminGate user={user} userFetching={userFetching} denied={t('paymentSettings.adminOnly')}>
        {data ? (
          <PaymentSettingsForm settings={data.paymentSettings} />
        ) : error && !fetching ? (
          <LoadError
            message={t('paymentSettings.loadError')}
            error={error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Skeleton variant="rounded" height={320} />
        )}
      </AdminGate>
    </Page>
  );
}
