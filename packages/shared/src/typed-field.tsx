import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';

/**
 * The text of a field typed in a French format (a date, a time) and applied on Enter or when
 * leaving it: empty applies null, a good text applies its value (shown normalised), a bad one keeps
 * showing, applies null (never the last good value) and is reported through `onValidityChange`.
 */
export function useTypedField<T extends string>({
  value,
  onChange,
  onValidityChange,
  parse,
  format,
}: {
  value: T | null;
  onChange: (value: T | null) => void;
  onValidityChange?: (valid: boolean) => void;
  parse: (text: string) => T | null;
  format: (value: T) => string;
}) {
  const [text, setText] = useState(value ? format(value) : '');
  const [invalid, setInvalid] = useState(false);
  // The null this field handed over for a bad text must not wipe that text out.
  const nullForInvalid = useRef(false);
  const validityRef = useRef(onValidityChange);
  validityRef.current = onValidityChange;
  const formatRef = useRef(format);
  formatRef.current = format;
  useEffect(() => {
    if (value === null && nullForInvalid.current) return;
    // The owner set a value of its own over the bad text: the field is valid again.
    if (nullForInvalid.current) validityRef.current?.(true);
    nullForInvalid.current = false;
    setText(value ? formatRef.current(value) : '');
    setInvalid(false);
  }, [value]);
  const report = (valid: boolean) => {
    setInvalid(!valid);
    onValidityChange?.(valid);
  };
  const commit = () => {
    if (text.trim() === '') {
      nullForInvalid.current = false;
      report(true);
      if (value !== null) onChange(null);
      return;
    }
    const parsed = parse(text);
    nullForInvalid.current = parsed === null;
    report(parsed !== null);
    if (parsed !== value) onChange(parsed);
    if (parsed !== null) setText(format(parsed));
  };
  return { text, setText, invalid, commit };
}

/** What the owner of a field typed in a French format (`FrenchDateField`, `FrenchTimeField`) gives it. */
export interface TypedFieldProps<T extends string> {
  label: string;
  value: T | null;
  /** The applied value; null when the field is emptied or holds text that is not a value. */
  onChange: (value: T | null) => void;
  /** Told whether what is typed is a value (or empty); a form refuses to submit while it is not. */
  onValidityChange?: (valid: boolean) => void;
  /** The caller's refusal (e.g. the server's, naming this field). */
  error?: string;
  /** Shown under the field when there is no error. */
  helperText?: string;
  name?: string;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  placeholder?: string;
  /** Shown when what was typed is not a value. */
  invalidMessage?: string;
}

/** The text field of `useTypedField`, with the format's placeholder and refusal. */
export function TypedField<T extends string>({
  label,
  value,
  onChange,
  onValidityChange,
  error,
  helperText,
  name,
  size = 'medium',
  fullWidth = false,
  placeholder,
  invalidMessage,
  parse,
  format,
}: TypedFieldProps<T> & {
  placeholder: string;
  invalidMessage: string;
  parse: (text: string) => T | null;
  format: (value: T) => string;
}) {
  const field = useTypedField({ value, onChange, onValidityChange, parse, format });
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
