import TextField from '@mui/material/TextField';
import { useCallback, useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from './french-date';
import type { LocalDate } from './paris-time';
import { useTypedField } from './typed-field';

export interface FrenchDateFieldProps {
  label: string;
  value: LocalDate | null;
  /** The applied date; null when the field is emptied or holds something that is not a date. */
  onChange: (value: LocalDate | null) => void;
  /** Told whether what is typed is a date (or empty); a form refuses to submit while it is not. */
  onValidityChange?: (valid: boolean) => void;
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
 * both apps (the CRM's filters and dialogs, the public gift-card form). Text that is not a date keeps
 * showing with `invalidMessage`, and the owner gets null (never the last good date) and, through
 * `onValidityChange`, false.
 */
export function FrenchDateField({
  label,
  value,
  onChange,
  onValidityChange,
  error,
  helperText,
  name,
  size = 'small',
  fullWidth = false,
  placeholder = 'jj/mm/aaaa',
  invalidMessage = 'Date invalide : jj/mm/aaaa.',
}: FrenchDateFieldProps) {
  const field = useTypedField({
    value,
    onChange,
    onValidityChange,
    parse: parseFrenchDate,
    format: formatFrenchDate,
  });
  const message = field.invalid ? invalidMessage : error;
  return (
    <TextField
      name={name}
      size={size}
      fullWidth={fullWidth}
      label={label}
      placeholder={placeholder}
      value={field.text}
      onChange={(e) => field.setText(e.target.value)}
      onBlur={field.commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') field.commit();
      }}
      error={message !== undefined}
      helperText={message ?? helperText}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}

/**
 * For a form with several date or time fields: `validity(name)` goes to a field's `onValidityChange`, and
 * `invalid` is true while any of them holds something that is not a date.
 */
export function useDateValidity() {
  const [bad, setBad] = useState<ReadonlySet<string>>(new Set());
  const validity = useCallback(
    (name: string) => (valid: boolean) =>
      setBad((prev) => {
        if (prev.has(name) !== valid) return prev;
        const next = new Set(prev);
        if (valid) next.delete(name);
        else next.add(name);
        return next;
      }),
    [],
  );
  return { invalid: bad.size > 0, validity };
}
