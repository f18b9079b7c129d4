import TextField from '@mui/material/TextField';
import { parseFrenchTime, type WallTime } from './french-time';
import { useTypedField } from './typed-field';

export interface FrenchTimeFieldProps {
  label: string;
  /** "HH:MM", or null when empty. */
  value: WallTime | null;
  /** The applied time; null when the field is emptied or holds something that is not a time. */
  onChange: (value: WallTime | null) => void;
  /** Told whether what is typed is a time (or empty); a form refuses to submit while it is not. */
  onValidityChange?: (valid: boolean) => void;
  /** The caller's refusal (e.g. the server's, naming this field). */
  error?: string;
  helperText?: string;
  name?: string;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  placeholder?: string;
  /** Shown when what was typed is not a time. */
  invalidMessage?: string;
}

/**
 * A time typed as "hh:mm", 24-hour, whatever the browser's language (a native time input shows
 * "07:15 PM" in an English browser). Applied on Enter or when leaving the field, like
 * `FrenchDateField`, and reports a bad text the same way.
 */
export function FrenchTimeField({
  label,
  value,
  onChange,
  onValidityChange,
  error,
  helperText,
  name,
  size = 'medium',
  fullWidth = false,
  placeholder = 'hh:mm',
  invalidMessage = 'Heure invalide : hh:mm.',
}: FrenchTimeFieldProps) {
  const field = useTypedField({ value, onChange, onValidityChange, parse: parseFrenchTime, format: String });
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
