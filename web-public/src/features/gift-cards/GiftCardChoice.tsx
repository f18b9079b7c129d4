import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatPrice } from '@serenaia/shared/format';
import type { GiftCardForm } from './gift-card-form';

export interface GiftCardChoiceProps {
  form: Pick<GiftCardForm, 'choice' | 'freeAmount'>;
  presets: readonly number[];
  bounds: { minFreeAmountCents: number; maxFreeAmountCents: number };
  services: readonly { id: string; name: string; priceCents: number; durationMinutes: number }[];
  error: string | undefined;
  onChange: (patch: Partial<GiftCardForm>) => void;
}

/** An amount (presets, or typed within the shop's bounds) or a service of the catalogue. */
export function GiftCardChoice({ form, presets, bounds, services, error, onChange }: GiftCardChoiceProps) {
  const { t } = useTranslation();
  const tab = form.choice.startsWith('service:') ? 'service' : 'amount';
  const preset = form.choice.startsWith('amount:') || form.choice === 'free' ? form.choice : null;
  return (
    <Box>
      <Tabs
        value={tab}
        onChange={(_event, next: string) => onChange({ choice: next === 'service' ? 'service:' : '' })}
        aria-label={t('giftCards.choiceTitle')}
        sx={{ mb: 2 }}
      >
        <Tab value="amount" label={t('giftCards.amountTab')} />
        <Tab value="service" label={t('giftCards.serviceTab')} disabled={services.length === 0} />
      </Tabs>
      {tab === 'amount' ? (
        <>
          <ToggleButtonGroup
            exclusive
            value={preset}
            onChange={(_event, next: string | null) => {
              if (next !== null) onChange({ choice: next });
            }}
            aria-label={t('giftCards.amountTab')}
            sx={{ flexWrap: 'wrap', gap: 1, '& .MuiToggleButton-root': { borderRadius: 2, border: 1 } }}
          >
            {presets.map((cents) => (
              <ToggleButton key={cents} value={`amount:${cents}`} sx={{ minWidth: 88, fontSize: '1.05rem' }}>
                {formatPrice(cents)}
              </ToggleButton>
            ))}
            <ToggleButton value="free">{t('giftCards.freeAmount')}</ToggleButton>
          </ToggleButtonGroup>
          {form.choice === 'free' ? (
            <TextField
              label={t('giftCards.freeAmountLabel')}
              value={form.freeAmount}
              onChange={(event) => onChange({ freeAmount: event.target.value })}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              error={error !== undefined}
              helperText={
                error ??
                t('giftCards.freeAmountHelp', {
                  min: formatPrice(bounds.minFreeAmountCents),
                  max: formatPrice(bounds.maxFreeAmountCents),
                })
              }
              sx={{ mt: 2, maxWidth: 260 }}
              fullWidth
            />
          ) : error ? (
            <Typography role="alert" color="error" variant="body2" sx={{ mt: 1 }}>
              {error}
            </Typography>
          ) : null}
        </>
      ) : (
        <TextField
          select
          label={t('giftCards.serviceLabel')}
          value={form.choice.slice('service:'.length)}
          onChange={(event) => onChange({ choice: `service:${event.target.value}` })}
          error={error !== undefined}
          helperText={error ?? (services.length === 0 ? t('giftCards.noService') : ' ')}
          fullWidth
        >
          {services.map((service) => (
            <MenuItem key={service.id} value={service.id}>
              {`${service.name} · ${formatDuration(service.durationMinutes)} · ${formatPrice(service.priceCents)}`}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Box>
  );
}
