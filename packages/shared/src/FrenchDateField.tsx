import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from './french-date';
import type { LocalDate } from './paris-time';

export interface FrenchDateFieldProps {
  label: string;
  value: LocalDate | null;
  onChange: (value: LocalDate | null) => void;
  /** The caller's refusal (e.g. the server's, naming this field). */
  error?: string;
  /** Shown under the field when there is no error. */
  helperText?: string;
  name?: string;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  placeholder?: string;
  /** Shown when what was typed is not a date. */
  invalidMessage?: string;
}

/**
 * A date typed as "jj/mm/aaaa" whatever the browser's language (a native date input follows the
 * browser's, not the page's). Applied on Enter or when leaving the field; empty clears it. Used by
 * both apps (the CRM's filters and dialogs, the public gift-card form).
 */
export function FrenchDateField({
  label,
  value,
  onChange,
  error,
  helperText,
  name,
  size = 'small',
  fullWidth = false,
  placeholder = 'jj/mm/aaaa',
  invalidMessage = 'Date invalide : jj/mm/aaaa.',
}: FrenchDateFieldProps) {
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
  const message = invalid ? invalidMessage : error;
  return (
    <TextField
      name={name}
      size={size}
      fullWidth={fullWidth}
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={message !== undefined}
      helperText={message ?? helperText}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}
