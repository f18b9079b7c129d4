import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '@serenaia/shared/paris-time';
import { formatFrenchDate, parseFrenchDate } from './french-date';

export interface FrenchDateFieldProps {
  label: string;
  value: LocalDate | null;
  onChange: (value: LocalDate | null) => void;
  error?: string;
}

/**
 * A date typed as "jj/mm/aaaa" whatever the browser's language (a native date input follows the
 * browser's, not the page's). Applied on Enter or when leaving the field; empty clears it.
 */
export function FrenchDateField({ label, value, onChange, error }: FrenchDateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatFrenchDate(value) : '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value ? formatFrenchDate(value) : '');
    setInvalid(false);
  }, [value]);
  const commit = () => {
    if (text.trim() === '') {
      setInvalid(false);
      if (value !== null) onChange(null);
      return;
    }
    const parsed = parseFrenchDate(text);
    setInvalid(parsed === null);
    if (parsed !== null && parsed !== value) onChange(parsed);
    if (parsed !== null) setText(formatFrenchDate(parsed));
  };
  const message = invalid ? t('payments.list.dateInvalid') : error;
  return (
    <TextField
      size="small"
      label={label}
      placeholder={t('payments.list.datePlaceholder')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={message !== undefined}
      helperText={message}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}
