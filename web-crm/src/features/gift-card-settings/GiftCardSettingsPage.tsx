import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import {
  GiftCardShopSettingsDocument,
  UpdateGiftCardShopDocument,
  type GiftCardShopSettingsFieldsFragment,
} from '../../gql/graphql';
import { SaveBar, type SaveFeedback } from '../../shared/SaveBar';
import { LoadError, SettingsPage } from '../../shared/page';
import { useInstitute } from '../../shared/institute';
import { shopForm, shopInput, type ShopErrors, type ShopForm } from './gift-card-shop-form';

/** `/reglages/cartes-cadeaux` (admins): online sale, amounts, validity, category, the transfer account. */
export function GiftCardSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="updateGiftCardShop"
      denied={t('giftCardSettings.adminOnly')}
      maxWidth={860}
      institute={institute?.name}
      pageTitle={t('giftCardSettings.title')}
      title={t('giftCardSettings.title')}
      subtitle={t('giftCardSettings.subtitle')}
    >
      <Content />
    </SettingsPage>
  );
}

function Content() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GiftCardShopSettingsDocument,
    requestPolicy: 'network-only',
  });
  if (data) return <Editor saved={data.giftCardShopSettings} />;
  if (error && !fetching)
    return (
      <LoadError
        message={t('giftCardSettings.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  return <Skeleton variant="rounded" height={420} />;
}

type TextKey = Exclude<keyof ShopForm, 'onlineSaleEnabled' | 'forcedCategory'>;
/** Each text field and the server's input path its errors come back on. */
const PATHS: Record<TextKey, string> = {
  presets: 'input.presetAmountsCents',
  minFree: 'input.minFreeAmountCents',
  maxFree: 'input.maxFreeAmountCents',
  validityMonths: 'input.validityMonths',
  transferDays: 'input.transferOrderHours',
  iban: 'input.transferIban',
  bic: 'input.transferBic',
  holder: 'input.transferHolder',
};

function Editor({ saved }: { saved: GiftCardShopSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ShopForm>(() => shopForm(saved));
  const [shown, setShown] = useState<ShopErrors>({});
  const [feedback, setFeedback] = useState<SaveFeedback>(null);
  const [dirty, setDirty] = useState(false);
  const [state, update] = useMutation(UpdateGiftCardShopDocument);

  const change = (patch: Partial<ShopForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setShown({});
    setFeedback(null);
    setDirty(true);
  };
  const submit = async () => {
    const checked = shopInput(form);
    if (!checked.ok) {
      setShown(checked.errors);
      setFeedback({ severity: 'error', message: t('giftCardSettings.fixFields') });
      return;
    }
    const result = await update({ input: checked.input });
    if (result.data) {
      setForm(shopForm(result.data.updateGiftCardShop));
      setDirty(false);
      setFeedback({ severity: 'success', message: t('giftCardSettings.saved') });
    } else if (result.error) {
      setShown(fieldErrors(result.error, ''));
      setFeedback({
        severity: 'error',
        message: `${t('giftCardSettings.saveError')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
  };
  const field = (key: TextKey, extra: { numeric?: boolean; wide?: boolean; upper?: boolean } = {}) => (
    <TextField
      label={t(`giftCardSettings.fields.${key}`)}
      value={form[key]}
      onChange={(e) => change({ [key]: e.target.value })}
      error={shown[PATHS[key]] !== undefined}
      helperText={shown[PATHS[key]] ?? t(`giftCardSettings.help.${key}`)}
      slotProps={{
        htmlInput: {
          inputMode: extra.numeric ? 'decimal' : undefined,
          autoCapitalize: extra.upper ? 'characters' : undefined,
          spellCheck: extra.upper ? false : undefined,
        },
      }}
      sx={extra.wide ? { gridColumn: '1 / -1' } : undefined}
      fullWidth
    />
  );

  return (
    <Box
      component="form"
      noValidate
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Section title={t('giftCardSettings.sections.sale')}>
        <FormControlLabel
          sx={{ gridColumn: '1 / -1' }}
          control={
            <Switch
              checked={form.onlineSaleEnabled}
              onChange={(e) => change({ onlineSaleEnabled: e.target.checked })}
            />
          }
          label={t('giftCardSettings.onlineSaleEnabled')}
        />
        {field('presets', { wide: true })}
        {field('minFree', { numeric: true })}
        {field('maxFree', { numeric: true })}
      </Section>
      <Section title={t('giftCardSettings.sections.cards')}>
        {field('validityMonths', { numeric: true })}
        <TextField
          select
          label={t('giftCardSettings.fields.forcedCategory')}
          value={form.forcedCategory}
          onChange={(e) => change({ forcedCategory: e.target.value as ShopForm['forcedCategory'] })}
          helperText={shown['input.forcedCategory'] ?? t('giftCardSettings.help.forcedCategory')}
          error={shown['input.forcedCategory'] !== undefined}
          fullWidth
        >
          {(['RULE', 'SINGLE_PURPOSE', 'MULTI_PURPOSE'] as const).map((c) => (
            <MenuItem key={c} value={c}>
              {t(`giftCardSettings.categories.${c}`)}
            </MenuItem>
          ))}
        </TextField>
      </Section>
      <Section title={t('giftCardSettings.sections.transfer')} intro={t('giftCardSettings.transferIntro')}>
        {field('iban', { wide: true, upper: true })}
        {field('bic', { upper: true })}
        {field('holder')}
        {field('transferDays', { numeric: true })}
      </Section>
      <SaveBar
        feedback={feedback}
        disabled={!dirty}
        saving={state.fetching}
        label={t('giftCardSettings.save')}
        savingLabel={t('giftCardSettings.saving')}
      />
    </Box>
  );
}

function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <Card variant="outlined" component="section" aria-label={title}>
      <CardContent sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          {intro ? (
            <Typography variant="body2" color="text.secondary">
              {intro}
            </Typography>
          ) : null}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}
