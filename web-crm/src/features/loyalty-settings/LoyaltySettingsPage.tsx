import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import {
  LoyaltyProgramDocument,
  UpdateLoyaltyProgramDocument,
  type LoyaltyProgramFieldsFragment,
} from '../../gql/graphql';
import { SaveBar, type SaveFeedback } from '../../shared/SaveBar';
import { LoadError, SettingsPage } from '../../shared/page';
import { useInstitute } from '../../shared/institute';
import { programForm, programInput, type ProgramErrors, type ProgramForm } from './loyalty-program-form';

/** `/reglages/fidelite` (admins): points per euro, expiry, bonuses, tiers and rewards. */
export function LoyaltySettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="updateLoyaltyProgram"
      denied={t('loyaltySettings.adminOnly')}
      maxWidth={860}
      institute={institute?.name}
      pageTitle={t('loyaltySettings.title')}
      title={t('loyaltySettings.title')}
      subtitle={t('loyaltySettings.subtitle')}
    >
      <ProgramContent />
    </SettingsPage>
  );
}

function ProgramContent() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LoyaltyProgramDocument,
    requestPolicy: 'network-only',
  });
  if (data) return <ProgramEditor program={data.loyaltyProgram} />;
  if (error && !fetching)
    return (
      <LoadError
        message={t('loyaltySettings.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  return <Skeleton variant="rounded" height={320} />;
}

function ProgramEditor({ program }: { program: LoyaltyProgramFieldsFragment }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ProgramForm>(() => programForm(program));
  const [serverErrors, setServerErrors] = useState<ProgramErrors>({});
  const [feedback, setFeedback] = useState<SaveFeedback>(null);
  const [dirty, setDirty] = useState(false);
  const [state, update] = useMutation(UpdateLoyaltyProgramDocument);
  const checked = programInput(form);
  const errors = { ...serverErrors, ...(checked.ok ? {} : checked.errors) };

  const change = (next: (f: ProgramForm) => ProgramForm) => {
    setForm(next);
    setServerErrors({});
    setFeedback(null);
    setDirty(true);
  };
  const submit = async () => {
    if (!checked.ok) return;
    const result = await update({ input: checked.input });
    if (result.data) {
      setForm(programForm(result.data.updateLoyaltyProgram));
      setDirty(false);
      setFeedback({ severity: 'success', message: t('loyaltySettings.saved') });
    } else if (result.error) {
      setServerErrors(fieldErrors(result.error, ''));
      setFeedback({
        severity: 'error',
        message: `${t('loyaltySettings.saveError')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
  };
  const text = (path: string, label: string, value: string, set: (v: string) => void, help?: string) => (
    <TextField
      label={label}
      value={value}
      onChange={(e) => set(e.target.value)}
      error={errors[path] !== undefined}
      helperText={errors[path] ?? help}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      fullWidth
    />
  );
  const scalar = (
    key: Exclude<keyof ProgramForm, 'enabled' | 'rounding' | 'tiers' | 'rewards'>,
    help?: string,
  ) =>
    text(
      `input.${key}`,
      t(`loyaltySettings.fields.${key}`),
      form[key],
      (v) => change((f) => ({ ...f, [key]: v })),
      help,
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
      <Card variant="outlined">
        <CardContent sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <FormControlLabel
            sx={{ gridColumn: '1 / -1' }}
            control={
              <Switch
                checked={form.enabled}
                onChange={(e) => change((f) => ({ ...f, enabled: e.target.checked }))}
              />
            }
            label={t('loyaltySettings.enabled')}
          />
          {scalar('servicePointsPerEuro')}
          {scalar('productPointsPerEuro', t('loyaltySettings.giftCardsEarnNothing'))}
          <TextField
            select
            label={t('loyaltySettings.fields.rounding')}
            value={form.rounding}
            onChange={(e) => change((f) => ({ ...f, rounding: e.target.value as ProgramForm['rounding'] }))}
            fullWidth
          >
            <MenuItem value="DOWN">{t('loyaltySettings.rounding.DOWN')}</MenuItem>
            <MenuItem value="NEAREST">{t('loyaltySettings.rounding.NEAREST')}</MenuItem>
          </TextField>
          {scalar('expiryMonths')}
          {scalar('birthdayBonusPoints')}
          {scalar('referralBonusPoints')}
        </CardContent>
      </Card>
      <Typography variant="subtitle1" component="h2">
        {t('loyaltySettings.tiers')}
      </Typography>
      <Card variant="outlined">
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          {errors['input.tiers'] ? <Typography color="error">{errors['input.tiers']}</Typography> : null}
          {form.tiers.map((tier, i) => {
            const setTier = (patch: Partial<ProgramForm['tiers'][number]>) =>
              change((f) => ({ ...f, tiers: f.tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
            return (
              <Box
                key={tier.code}
                sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' } }}
              >
                {text(`input.tiers.${i}.name`, t('loyaltySettings.tierName'), tier.name, (v) =>
                  setTier({ name: v }),
                )}
                {text(
                  `input.tiers.${i}.minSpendCents`,
                  t('loyaltySettings.tierSpend'),
                  tier.minSpendEuros,
                  (v) => setTier({ minSpendEuros: v }),
                )}
                {text(
                  `input.tiers.${i}.serviceDiscountBp`,
                  t('loyaltySettings.tierBenefit'),
                  tier.discountPercent,
                  (v) => setTier({ discountPercent: v }),
                )}
              </Box>
            );
          })}
        </CardContent>
      </Card>
      <Typography variant="subtitle1" component="h2">
        {t('loyaltySettings.rewards')}
      </Typography>
      <Card variant="outlined">
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          {form.rewards.map((reward, i) => {
            const setReward = (patch: Partial<ProgramForm['rewards'][number]>) =>
              change((f) => ({ ...f, rewards: f.rewards.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
            return (
              <Box
                key={i}
                sx={{
                  display: 'grid',
                  gap: 1.5,
                  gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr 1fr 1fr auto' },
                  alignItems: 'start',
                }}
              >
                {text(`input.rewards.${i}.code`, t('loyaltySettings.rewardCode'), reward.code, (v) =>
                  setReward({ code: v }),
                )}
                {text(`input.rewards.${i}.name`, t('loyaltySettings.rewardName'), reward.name, (v) =>
                  setReward({ name: v }),
                )}
                {text(`input.rewards.${i}.points`, t('loyaltySettings.rewardPoints'), reward.points, (v) =>
                  setReward({ points: v }),
                )}
                {reward.kind === 'AMOUNT_OFF' ? (
                  text(
                    `input.rewards.${i}.amountCents`,
                    t('loyaltySettings.rewardAmount'),
                    reward.amountEuros,
                    (v) => setReward({ amountEuros: v }),
                  )
                ) : (
                  <Typography variant="body2" color="text.secondary" sx={{ pt: 2 }}>
                    {t('loyaltySettings.freeService')}
                  </Typography>
                )}
                <Button
                  color="inherit"
                  sx={{ mt: 1 }}
                  onClick={() => change((f) => ({ ...f, rewards: f.rewards.filter((_, j) => j !== i) }))}
                >
                  {t('loyaltySettings.remove')}
                </Button>
              </Box>
            );
          })}
          <Box>
            <Button
              variant="outlined"
              onClick={() =>
                change((f) => ({
                  ...f,
                  rewards: [
                    ...f.rewards,
                    { code: '', name: '', points: '', kind: 'AMOUNT_OFF', amountEuros: '', serviceId: null },
                  ],
                }))
              }
            >
              {t('loyaltySettings.addReward')}
            </Button>
          </Box>
        </CardContent>
      </Card>
      <SaveBar
        feedback={feedback}
        disabled={!dirty || !checked.ok}
        saving={state.fetching}
        label={t('loyaltySettings.save')}
        savingLabel={t('loyaltySettings.saving')}
      />
    </Box>
  );
}
