import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { KeypadKey } from './cash';

const KEYS: KeypadKey[] = ['7', '8', '9', '4', '5', '6', '1', '2', '3', '00', '0', 'back'];

/** A till keypad: digits fill the amount from the cents up; ⌫ erases one, C clears. */
export function CashKeypad({ onKey, disabled }: { onKey: (key: KeypadKey) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Box
      role="group"
      aria-label={t('checkout.tender.keypad')}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 0.75 }}
    >
      {KEYS.map((key) => (
        <Button
          key={key}
          variant="outlined"
          disabled={disabled}
          onClick={() => onKey(key)}
          aria-label={key === 'back' ? t('checkout.tender.back') : key}
          sx={{ minHeight: 52, fontSize: '1.3rem' }}
        >
          {key === 'back' ? '⌫' : key}
        </Button>
      ))}
      <Button
        variant="text"
        color="inherit"
        disabled={disabled}
        onClick={() => onKey('clear')}
        sx={{ gridColumn: '1 / -1', minHeight: 44 }}
      >
        {t('checkout.tender.clear')}
      </Button>
    </Box>
  );
}
