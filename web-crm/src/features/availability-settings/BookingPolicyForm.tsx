import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SaveBar } from '../../shared/SaveBar';
import { useSettingsSave } from '../../shared/settings-save';
import { UpdateBookingPolicyDocument, type BookingSettingsFieldsFragment } from '../../gql/graphql';
import {
  FORM_FIELD_OF,
  GRID_CHOICES,
  policyChanges,
  policyForm,
  validatePolicy,
  type PolicyErrors,
  type PolicyField,
  type PolicyForm,
} from './policy-form';

export function BookingPolicyForm({ settings }: { settings: BookingSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<PolicyForm>(() => policyForm(settings));
  const { serverErrors, feedback, edited, settle, clearFeedback } = useSettingsSave(
    {
      saved: t('availabilitySettings.policy.saved'),
      saveError: t('availabilitySettings.policy.saveError'),
    },
    FORM_FIELD_OF,
  );
  const [state, update] = useMutation(UpdateBookingPolicyDocument);
  const errors: PolicyErrors = { ...serverErrors, ...validatePolicy(form) };
  const valid = Object.keys(validatePolicy(form)).length === 0;
  const dirty = valid ? Object.keys(policyChanges(saved, form)).length > 0 : true;

  const set = <K extends keyof PolicyForm>(key: K, value: PolicyForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    edited();
  };

  const submit = async () => {
    clearFeedback();
    if (!valid) return;
    settle(await update({ input: policyChanges(saved, form) }), (data) => {
      setSaved(data.updateBookingSettings);
      setForm(policyForm(data.updateBookingSettings));
    });
  };

  const number = (field: PolicyField, label: string, help: string, unit: string) => (
    <TextField
      size="small"
      label={label}
      value={form[field]}
      onChange={(e) => set(field, e.target.value)}
      error={errors[field] !== undefined}
      helperText={errors[field] ?? help}
      slotProps={{
        htmlInput: { inputMode: field === 'minLeadTimeHours' ? 'decimal' : 'numeric' },
        input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> },
      }}
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
      <Card variant="outlined">
        <CardContent sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <TextField
            select
            size="small"
            label={t('availabilitySettings.policy.grid')}
            value={form.slotGranularityMinutes}
            onChange={(e) => set('slotGranularityMinutes', Number(e.target.value))}
            helperText={t('availabilitySettings.policy.gridHelp')}
            fullWidth
          >
            {GRID_CHOICES.map((m) => (
              <MenuItem key={m} value={m}>
                {t('availabilitySettings.policy.minutes', { count: m })}
              </MenuItem>
            ))}
          </TextField>
          {number(
            'minLeadTimeHours',
            t('availabilitySettings.policy.leadTime'),
            t('availabilitySettings.policy.leadTimeHelp'),
            t('availabilitySettings.policy.hoursUnit'),
          )}
          {number(
            'bookingHorizonDays',
            t('availabilitySettings.policy.horizon'),
            t('availabilitySettings.policy.horizonHelp'),
            t('availabilitySettings.policy.daysUnit'),
          )}
          {number(
            'cancellationDeadlineHours',
            t('availabilitySettings.policy.cancellation'),
            t('availabilitySettings.policy.cancellationHelp'),
            t('availabilitySettings.policy.hoursUnit'),
          )}
          {number(
            'pendingHoldMinutes',
            t('availabilitySettings.policy.hold'),
            t('availabilitySettings.policy.holdHelp'),
            t('availabilitySettings.policy.minutesUnit'),
          )}
          <Box>
            <FormControlLabel
              control={
                <Switch
                  checked={form.closedOnPublicHolidays}
                  onChange={(e) => set('closedOnPublicHolidays', e.target.checked)}
                />
              }
              label={t('availabilitySettings.policy.holidays')}
            />
            <Typography variant="body2" color="text.secondary">
              {t('availabilitySettings.policy.holidaysHelp')}
            </Typography>
          </Box>
        </CardContent>
      </Card>
      <Typography variant="body2" color="text.secondary">
        {t('availabilitySettings.policy.deposits')}
      </Typography>
      <SaveBar
        feedback={feedback}
        disabled={!dirty || !valid}
        saving={state.fetching}
        label={t('availabilitySettings.policy.save')}
        savingLabel={t('availabilitySettings.policy.saving')}
      />
    </Box>
  );
}
