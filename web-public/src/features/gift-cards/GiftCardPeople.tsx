import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import type { GiftCardForm } from './gift-card-form';

export interface GiftCardPeopleProps {
  form: GiftCardForm;
  errors: Record<string, string>;
  /** The first day a card may be scheduled for (today in Paris), `YYYY-MM-DD`. */
  today: string;
  onChange: (patch: Partial<GiftCardForm>) => void;
  /** Told whether the typed delivery day is a date (or empty). */
  onDeliverOnValidity: (valid: boolean) => void;
}

type TypedField = 'buyerName' | 'buyerEmail' | 'buyerPhone' | 'recipientName' | 'recipientEmail' | 'message';

/** Who offers, who receives, the message and the day it is sent. */
export function GiftCardPeople({ form, errors, today, onChange, onDeliverOnValidity }: GiftCardPeopleProps) {
  const { t } = useTranslation();
  const field = (name: TypedField, label: string, extra: object = {}) => (
    <TextField
      name={name}
      label={label}
      value={form[name]}
      onChange={(event) => onChange({ [name]: event.target.value })}
      error={errors[name] !== undefined}
      helperText={errors[name] ?? ' '}
      fullWidth
      {...extra}
    />
  );
  return (
    <Grid container columnSpacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        {field('buyerName', t('giftCards.buyerName'), { autoComplete: 'name' })}
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        {field('buyerEmail', t('giftCards.buyerEmail'), { type: 'email', autoComplete: 'email' })}
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        {field('buyerPhone', t('giftCards.buyerPhone'), { type: 'tel', autoComplete: 'tel' })}
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>{field('recipientName', t('giftCards.recipientName'))}</Grid>
      <Grid size={12}>
        <FormControlLabel
          control={
            <Checkbox
              checked={form.sendToBuyer}
              onChange={(event) => onChange({ sendToBuyer: event.target.checked })}
            />
          }
          label={t('giftCards.sendToBuyer')}
          sx={{ mb: 1 }}
        />
      </Grid>
      {form.sendToBuyer ? null : (
        <Grid size={12}>{field('recipientEmail', t('giftCards.recipientEmail'), { type: 'email' })}</Grid>
      )}
      <Grid size={12}>
        {field('message', t('giftCards.message'), {
          multiline: true,
          minRows: 3,
          slotProps: { htmlInput: { maxLength: 500 } },
        })}
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        {/* Typed jj/mm/aaaa whatever the browser's language (a native date input follows the browser's). */}
        <FrenchDateField
          name="deliverOn"
          size="medium"
          fullWidth
          label={t('giftCards.deliverOn')}
          value={form.deliverOn || null}
          onChange={(day) => onChange({ deliverOn: day ?? '' })}
          onValidityChange={onDeliverOnValidity}
          error={
            errors.deliverOn ??
            (form.deliverOn && form.deliverOn < today ? t('giftCards.deliverOnPast') : undefined)
          }
          helperText={t('giftCards.deliverOnHelp')}
          invalidMessage={t('giftCards.deliverOnInvalid')}
        />
      </Grid>
    </Grid>
  );
}
