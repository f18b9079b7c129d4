import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@serenaia/shared/format';
import { discountText } from './discount-text';
import type { CheckoutLine } from './useCheckoutSale';

const square = { width: 48, height: 48, border: 1, borderColor: 'divider', fontSize: '1.4rem' } as const;

/** One line of the ticket: − quantity +, the practitioner, its discount, its total, remove. */
export function CartLine({
  line,
  practitioners,
  busy,
  onQuantity,
  onPractitioner,
  onDiscount,
  onRemove,
}: {
  line: CheckoutLine;
  practitioners: { id: string; displayName: string }[];
  busy: boolean;
  onQuantity: (quantity: number) => void;
  onPractitioner: (id: string | null) => void;
  onDiscount: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const label = line.label;
  // A booking's service keeps its practitioner and one unit (the booking item).
  const fixedQuantity = line.bookingItemId !== null;
  return (
    <Box
      component="li"
      aria-label={label}
      sx={{ py: 1, borderBottom: 1, borderColor: 'divider', listStyle: 'none' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
        <Typography sx={{ fontWeight: 600, flexGrow: 1 }}>{label}</Typography>
        <Typography sx={{ fontWeight: 600 }} data-testid="line-total">
          {formatEuros(line.totalInclCents)}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
        <IconButton
          sx={square}
          aria-label={t('checkout.cart.less', { label })}
          disabled={busy || fixedQuantity || line.quantity <= 1}
          onClick={() => onQuantity(line.quantity - 1)}
        >
          −
        </IconButton>
        <Typography
          aria-label={t('checkout.cart.quantity', { label })}
          sx={{ minWidth: 28, textAlign: 'center', fontSize: '1.1rem' }}
        >
          {line.quantity}
        </Typography>
        <IconButton
          sx={square}
          aria-label={t('checkout.cart.more', { label })}
          disabled={busy || fixedQuantity}
          onClick={() => onQuantity(line.quantity + 1)}
        >
          +
        </IconButton>
        <Typography variant="body2" color="text.secondary">
          × {formatEuros(line.unitPriceCents)}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {line.kind === 'SERVICE' ? (
          <TextField
            select
            size="small"
            label={t('checkout.cart.practitioner')}
            value={line.practitionerId ?? ''}
            disabled={busy}
            onChange={(e) => onPractitioner(e.target.value === '' ? null : e.target.value)}
            sx={{ minWidth: 150, '& .MuiInputBase-root': { minHeight: 48 } }}
          >
            <MenuItem value="">{t('checkout.cart.noPractitioner')}</MenuItem>
            {practitioners.map((p) => (
              <MenuItem key={p.id} value={p.id} sx={{ minHeight: 48 }}>
                {p.displayName}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {line.discount ? discountText(line.discount) : ''}
        </Typography>
        <Button
          size="small"
          sx={{ minHeight: 44 }}
          disabled={busy}
          onClick={onDiscount}
          aria-label={t('checkout.cart.lineDiscount', { label })}
        >
          {t('checkout.cart.discount')}
        </Button>
        <Button
          size="small"
          color="error"
          sx={{ minHeight: 44 }}
          disabled={busy}
          onClick={onRemove}
          aria-label={t('checkout.cart.remove', { label })}
        >
          ✕
        </Button>
      </Box>
    </Box>
  );
}
