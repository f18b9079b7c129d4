import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UpdateSaleSettingsDocument, type SaleSettingsFieldsFragment } from '../../gql/graphql';
import { SaveBar } from '../../shared/SaveBar';
import { useSettingsSave } from '../../shared/settings-save';
import {
  FORM_FIELD_OF,
  saleRulesForm,
  saleRulesInput,
  validateSaleRules,
  type SaleRulesErrors,
  type SaleRulesField,
  type SaleRulesForm as Form,
} from './sale-settings-form';

export function SaleRulesForm({ settings }: { settings: SaleSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<Form>(() => saleRulesForm(settings));
  const { serverErrors, feedback, edited, settle, clearFeedback } = useSettingsSave(
    { saved: t('tillSettings.saved'), saveError: t('tillSettings.saveError') },
    FORM_FIELD_OF,
  );
  const [state, update] = useMutation(UpdateSaleSettingsDocument);
  const errors: SaleRulesErrors = { ...serverErrors, ...validateSaleRules(form) };
  const input = saleRulesInput(form);
  const dirty =
    input !== null &&
    (input.staffMaxDiscountBp !== saved.staffMaxDiscountBp ||
      input.staffMaxCreditNoteCents !== saved.staffMaxCreditNoteCents);

  const set = (field: SaleRulesField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    edited();
  };

  const submit = async () => {
    clearFeedback();
    if (input === null) return;
    settle(await update({ input }), (data) => {
      setSaved(data.updateSaleSettings);
      setForm(saleRulesForm(data.updateSaleSettings));
    });
  };

  const field = (name: SaleRulesField, label: string, help: string, unit: string) => (
    <TextField
      label={label}
      value={form[name]}
      onChange={(e) => set(name, e.target.value)}
      error={errors[name] !== undefined}
      helperText={errors[name] ?? help}
      slotProps={{
        htmlInput: { inputMode: 'decimal' },
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
          {field('discountPercent', t('tillSettings.discount'), t('tillSettings.discountHelp'), '%')}
          {field('creditNoteEuros', t('tillSettings.creditNote'), t('tillSettings.creditNoteHelp'), '€')}
        </CardContent>
      </Card>
      <Typography variant="body2" color="text.secondary">
        {t('tillSettings.journal')}
      </Typography>
      <SaveBar
        feedback={feedback}
        disabled={!dirty}
        saving={state.fetching}
        label={t('tillSettings.save')}
        savingLabel={t('tillSettings.saving')}
      />
    </Box>
  );
}
